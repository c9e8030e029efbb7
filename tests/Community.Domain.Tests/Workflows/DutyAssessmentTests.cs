using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Workflows;
using NodaTime;

namespace Community.Domain.Tests.Workflows;

public class DutyAssessmentTests
{
    private static readonly WorkflowEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly DateInterval Year = new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31));
    private static readonly LocalDate AsOf = new(2017, 12, 31);

    private static CommunityProfile Community(JurisdictionCode? at = null) =>
        CommunityProfile.Create(at ?? KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));

    [Fact]
    public void Wf04_EveryEventDueAttended_AndEveryHouseholdDueVisited_IsCompliant()
    {
        var record = DutyRecord.Of(Community(), Year,
            [DutyEvent.Of("E1", WorkflowPolicies.FamilyDispute, new LocalDate(2017, 5, 3), attended: true), DutyEvent.Of("E2", DutyOccasion.Of("festival", "节庆", "festival"), new LocalDate(2017, 6, 1), attended: false)],
            [DutyHousehold.Of("H1", WorkflowPolicies.ElderlyAlone, new LocalDate(2017, 2, 1))]);

        var assessment = Evaluator.Assess(AsOf, record);

        assessment.IsCompliant.Should().BeTrue();
        assessment.Findings.Should().BeEmpty();
        assessment.Attendance.Should().Be(Proportion.Of(1, 1), "a festival is not an event cadres must attend");
        assessment.Visits.Should().Be(Proportion.Of(1, 1));
        assessment.ToString().Should().Be("attended 1 of 1, visited 1 of 1; 0 findings");
    }

    [Fact]
    public void Wf04_EventNotAttended_AndHouseholdNotVisitedInThePeriod_AreErrorsCitingTheRule()
    {
        var record = DutyRecord.Of(Community(), Year,
            [DutyEvent.Of("E1", WorkflowPolicies.Emergency, new LocalDate(2017, 5, 3), attended: false)],
            [DutyHousehold.Of("H1", WorkflowPolicies.Inpatient, new LocalDate(2016, 12, 30)), DutyHousehold.Of("H2", WorkflowPolicies.ReleasedFromCustody, null), DutyHousehold.Of("H3", WorkflowPolicies.Unemployed, new LocalDate(2017, 12, 31))]);

        var explained = Evaluator.ExplainAssessment(AsOf, record);
        var assessment = explained.Value;

        assessment.IsCompliant.Should().BeFalse();
        assessment.Findings.Select(f => f.Code).Should().Equal(WorkflowFindingCodes.EventNotAttended, WorkflowFindingCodes.HouseholdNotVisited, WorkflowFindingCodes.HouseholdNotVisited);
        assessment.Findings.Should().OnlyContain(f => f.RuleId == RuleId.Wf04 && f.Severity == FindingSeverity.Error && f.Citations.Single().Title == "仙桃市社区工作现状及改善对策");
        assessment.Findings[0].English.Should().Be("Cadres must attend every event of the kind \"emergency\": event E1 on 2017-05-03 was not attended.");
        assessment.Findings[0].Chinese.Should().Be("有突发事件必到:2017年5月3日事件E1未到场。");
        assessment.Findings[1].English.Should().Be("Cadres must visit every household of the kind \"patient in hospital\": household H1 was last visited on 2016-12-30, outside the period from 2017-01-01 to 2017-12-31.");
        assessment.Findings[2].Chinese.Should().Be("劳教释放人员必访:住户H2在2017年1月1日至2017年12月31日期间从未走访。");
        assessment.Attendance.Should().Be(Proportion.Of(0, 1));
        assessment.Visits.Should().Be(Proportion.Of(1, 3));
        explained.Explanation.Result.English.Should().Be("attended 0 of 1 event(s) due, visited 1 of 3 household(s) due");
        explained.Explanation.Result.Chinese.Should().Be("应到1起、实到0起,应访3户、实访1户");
        explained.Explanation.Steps.Should().Contain(s => s.English == "Holds: Cadres must visit every household of the kind \"laid-off or unemployed person\": household H3 was last visited on 2017-12-31, within the period from 2017-01-01 to 2017-12-31.");
    }

    [Fact]
    public void ExplainAssessment_RemarksOnRecordsTheDutiesDoNotName()
    {
        var record = DutyRecord.Of(Community(), Year, [DutyEvent.Of("E2", DutyOccasion.Of("festival", "节庆", "festival"), new LocalDate(2017, 6, 1), attended: false)], []);

        var explained = Evaluator.ExplainAssessment(AsOf, record);

        explained.Explanation.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Remark && s.Chinese == "记录中1起事件、0户住户不属于规定必到必访的情形,未核对。");
        explained.Value.Attendance.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void TryAssess_ElsewhereThanXiantao_IsFalse_AndAssessThrows()
    {
        var record = DutyRecord.Of(Community(KnownJurisdictions.Hefei.Code), Year, [], []);

        Evaluator.TryAssess(AsOf, record, out var none).Should().BeFalse();
        none.Should().BeNull();
        FluentActions.Invoking(() => Evaluator.Assess(AsOf, record)).Should().Throw<PolicyNotInForceException>();
        Evaluator.TryAssess(AsOf, DutyRecord.Of(Community(), Year, [], []), out var some).Should().BeTrue();
        some!.IsCompliant.Should().BeTrue();
    }

    [Fact]
    public void BadRecordsAndPolicies_AreRefusedByName()
    {
        var e = DutyEvent.Of("E1", WorkflowPolicies.Emergency, new LocalDate(2018, 1, 1), true);
        FluentActions.Invoking(() => DutyRecord.Of(Community(), Year, [e], [])).Should().Throw<ArgumentException>()
            .Where(x => x.ParamName == "events").WithMessage("events[0] (\"E1\") is on 2018-01-01; expected a day from 2017-01-01 to 2017-12-31.*");
        var d = DutyEvent.Of("E1", WorkflowPolicies.Emergency, new LocalDate(2017, 1, 1), true);
        FluentActions.Invoking(() => DutyRecord.Of(Community(), Year, [d, d], [])).Should().Throw<ArgumentException>().WithMessage("events[1] has the id \"E1\"*");
        var h = DutyHousehold.Of("H", WorkflowPolicies.Inpatient, null);
        FluentActions.Invoking(() => DutyRecord.Of(Community(), Year, [], [h, h])).Should().Throw<ArgumentException>().Where(x => x.ParamName == "households");
        FluentActions.Invoking(() => DutyRecord.Of(Community(), Year, [null!], [])).Should().Throw<ArgumentNullException>().Where(x => x.ParamName == "events[0]");
        FluentActions.Invoking(() => DutyRecord.Of(null!, Year, [], [])).Should().Throw<ArgumentNullException>().Where(x => x.ParamName == "community");
        FluentActions.Invoking(() => DutyEvent.Of(" ", WorkflowPolicies.Emergency, AsOf, true)).Should().Throw<ArgumentException>().Where(x => x.ParamName == "id");
        FluentActions.Invoking(() => DutyHousehold.Of("h", null!, null)).Should().Throw<ArgumentNullException>().Where(x => x.ParamName == "occasion");
        FluentActions.Invoking(() => Evaluator.Assess(AsOf, null!)).Should().Throw<ArgumentNullException>().Where(x => x.ParamName == "record");
        FluentActions.Invoking(() => DutyPolicy.Of([], [])).Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle();
        FluentActions.Invoking(() => DutyPolicy.Of([WorkflowPolicies.Emergency], [WorkflowPolicies.Emergency, WorkflowPolicies.Inpatient, WorkflowPolicies.Inpatient]))
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Message).Should().Equal("the duties name emergency (突发事件) twice.", "the duties name inpatient (住院病人) twice.");
    }

    [Fact]
    public void Wf04_XiantaoDuties_AreThreeToAttendAndFiveToVisit()
    {
        var duties = WorkflowPolicies.XiantaoDuties;

        duties.MustAttend.Select(o => o.Chinese).Should().Equal("突发事件", "不满情绪", "家庭纠纷");
        duties.MustVisit.Select(o => o.Chinese).Should().Equal("困难家庭", "住院病人", "下岗失业人员", "劳教释放人员", "孤寡老人");
        duties.ToString().Should().Be("attend 3 kinds of event, visit 5 kinds of household");
        DutyOccasion.Of("emergency", "另", "other").Should().Be(WorkflowPolicies.Emergency);
        WorkflowPolicies.Emergency.ToString().Should().Be("emergency (突发事件)");
        WorkflowPolicies.Emergency.GetHashCode().Should().Be(DutyOccasion.Of("emergency", "x", "y").GetHashCode());
        DutyRecord.Of(Community(), Year, [], []).ToString().Should().Be("干河社区 2017-01-01/2017-12-31: 0 events, 0 households");
    }

    [Fact]
    public void HouseholdsOfKindsTheDutiesDoNotName_AreNotCounted_AndTheExplanationSaysSo()
    {
        var record = DutyRecord.Of(Community(), Year, [], [DutyHousehold.Of("H9", DutyOccasion.Of("newcomer", "新住户", "newcomer"), null)]);

        var explained = Evaluator.ExplainAssessment(AsOf, record);

        explained.Value.Visits.IsEmpty.Should().BeTrue();
        explained.Value.IsCompliant.Should().BeTrue();
        explained.Explanation.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Remark && s.English == "0 event(s) and 1 household(s) of the record are of kinds the duties do not name, and were not checked.");
    }
}
