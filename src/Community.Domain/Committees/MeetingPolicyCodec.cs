using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A meeting policy in a policy document: <c>{"perYear":4}</c>.</summary>
internal sealed class MeetingPolicyCodec() : PolicyCodec<MeetingPolicy>(CommitteeKinds.Meetings)
{
    /// <inheritdoc />
    protected override MeetingPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("perYear");
        return MeetingPolicy.AtLeast(policy.Required("perYear").Int32());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, MeetingPolicy policy) => writer.WriteNumber("perYear", policy.PerYear);
}
