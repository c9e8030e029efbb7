using Community.Domain.Budgets;
using Community.Domain.Committees;
using Community.Domain.Policies;
using Community.Domain.Scale;

namespace Community.Domain.Batches;

/// <summary>What a batch resolves for one place, once: the group it counts in, the quota and scale versions in force, and its costs.</summary>
internal sealed class BatchPlace(TallySink tally, PolicyVersion<CommitteeQuotaPolicy>? quota, PolicyVersion<CommunityScalePolicy>? scale, PlaceCosts costs)
{
    public TallySink Tally { get; } = tally;

    public PolicyVersion<CommitteeQuotaPolicy>? Quota { get; } = quota;

    public PolicyVersion<CommunityScalePolicy>? Scale { get; } = scale;

    public PlaceCosts Costs { get; } = costs;
}
