using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A committee term policy in a policy document: <c>{"years":5}</c>.</summary>
internal sealed class CommitteeTermPolicyCodec() : PolicyCodec<CommitteeTermPolicy>(CommitteeKinds.Term)
{
    /// <inheritdoc />
    protected override CommitteeTermPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("years");
        return CommitteeTermPolicy.OfYears(policy.Required("years").Int32());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CommitteeTermPolicy policy) => writer.WriteNumber("years", policy.Years);
}
