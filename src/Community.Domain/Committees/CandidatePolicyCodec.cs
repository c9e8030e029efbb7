using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A director-candidate recommendation policy in a policy document: <c>{"provincialHonours":1,"cityHonours":2,"topRank":3}</c>.</summary>
internal sealed class CandidatePolicyCodec() : PolicyCodec<CandidatePolicy>(CommitteeKinds.CandidateRecommendation)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "Who may be recommended as a candidate for the committee: honours and assessment ranks that qualify.",
        DocumentMember.Required("provincialHonours", DocumentSchema.Integer("The provincial-or-above honours in the term that qualify a member for recommendation.")),
        DocumentMember.Required("cityHonours", DocumentSchema.Integer("The city-or-above honours in the term that qualify a member for recommendation.")),
        DocumentMember.Required("topRank", DocumentSchema.Integer("The worst assessment rank that qualifies, such as 3 for the top three.")));

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
