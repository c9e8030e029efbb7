using Community.Domain.Admission;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;
using Community.Domain.Tests.Admission;
using Community.Domain.Tests.Committees;
using NodaTime;

namespace Community.Domain.Tests.Architecture;

/// <summary>Every question's Try form gives the plain form's answer where a policy is in force, and false (never an exception) where none is.</summary>
public sealed class TryFormTests
{
    private static readonly PolicyCatalog Catalog = BuiltInCatalog.Instance;
    private static readonly JurisdictionCode Xiantao = KnownJurisdictions.Xiantao.Code;
    private static readonly JurisdictionCode Xinluo = KnownJurisdictions.Xinluo.Code;
    private static readonly JurisdictionCode Hefei = KnownJurisdictions.Hefei.Code;

    // Wan'an county (Jiangxi) is in the built-in catalog with no policy of any kind.
    private static readonly JurisdictionCode Nowhere = KnownJurisdictions.Wanan.Code;
    private static readonly LocalDate In2016 = new(2016, 11, 22);
    private static readonly LocalDate In2010 = new(2010, 3, 1);

    private static CommunityProfile Community(JurisdictionCode jurisdiction, int residents, int households, int? grids = null) =>
        CommunityProfile.Create(jurisdiction, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(households), gridCount: grids);

    [Fact]
    public void Committees_TryForms_AnswerAsThePlainFormsOrFalse()
    {
        var evaluator = new CommitteeEvaluator(Catalog);
        var committee = CommitteeFixtures.Committee(CommitteeFixtures.Xiantao(8000), 3, 3);
        var record = DirectorRecord.Create(new DateInterval(new LocalDate(2012, 1, 1), new LocalDate(2016, 12, 31)), [Honour.Of(HonourLevel.Provincial, new LocalDate(2014, 5, 1))], []);

        evaluator.TryQuota(Xiantao, In2016, Population.Of(8000), out var quota).Should().BeTrue();
        quota.Should().Be(evaluator.Quota(Xiantao, In2016, Population.Of(8000)));
        evaluator.TryQuota(Nowhere, In2016, Population.Of(8000), out quota).Should().BeFalse();
        quota.Should().Be(default(QuotaResult));

        evaluator.TryAssess(In2016, committee, out var assessment).Should().BeTrue();
        assessment!.Findings.Should().Equal(evaluator.Assess(In2016, committee).Findings);
        evaluator.TryAssess(In2016, ResidentsCommittee.Create(Community(Nowhere, 8000, 2500), [CommitteeFixtures.Director()]), out assessment).Should().BeFalse();
        assessment.Should().BeNull();

        evaluator.TryRecommend(Xiantao, In2016, record, out var recommendation).Should().BeTrue();
        recommendation.Should().Be(evaluator.Recommend(Xiantao, In2016, record));
        evaluator.TryRecommend(Nowhere, In2016, record, out recommendation).Should().BeFalse();
        recommendation.Should().Be(default(CandidateRecommendation));

        FluentActions.Invoking(() => evaluator.TryAssess(In2016, null!, out _)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "committee");
        FluentActions.Invoking(() => evaluator.TryRecommend(Xiantao, In2016, null!, out _)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "record");
        FluentActions.Invoking(() => evaluator.TryQuota(JurisdictionCode.Of(990000), In2016, Population.Of(1), out _)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "jurisdiction", "an unknown jurisdiction is a caller's mistake, not an absent policy");
    }

    [Fact]
    public void Committees_CommunityOverloads_ReadTheCommunitysJurisdictionAndPopulation()
    {
        var evaluator = new CommitteeEvaluator(Catalog);
        var community = CommitteeFixtures.Xiantao(10001);

        evaluator.Quota(In2016, community).Should().Be(evaluator.Quota(Xiantao, In2016, Population.Of(10001)));
        evaluator.ExplainQuota(In2016, community).Explanation.ToText(ExplanationLanguage.English)
            .Should().Be(evaluator.ExplainQuota(Xiantao, In2016, Population.Of(10001)).Explanation.ToText(ExplanationLanguage.English));
        FluentActions.Invoking(() => evaluator.Quota(In2016, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "community");
        FluentActions.Invoking(() => evaluator.ExplainQuota(In2016, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "community");
        FluentActions.Invoking(() => evaluator.Quota(In2016, Community(Nowhere, 1, 1))).Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void Funding_TryForms_AnswerAsThePlainFormsOrFalse()
    {
        var evaluator = new FundingEvaluator(Catalog);
        var units = FundedUnits.Of(Population.Of(5000));

        evaluator.TryAmount(FundingKinds.OfficeFunds, Xinluo, In2010, units, out var amount).Should().BeTrue();
        amount.Should().Be(evaluator.Amount(FundingKinds.OfficeFunds, Xinluo, In2010, units));
        evaluator.TryAmount(FundingKinds.OfficeFunds, Nowhere, In2010, units, out amount).Should().BeFalse();
        amount.Should().Be(default(FundingAmount));

        evaluator.TryExplainAmount(FundingKinds.OfficeFunds, Xinluo, In2010, units, out var explained).Should().BeTrue();
        explained.Value.Should().Be(evaluator.Amount(FundingKinds.OfficeFunds, Xinluo, In2010, units));
        explained.Explanation.ToText(ExplanationLanguage.Chinese)
            .Should().Be(evaluator.ExplainAmount(FundingKinds.OfficeFunds, Xinluo, In2010, units).Explanation.ToText(ExplanationLanguage.Chinese));
        evaluator.TryExplainAmount(FundingKinds.OfficeFunds, Nowhere, In2010, units, out explained).Should().BeFalse();
        explained.Should().Be(default(Explained<FundingAmount>));
        FluentActions.Invoking(() => evaluator.TryAmount(null!, Xinluo, In2010, units, out _)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "kind");
    }

    [Fact]
    public void Subsidies_TryForms_AnswerAsThePlainFormsOrFalse()
    {
        var evaluator = new SubsidyEvaluator(Catalog);
        var paid = Money.FromYuan(700);

        evaluator.TryFloor(Xinluo, In2010, PayRole.Director, out var floor).Should().BeTrue();
        floor.Should().Be(evaluator.Floor(Xinluo, In2010, PayRole.Director));
        evaluator.TryFloor(Xinluo, In2010, PayRole.GridWorker, out floor).Should().BeFalse("the floor policy in force does not cover grid workers");
        evaluator.TryFloor(Nowhere, In2010, PayRole.Director, out floor).Should().BeFalse();
        floor.Should().Be(default(SubsidyAmount));

        evaluator.TryGap(Xinluo, In2010, PayRole.Director, paid, out var gap).Should().BeTrue();
        gap.Should().Be(evaluator.Gap(Xinluo, In2010, PayRole.Director, paid));
        evaluator.TryGap(Nowhere, In2010, PayRole.Director, paid, out gap).Should().BeFalse();
        gap.Should().Be(default(SubsidyGap));
        FluentActions.Invoking(() => evaluator.TryGap(Nowhere, In2010, PayRole.Director, Money.FromYuan(-1), out _))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "paidMonthly");

        evaluator.TryExplainAmount(SubsidyKinds.Pay, Xinluo, In2010, PayRole.Director, out var explained).Should().BeTrue();
        explained.Value.Should().Be(evaluator.Amount(SubsidyKinds.Pay, Xinluo, In2010, PayRole.Director));
        explained.Explanation.Steps.Should().Equal(evaluator.ExplainAmount(SubsidyKinds.Pay, Xinluo, In2010, PayRole.Director).Explanation.Steps);
        evaluator.TryExplainAmount(SubsidyKinds.Pay, Xinluo, In2010, PayRole.GridWorker, out explained).Should().BeFalse();
        evaluator.TryExplainAmount(SubsidyKinds.Pay, Nowhere, In2010, PayRole.Director, out explained).Should().BeFalse();
        explained.Should().Be(default(Explained<SubsidyAmount>));
    }

    [Fact]
    public void Grids_TryFormsAndCommunityOverloads_AnswerAsTheExplicitForms()
    {
        var evaluator = new GridEvaluator(Catalog);
        var households = HouseholdCount.Of(2500);
        var community = Community(Hefei, 8000, 2500, grids: 4);

        evaluator.TryPlan(Hefei, In2016, households, out var plan).Should().BeTrue();
        plan.Should().Be(evaluator.Plan(Hefei, In2016, households));
        evaluator.Plan(In2016, community).Should().Be(plan, "the community's households are the ones read");
        evaluator.ExplainPlan(In2016, community).Explanation.Steps.Should().Equal(evaluator.ExplainPlan(Hefei, In2016, households).Explanation.Steps);
        FluentActions.Invoking(() => evaluator.ExplainPlan(In2016, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "community");
        evaluator.TryPlan(Nowhere, In2016, households, out plan).Should().BeFalse();
        plan.Should().Be(default(GridPlan));

        evaluator.TryAssess(Hefei, In2016, households, 4, 5, out var assessment).Should().BeTrue();
        assessment!.Findings.Should().Equal(evaluator.Assess(Hefei, In2016, households, 4, 5).Findings);
        evaluator.Assess(In2016, community, 5).Findings.Should().Equal(assessment.Findings, "the community's grid count is the one read");
        evaluator.ExplainAssessment(In2016, community, 5).Explanation.Steps
            .Should().Equal(evaluator.ExplainAssessment(Hefei, In2016, households, 4, 5).Explanation.Steps);
        evaluator.TryAssess(Nowhere, In2016, households, 4, null, out assessment).Should().BeFalse();
        assessment.Should().BeNull();

        FluentActions.Invoking(() => evaluator.Assess(In2016, Community(Hefei, 8000, 2500), null))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "community").WithMessage("*records no grid count*");
        FluentActions.Invoking(() => evaluator.Plan(In2016, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "community");
        FluentActions.Invoking(() => evaluator.Assess(In2016, null!, null)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "community");
        FluentActions.Invoking(() => evaluator.TryAssess(Nowhere, In2016, households, -1, null, out _))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "grids");
        FluentActions.Invoking(() => evaluator.TryAssess(Nowhere, In2016, households, 1, -1, out _))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "managers");
    }

    [Fact]
    public void Premises_TryForms_AnswerAsThePlainFormsOrFalse()
    {
        var evaluator = new PremisesEvaluator(Catalog);
        var premises = new PremisesDescription(Area.FromSquareMetres(320), rooms: 6, halls: 1);
        var floorArea = Area.FromSquareMetres(80000);
        var households = HouseholdCount.Of(900);

        evaluator.TryAssess(PremisesKinds.Standard, Xiantao, In2016, premises, out var assessment).Should().BeTrue();
        assessment!.Findings.Should().Equal(evaluator.Assess(PremisesKinds.Standard, Xiantao, In2016, premises).Findings);
        evaluator.TryAssess(PremisesKinds.Standard, Nowhere, In2016, premises, out assessment).Should().BeFalse();
        assessment.Should().BeNull();
        FluentActions.Invoking(() => evaluator.TryAssess(PremisesKinds.Standard, Nowhere, In2016, null!, out _))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "premises");

        evaluator.TryReservation(Xiantao, In2016, floorArea, households, out var requirement).Should().BeTrue();
        requirement.Should().Be(evaluator.Reservation(Xiantao, In2016, floorArea, households));
        evaluator.TryReservation(Nowhere, In2016, floorArea, households, out requirement).Should().BeFalse();
        requirement.Should().Be(default(ReservationRequirement));

        evaluator.TryBuildingCost(Xinluo, In2010, Area.FromSquareMetres(500), ["air-defence"], out var cost).Should().BeTrue();
        cost!.FeesDue.Should().Be(evaluator.BuildingCost(Xinluo, In2010, Area.FromSquareMetres(500), ["air-defence"]).FeesDue);
        evaluator.TryBuildingCost(Nowhere, In2010, Area.FromSquareMetres(500), null, out cost).Should().BeFalse();
        cost.Should().BeNull();
    }

    [Fact]
    public void Admission_TryDecide_AnswersAsDecideOrFalse()
    {
        var evaluator = new AdmissionEvaluator(Catalog);
        var request = AdmissionFixtures.FullXinluo();

        evaluator.TryDecide(Xinluo, AdmissionFixtures.Decided, request, out var decision).Should().BeTrue();
        decision.Should().Be(evaluator.Decide(Xinluo, AdmissionFixtures.Decided, request));
        evaluator.ExplainDecision(Xinluo, AdmissionFixtures.Decided, request).Value.Should().Be(decision);
        evaluator.TryDecide(Nowhere, AdmissionFixtures.Decided, request, out decision).Should().BeFalse();
        decision.Should().Be(default(AdmissionDecision));
    }
}
