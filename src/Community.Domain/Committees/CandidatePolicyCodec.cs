using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A director-candidate recommendation policy in a policy document: <c>{"provincialHonours":1,"cityHonours":2,"topRank":3}</c>.</summary>
internal sealed class CandidatePolicyCodec() : PolicyCodec<CandidatePolicy>(CommitteeKinds.CandidateRecommendation)
{
    /// <inheritdoc />
    protected override CandidatePolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("provincialHonours", "cityHonours", "topRank");
        return policy.Made(p => CandidatePolicy.Create(p.Required("provincialHonours").Int32(), p.Required("cityHonours").Int32(), p.Required("topRank").Int32()));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CandidatePolicy policy)
    {
        writer.WriteNumber("provincialHonours", policy.ProvincialHonours);
        writer.WriteNumber("cityHonours", policy.CityHonours);
        writer.WriteNumber("topRank", policy.TopRank);
    }
}
