using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Participation;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Participation;

public class ParticipationEvaluatorTests
{
    private static readonly LocalDate AsOf = new(2016, 11, 22);
    private static readonly ParticipationEvaluator Evaluator = new(BuiltInCatalog.Instance);

    private static CommunityProfile Urban(int residents = 6000) =>
        CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(residents / 3));

    private static CommunityProfile Town() =>
        CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "集镇社区", CommunityKind.Town, CommunitySetting.Town, Population.Of(3000), HouseholdCount.Of(1000));

    private static ParticipationRecord Full(CommunityProfile community) => ParticipationRecord.Of(community)
        .WithOrganisations(volunteerOrganisations: 5, societies: 5)
        .WithVolunteers(partyMembers: 100, partyMembersVolunteering: 80, residentsVolunteering: community.Population.Residents * 3 / 10)
        .WithActivities(themedActivitiesInMonth: 2, visitsInWeek: 60);

    private static FindingCode[] Codes(ParticipationRecord record) => [.. Evaluator.Assess(AsOf, record).Findings.Select(f => f.Code)];

    [Fact]
    public void AllTargetsMet_NoFindings()
    {
        var assessment = Evaluator.Assess(AsOf, Full(Urban()));

        assessment.IsCompliant.Should().BeTrue();
        assessment.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Par01_UrbanCommunity_AtLeastFiveVolunteerOrganisations(int organisations, bool missed) =>
        Codes(Full(Urban()).WithOrganisations(organisations, 5)).Contains(ParticipationFindingCodes.TooFewVolunteerOrganisations).Should().Be(missed);

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Par01_TownCommunity_AtLeastThree(int organisations, bool missed) =>
        Codes(Full(Town()).WithOrganisations(organisations, 4)).Contains(ParticipationFindingCodes.TooFewVolunteerOrganisations).Should().Be(missed);

    [Theory]
    [InlineData(79, true)]
    [InlineData(80, false)]
    public void Par02_EightyPercentOfPartyMembers(int volunteering, bool missed) =>
        Codes(Full(Urban()).WithVolunteers(100, volunteering, 1800)).Contains(ParticipationFindingCodes.TooFewPartyMembersVolunteering).Should().Be(missed);

    [Theory]
    [InlineData(1799, true)]
    [InlineData(1800, false)]
    public void Par02_ThirtyPercentOfResidents(int volunteering, bool missed) =>
        Codes(Full(Urban(6000)).WithVolunteers(100, 80, volunteering)).Contains(ParticipationFindingCodes.TooFewResidentsVolunteering).Should().Be(missed);

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(6, false)]
    [InlineData(7, true)]
    public void Par03_UrbanCommunity_FiveToSixSocieties(int societies, bool outside) =>
        Codes(Full(Urban()).WithOrganisations(5, societies)).Contains(ParticipationFindingCodes.SocietiesOutsideTarget).Should().Be(outside);

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Par03_TownCommunity_FourToFive(int societies, bool outside) =>
        Codes(Full(Town()).WithOrganisations(3, societies)).Contains(ParticipationFindingCodes.SocietiesOutsideTarget).Should().Be(outside);

    [Theory]
    [InlineData(1, 60, true, false)]
    [InlineData(2, 59, false, true)]
    [InlineData(2, 60, false, false)]
    public void Par04_TwoThemedActivitiesAMonth_SixtyVisitsAWeek(int themed, int visits, bool tooFewActivities, bool tooFewVisits)
    {
        var codes = Codes(Full(Urban()).WithActivities(themed, visits));

        codes.Contains(ParticipationFindingCodes.TooFewThemedActivities).Should().Be(tooFewActivities);
        codes.Contains(ParticipationFindingCodes.TooFewVisits).Should().Be(tooFewVisits);
    }

    [Fact]
    public void NothingRecorded_EachTargetIsNoted()
    {
        var assessment = Evaluator.Assess(AsOf, ParticipationRecord.Of(Urban()));

        assessment.IsCompliant.Should().BeTrue();
        assessment.Findings.Should().HaveCount(4).And.OnlyContain(f => f.Code == ParticipationFindingCodes.NotRecorded && f.Severity == FindingSeverity.Info);
        assessment.Findings.Select(f => f.RuleId).Should().Equal(RuleId.Par01, RuleId.Par02, RuleId.Par03, RuleId.Par04);
    }

    [Fact]
    public void Findings_CiteTheSectionAndSayWhatWasDue()
    {
        var findings = Evaluator.Assess(AsOf, Full(Urban()).WithOrganisations(3, 7).WithVolunteers(100, 50, 600)).Findings;

        findings.Select(f => f.English).Should().Equal(
            "The community has 3 volunteer organisations; an urban community should have at least 5, which it does not.",
            "50 of 100 party members volunteer; 80% or more should: at least 80.",
            "600 of 6000 residents volunteer; 30% or more should: at least 1800.",
            "The community has 7 public-benefit and fellowship societies; an urban community should have 5 to 6, which it does not.");
        findings.Select(f => f.Chinese).Should().Equal(
            "社区现有志愿者组织3个,城区社区应有5个以上,未达到。",
            "100名党员中50名参加志愿服务;应有80%以上参加,即至少80名。",
            "6000名居民中600名参加志愿服务;应有30%以上参加,即至少1800名。",
            "社区现有公益性、联谊性社团7个,城区社区应有5至6个,未达到。");
        findings[0].Citations.Single().Section.Should().Be("二、(三)巩固和扩大社区服务功能,4、推行志愿服务");
        findings[3].Citations.Single().Section.Should().Be("二、(二)健全和培育社区自治组织,2、培育社区社团");
    }

    [Fact]
    public void ExplainAssessment_NamesEveryTarget()
    {
        var record = Full(Urban()).WithActivities(1, 70);

        var explained = Evaluator.ExplainAssessment(AsOf, record);

        explained.Value.Findings.Should().Equal(Evaluator.Assess(AsOf, record).Findings);
        explained.Explanation.RuleId.Should().Be(RuleId.Par01);
        var steps = explained.Explanation.Steps.Select(s => s.English).ToList();
        steps.Should().Contain(s => s.StartsWith("PAR-04 (community activities) also applies.", StringComparison.Ordinal));
        steps.Should().Contain("Fails: [participation.too-few-themed-activities, PAR-04] 1 themed activities in the month; at least 2 are due (one every half month), which were not held.");
        steps.Should().Contain("Holds: 70 visits to the activity rooms in the week; at least 60 are due.");
        explained.Explanation.Steps.Select(s => s.Chinese).Should().Contain("不符合:[participation.too-few-themed-activities,PAR-04]当月开展主题活动1次;每半个月应开展一次,即每月至少2次,未达到。");
        explained.Explanation.Result.English.Should().Be("1 target(s) missed");
        explained.Explanation.Result.Chinese.Should().Be("1项目标未达到");
        Evaluator.ExplainAssessment(AsOf, Full(Urban())).Explanation.Result.Chinese.Should().Be("所记录的目标均已达到(提示0条)");
    }

    [Fact]
    public void NoTargetInForce_AssessThrows_TryReturnsFalse()
    {
        var elsewhere = ParticipationRecord.Of(CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000)));

        Evaluator.TryAssess(AsOf, elsewhere, out var none).Should().BeFalse();
        none.Should().BeNull();
        FluentActions.Invoking(() => Evaluator.Assess(AsOf, elsewhere)).Should().Throw<PolicyNotInForceException>().Which.Kind.Should().BeSameAs(ParticipationKinds.VolunteerOrganisations);
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(AsOf, elsewhere)).Should().Throw<PolicyNotInForceException>();
        Evaluator.TryAssess(AsOf, Full(Urban()), out var some).Should().BeTrue();
        some!.ToString().Should().Be("compliant; 0 findings");
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        FluentActions.Invoking(() => Evaluator.Assess(AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("record");
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("record");
        FluentActions.Invoking(() => new ParticipationEvaluator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        FluentActions.Invoking(() => ParticipationRecord.Of(null!)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => ParticipationRecord.Of(Urban()).WithOrganisations(-1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("volunteerOrganisations");
        FluentActions.Invoking(() => ParticipationRecord.Of(Urban()).WithVolunteers(10, 11, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partyMembersVolunteering");
        FluentActions.Invoking(() => ParticipationRecord.Of(Urban(100)).WithVolunteers(10, 1, 101)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("residentsVolunteering").WithMessage("*100 residents*");
        FluentActions.Invoking(() => ParticipationRecord.Of(Urban()).WithActivities(0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("visitsInWeek");
        FluentActions.Invoking(() => ActivityTarget.Create(-1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("themedActivitiesPerMonth");
        FluentActions.Invoking(() => OrganisationTarget.Create(-1, null, 5, 4)).Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Message).Should().Equal(
            "urban: the minimum is -1; expected zero or more.",
            "town: the maximum 4 is below the minimum 5.");
    }

    [Fact]
    public void BuiltIns_AreTheXiantaoReportsFigures()
    {
        ParticipationPolicies.XiantaoVolunteerOrganisations.ToString().Should().Be("urban 5 or more; town 3 or more");
        ParticipationPolicies.XiantaoSocieties.ToString().Should().Be("urban 5 to 6; town 4 to 5");
        ParticipationPolicies.XiantaoVolunteerService.ToString().Should().Be("party members at least 4/5; residents at least 3/10");
        ParticipationPolicies.XiantaoActivities.ToString().Should().Be("2 themed activities a month, 60 visits a week");
        ParticipationPolicies.BuiltInVersions().Select(v => v.RuleId).Should().Equal(RuleId.Par01, RuleId.Par02, RuleId.Par03, RuleId.Par04);
        ParticipationPolicies.BuiltInVersions().Should().OnlyContain(v => v.Jurisdiction == KnownJurisdictions.Xiantao.Code && v.Citations.Single().Title == SourceDocuments.XiantaoReport.Title);
        ParticipationKinds.Societies.ChineseName.Should().Be("公益性、联谊性社团");
    }
}
