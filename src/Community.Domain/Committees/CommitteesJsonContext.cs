using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Committees;

/// <summary>The source-generated JSON metadata of the committees' (quota, assessment, candidate recommendation) module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(CandidateRecommendation))]
[JsonSerializable(typeof(CommitteeAssessment))]
[JsonSerializable(typeof(CommitteeReview))]
[JsonSerializable(typeof(QuotaResult))]
[JsonSerializable(typeof(Explained<CandidateRecommendation>))]
[JsonSerializable(typeof(Explained<CommitteeAssessment>))]
[JsonSerializable(typeof(Explained<CommitteeReview>))]
[JsonSerializable(typeof(Explained<QuotaResult>))]
[JsonSerializable(typeof(Communities.CommunityProfile))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class CommitteesJsonContext : JsonSerializerContext;
