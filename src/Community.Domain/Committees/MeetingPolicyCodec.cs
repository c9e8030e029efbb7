using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A meeting policy in a policy document: <c>{"perYear":4}</c>.</summary>
internal sealed class MeetingPolicyCodec() : PolicyCodec<MeetingPolicy>(CommitteeKinds.Meetings)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "How often the committee must meet.",
        DocumentMember.Required("perYear", DocumentSchema.Integer("The fewest meetings a year.")));

    /// <inheritdoc />
    protected override MeetingPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("perYear");
        return MeetingPolicy.AtLeast(policy.Required("perYear").Int32());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, MeetingPolicy policy) => writer.WriteNumber("perYear", policy.PerYear);
}
