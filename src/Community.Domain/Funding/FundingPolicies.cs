using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Funding;

/// <summary>The funding policies of the source documents that have no jurisdiction of their own, to attach to one of yours.</summary>
public static class FundingPolicies
{
    /// <summary>Gets the unnamed city's staff funds (FUN-02): 18000 yuan a worker a year.</summary>
    public static FundingPolicy UnnamedCityStaffFunds { get; } = FundingPolicy.PerWorker(Money.FromYuan(18000), "按每人每年1.8万元");

    /// <summary>Gets the unnamed city's work funds (FUN-02): 30000 to 50000 yuan a community a year, a range.</summary>
    public static FundingPolicy UnnamedCityWorkFunds { get; } = FundingPolicy.Between(Money.FromYuan(30000), Money.FromYuan(50000), "按每个社区3至5万元");

    /// <summary>Gets the unnamed city's party branch funds (FUN-05): 1000 yuan a year for a branch (the source's example is a branch of 20 members).</summary>
    public static FundingPolicy UnnamedCityPartyBranchFunds { get; } = FundingPolicy.PerPartyBranch(Money.FromYuan(1000), "按20个党员一个支部为例,全年经费1000元");

    /// <summary>Creates the unnamed city's funding versions (FUN-02 staff and work funds, FUN-05 party branch funds) at a jurisdiction of the caller's choosing, since the source does not name the city.</summary>
    /// <param name="jurisdiction">The jurisdiction to attach them to, which a catalog must know.</param>
    /// <param name="period">When they are in force.</param>
    /// <returns>Three versions, each citing the unnamed city's survey; add each to a builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code.</exception>
    public static IReadOnlyList<PolicyVersion<FundingPolicy>> UnnamedCityAt(JurisdictionCode jurisdiction, EffectivePeriod period)
    {
        var funds = SourceDocuments.UnnamedCitySurvey.WithSection("一、(二)加大投入,夯实基础,三是办事有钱");
        return
        [
            PolicyVersion.Create(FundingKinds.StaffFunds, jurisdiction, period, UnnamedCityStaffFunds, RuleId.Fun02, funds),
            PolicyVersion.Create(FundingKinds.WorkFunds, jurisdiction, period, UnnamedCityWorkFunds, RuleId.Fun02, funds),
            PolicyVersion.Create(FundingKinds.PartyBranchFunds, jurisdiction, period, UnnamedCityPartyBranchFunds, RuleId.Fun05, SourceDocuments.UnnamedCitySurvey.WithSection("二、(四)社区党建工作亟待加强")),
        ];
    }

    /// <summary>Creates Xiantao's recommended self-governance fund (FUN-04) with the amount per 100 households that the report leaves to the policy.</summary>
    /// <param name="jurisdiction">The jurisdiction to attach it to, such as Xiantao 429004.</param>
    /// <param name="period">When it is in force.</param>
    /// <param name="annualPerHundredHouseholds">The amount per 100 households a year; zero or more.</param>
    /// <returns>The version, citing the Xiantao report.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualPerHundredHouseholds"/> is negative.</exception>
    public static PolicyVersion<FundingPolicy> XiantaoSelfGovernanceFundAt(JurisdictionCode jurisdiction, EffectivePeriod period, Money annualPerHundredHouseholds) =>
        PolicyVersion.Create(
            FundingKinds.SelfGovernanceFunds,
            jurisdiction,
            period,
            FundingPolicy.PerHundredHouseholds(
                annualPerHundredHouseholds.IsNegative ? throw GuardExtensions.OutOfRange(nameof(annualPerHundredHouseholds), annualPerHundredHouseholds, "must be zero or more") : annualPerHundredHouseholds,
                "按每百户不低于一定数额的居民自治专项经费"),
            RuleId.Fun04,
            SourceDocuments.XiantaoReport.WithSection("四、(二)保障工作经费"));

    /// <summary>Gets the versions of this module's policies that the source documents define, as <see cref="FundingCatalogBuilderExtensions.AddFundingPolicies"/> adds them to a catalog.</summary>
    /// <returns>The built-in versions, each with its rule id and citations, in a fresh sequence.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        // FUN-01: the provincial finance department's office funds, as the Xinluo survey reports them.
        // The source lists "5000人以上" first, so under first-listed-wins exactly 5000 gets 10000.
        var officeFunds = FundingPolicy.ByPopulation(BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.From(Bound.Inclusive(Population.Of(5000)), Money.FromYuan(10000m), "5000人以上"),
            Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Inclusive(Population.Of(5000)), Money.FromYuan(8000m), "5000人以下")));
        yield return PolicyVersion.Create(
            FundingKinds.OfficeFunds,
            KnownJurisdictions.Fujian.Code,
            EffectivePeriod.Always,
            officeFunds,
            RuleId.Fun01,
            SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题,(三),转述福建省财政厅的补助规定"));

        // FUN-03: Shashi's work funds per community, raised in 2008; the start of the first amount is not stated.
        var shashiReview = SourceDocuments.ShashiReview.WithSection("一、(三)构建保障有力的部门服务网络");
        var raised = new LocalDate(2008, 1, 1);
        yield return PolicyVersion.Create(
            FundingKinds.WorkFunds,
            KnownJurisdictions.Shashi.Code,
            EffectivePeriod.Always.EndingBefore(raised),
            FundingPolicy.Fixed(Money.FromYuan(20000m), "每年为每个社区落实工作经费2万元"),
            RuleId.Fun03,
            shashiReview);
        yield return PolicyVersion.Create(
            FundingKinds.WorkFunds,
            KnownJurisdictions.Shashi.Code,
            EffectivePeriod.From(raised),
            FundingPolicy.Fixed(Money.FromYuan(30000m), "2008年提高到3万元"),
            RuleId.Fun03,
            shashiReview);
    }
}
