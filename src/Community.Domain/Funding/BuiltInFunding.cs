using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Funding;

/// <summary>The funding policies of the source documents.</summary>
internal static class BuiltInFunding
{
    public static void Register(PolicyCatalogBuilder builder)
    {
        // FUN-01: the provincial finance department's office funds, as the Xinluo survey reports them.
        // The source lists "5000人以上" first, so under first-listed-wins exactly 5000 gets 10000.
        var officeFunds = FundingPolicy.ByPopulation(BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.From(Bound.Inclusive(Population.Of(5000)), Money.FromYuan(10000m), "5000人以上"),
            Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Inclusive(Population.Of(5000)), Money.FromYuan(8000m), "5000人以下")));
        builder.Add(
            FundingKinds.OfficeFunds,
            KnownJurisdictions.Fujian.Code,
            EffectivePeriod.Always,
            officeFunds,
            RuleId.Fun01,
            SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题,(三),转述福建省财政厅的补助规定"));

        // FUN-03: Shashi's work funds per community, raised in 2008; the start of the first amount is not stated.
        var shashiReview = SourceDocuments.ShashiReview.WithSection("一、(三)构建保障有力的部门服务网络");
        var raised = new LocalDate(2008, 1, 1);
        builder.Add(
            FundingKinds.WorkFunds,
            KnownJurisdictions.Shashi.Code,
            EffectivePeriod.Always.EndingBefore(raised),
            FundingPolicy.Fixed(Money.FromYuan(20000m), "每年为每个社区落实工作经费2万元"),
            RuleId.Fun03,
            shashiReview);
        builder.Add(
            FundingKinds.WorkFunds,
            KnownJurisdictions.Shashi.Code,
            EffectivePeriod.From(raised),
            FundingPolicy.Fixed(Money.FromYuan(30000m), "2008年提高到3万元"),
            RuleId.Fun03,
            shashiReview);
    }
}
