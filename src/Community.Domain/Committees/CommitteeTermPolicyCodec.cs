using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A committee term policy in a policy document: <c>{"years":5}</c>.</summary>
internal sealed class CommitteeTermPolicyCodec() : PolicyCodec<CommitteeTermPolicy>(CommitteeKinds.Term)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The term of a residents' committee.",
        DocumentMember.Required("years", DocumentSchema.Integer("The term's length in years.")));

    /// <inheritdoc />
    protected override CommitteeTermPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("years");
        return CommitteeTermPolicy.OfYears(policy.Required("years").Int32());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CommitteeTermPolicy policy) => writer.WriteNumber("years", policy.Years);
}
