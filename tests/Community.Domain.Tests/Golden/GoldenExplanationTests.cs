using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Participation;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Scale;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using Community.Domain.Statistics;
using Community.Domain.Subsidies;
using Community.Domain.Workflows;
using NodaTime;

namespace Community.Domain.Tests.Golden;

/// <summary>Pins every word of a representative explanation of each module, in both languages: explanations are part of the public contract. The reviewed text is Golden/explanations.txt; admission's are pinned in AdmissionExplanationGoldenTests.</summary>
public sealed class GoldenExplanationTests
{
    [Fact]
    public void Explanations_OfEveryModule_ReadExactlyAsReviewed()
    {
        var actual = Render().ReplaceLineEndings().TrimEnd();
        var path = RepositoryPaths.Of("tests", "Community.Domain.Tests", "Golden", "explanations.txt");
        if (Environment.GetEnvironmentVariable("COMMUNITY_DOMAIN_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual + Environment.NewLine);
        }

        actual.Should().Be(File.ReadAllText(path).ReplaceLineEndings().TrimEnd());
    }

    /// <summary>Gets one representative explanation of each module, the ones this file pins.</summary>
    internal static IReadOnlyList<(string Name, Explanation Explanation)> Cases()
    {
        var catalog = BuiltInCatalog.Instance;
        var xiantao = KnownJurisdictions.Xiantao.Code;
        var province = TestPlaces.Province;
        var configured = catalog.ToBuilder().AddJurisdiction(province)
            .Add(StaffingKinds.CommunityWorkers, province.Code, EffectivePeriod.Always, StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up).Between(5, 9)), RuleId.Of("EX-01"))
            .Add(ScaleKinds.Community, province.Code, EffectivePeriod.Always, CommunityScalePolicy.Between(CountUnit.Households, 1000, 3000), RuleId.Of("EX-02"))
            .Build();
        var inProvince = CommunityProfile.Create(province.Code, "示例社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(12000), HouseholdCount.Of(4000));
        var ganhe = CommunityProfile.Create(xiantao, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));
        var on2016 = new LocalDate(2016, 11, 22);
        var cases = new (string Name, Explanation Explanation)[]
        {
            ("Committees.Quota", new CommitteeEvaluator(catalog).ExplainQuota(xiantao, on2016, Population.Of(10000)).Explanation),
            ("Subsidies.Gap", new SubsidyEvaluator(catalog).ExplainGap(KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 3, 1), PayRole.FullTimeMember, Money.FromYuan(500)).Explanation),
            ("Funding.OfficeFunds", new FundingEvaluator(catalog).ExplainAmount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 6, 30), Population.Of(5000)).Explanation),
            ("Grids.Plan", new GridEvaluator(catalog).ExplainPlan(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 1, 1), HouseholdCount.Of(2500)).Explanation),
            ("Grids.Coverage", new GridEvaluator(catalog).ExplainCoverage(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 8, 1), GridCoverage.Of(Proportion.Of(400, 400), Proportion.Of(55, 100))).Explanation),
            ("Premises.Reservation", new PremisesEvaluator(catalog).ExplainReservation(KnownJurisdictions.Longyan.Code, new LocalDate(2008, 1, 1), Area.FromSquareMetres(50000), HouseholdCount.Of(400)).Explanation),
            ("Premises.InLieuPayment", new PremisesEvaluator(catalog).ExplainInLieuPayment(KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 1, 1), Area.FromSquareMetres(20000), Money.FromYuan(2500)).Explanation),
            ("Staffing.Assessment", new StaffingEvaluator(configured).ExplainAssessment(StaffingKinds.CommunityWorkers, on2016, inProvince, 12).Explanation),
            ("Scale.Assessment", new ScaleEvaluator(configured).ExplainAssessment(on2016, inProvince).Explanation),
            ("Participation.Assessment", new ParticipationEvaluator(catalog).ExplainAssessment(on2016, ParticipationRecord.Of(ganhe).WithOrganisations(4, 5).WithVolunteers(100, 80, 1700)).Explanation),
            ("Statistics.Rates", new StatisticsEvaluator(catalog).ExplainCheck(StatisticsKinds.Outcomes, KnownJurisdictions.Shashi.Code, new LocalDate(2010, 12, 31)).Explanation),
            ("Workflows.Open", new WorkflowEvaluator(catalog).ExplainOpen(WorkflowKinds.ResidentsMatters, KnownJurisdictions.Shashi.Code, new LocalDate(2010, 6, 1), "说事-1", MatterSize.Large).Explanation),
            ("Workflows.Duties", new WorkflowEvaluator(catalog).ExplainAssessment(on2016, DutyRecord.Of(ganhe, new DateInterval(new LocalDate(2016, 1, 1), on2016),
                [DutyEvent.Of("E1", WorkflowPolicies.Discontent, new LocalDate(2016, 4, 2), attended: true)],
                [DutyHousehold.Of("H1", WorkflowPolicies.FamilyInHardship, null)])).Explanation),
        };
        return cases;
    }

    private static string Render()
    {
        var writer = new StringWriter();
        foreach (var (name, explanation) in Cases())
        {
            writer.WriteLine("## " + name);
            writer.Write(explanation.ToText(ExplanationLanguage.English));
            writer.WriteLine();
            writer.Write(explanation.ToText(ExplanationLanguage.Chinese));
            writer.WriteLine();
        }

        return writer.ToString();
    }
}
