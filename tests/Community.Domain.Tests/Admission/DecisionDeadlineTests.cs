using CsCheck;
using Community.Domain.Admission;
using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;
using static Community.Domain.Tests.Admission.AdmissionFixtures;

namespace Community.Domain.Tests.Admission;

public class DecisionDeadlineTests
{
    // A National Day week as the State Council arranges it: 1-7 October off, Sunday 29 September and
    // Saturday 12 October worked (invented for the test, as the library ships no calendar).
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Create(
        [new(2024, 10, 1), new(2024, 10, 2), new(2024, 10, 3), new(2024, 10, 4), new(2024, 10, 5), new(2024, 10, 6), new(2024, 10, 7)],
        [new(2024, 9, 29), new(2024, 10, 12)]);

    private static readonly AdmissionEvaluator Evaluator10 = new(BuiltInCatalog.Instance.ToBuilder()
        .Override(PolicyVersion.Create(AdmissionKinds.WorkAdmission, Xinluo, EffectivePeriod.Always,
            BuiltInCatalog.Instance.Resolve(AdmissionKinds.WorkAdmission, Xinluo, Decided).Policy.ToBuilder().DecideWithin(10).Build(), RuleId.Of("TD-ADM-02")))
        .Build());

    private static readonly LocalDate Applied = new(2024, 9, 27); // a Friday

    [Fact]
    public void Calendar_CountsWorkingDays_AcrossHolidaysAndWorkedWeekends()
    {
        // After Fri 27 Sep: Sun 29 (worked), Mon 30, then 8 (Tue) to 11 (Fri), Sat 12 (worked), Mon 14, Tue 15, Wed 16.
        Calendar.AddWorkingDays(Applied, 10).Should().Be(new LocalDate(2024, 10, 16));
        Calendar.AddWorkingDays(Applied, 1).Should().Be(new LocalDate(2024, 9, 29));
        Calendar.WorkingDaysBetween(Applied, new LocalDate(2024, 10, 16)).Should().Be(10);
        Calendar.IsWorkingDay(new LocalDate(2024, 10, 3)).Should().BeFalse();
        Calendar.IsWorkingDay(new LocalDate(2024, 10, 12)).Should().BeTrue();
        Calendar.IsWorkingDay(new LocalDate(2024, 10, 13)).Should().BeFalse();
        WorkingCalendar.WeekdaysOnly.AddWorkingDays(Applied, 10).Should().Be(new LocalDate(2024, 10, 11));
    }

    [Theory]
    [InlineData(16, false)]
    [InlineData(17, true)]
    public void Timeliness_DecidedOnOrBeforeTheDeadline_IsOnTime(int day, bool late)
    {
        var request = Bare().WithAppliedOn(Applied).WithDecidedOn(new LocalDate(2024, 10, day));

        var timeliness = Evaluator10.Timeliness(Xinluo, new LocalDate(2024, 11, 1), request, Calendar);

        timeliness.Deadline.Should().Be(new LocalDate(2024, 10, 16));
        timeliness.DeadlineDays.Should().Be(10);
        timeliness.IsLate.Should().Be(late);
        timeliness.WorkingDaysTaken.Should().Be(late ? 11 : 10);
        timeliness.Findings.Select(f => f.Code).Should().Equal(late ? [AdmissionFindingCodes.DecidedLate] : []);
    }

    [Fact]
    public void Timeliness_Late_SaysByHowMuch()
    {
        var request = Bare().WithAppliedOn(Applied).WithDecidedOn(new LocalDate(2024, 10, 17));

        var finding = Evaluator10.Timeliness(Xinluo, new LocalDate(2024, 11, 1), request, Calendar).Findings.Should().ContainSingle().Which;

        finding.English.Should().Be("Decided on 2024-10-17, 11 working days after the application, after the deadline of 2024-10-16 (10 working days).");
        finding.Chinese.Should().Be("于2024年10月17日作出决定,距申请11个工作日,超过10个工作日的期限(2024年10月16日)。");
        finding.RuleId.Should().Be(RuleId.Of("TD-ADM-02"));
    }

    [Fact]
    public void Timeliness_ApprovalDate_CountsAsTheDecision()
    {
        var request = Bare().WithAppliedOn(Applied).WithApproval(Authority.DistrictCommunityOffice, new LocalDate(2024, 10, 14));

        Evaluator10.Timeliness(Xinluo, new LocalDate(2024, 11, 1), request, Calendar).DecidedOn.Should().Be(new LocalDate(2024, 10, 14));
    }

    [Theory]
    [InlineData(16, false, "admission.decision-pending")]
    [InlineData(17, true, "admission.decision-overdue")]
    public void Timeliness_Undecided_IsPendingUntilTheDeadlineThenOverdue(int day, bool late, string code)
    {
        var timeliness = Evaluator10.Timeliness(Xinluo, new LocalDate(2024, 10, day), Bare().WithAppliedOn(Applied), Calendar);

        timeliness.IsLate.Should().Be(late);
        timeliness.Findings.Should().ContainSingle().Which.Code.Should().Be(FindingCode.Of(code));
        timeliness.Findings[0].Severity.Should().Be(late ? FindingSeverity.Error : FindingSeverity.Info);
    }

    [Fact]
    public void Timeliness_PolicyWithoutDeadline_HasNoFindings()
    {
        var timeliness = Evaluator.Timeliness(Xinluo, Decided, Bare().WithAppliedOn(new LocalDate(2010, 2, 1)), Calendar);

        timeliness.Deadline.Should().BeNull();
        timeliness.Findings.Should().BeEmpty();
        timeliness.ToString().Should().Be("applied 2010-02-01, deadline none, undecided: on time");
    }

    [Fact]
    public void ExplainTimeliness_CountsTheDeadline()
    {
        var explained = Evaluator10.ExplainTimeliness(Xinluo, new LocalDate(2024, 11, 1), Bare().WithAppliedOn(Applied).WithDecidedOn(new LocalDate(2024, 10, 17)), Calendar);

        explained.Explanation.Steps.Select(s => s.English).Should().Contain("Applied on 2024-09-27; 10 working days later, by the caller's calendar, is 2024-10-16, the last day to decide.");
        explained.Explanation.Result.Chinese.Should().Be("逾期");
        Evaluator10.TryTimeliness(Xinluo, new LocalDate(2024, 11, 1), Bare().WithAppliedOn(Applied), Calendar, out var pending).Should().BeTrue();
        pending!.IsLate.Should().BeTrue();
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        FluentActions.Invoking(() => Evaluator10.Timeliness(Xinluo, Decided, Bare(), Calendar)).Should().Throw<ArgumentException>().WithParameterName("request").WithMessage("*WithAppliedOn*");
        FluentActions.Invoking(() => Evaluator10.Timeliness(Xinluo, Decided, null!, Calendar)).Should().Throw<ArgumentNullException>().WithParameterName("request");
        FluentActions.Invoking(() => Evaluator10.ExplainTimeliness(Xinluo, Decided, Bare().WithAppliedOn(Applied), null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
        FluentActions.Invoking(() => AdmissionPolicy.CreateBuilder().DecideWithin(0).Build()).Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Message.Should().Be("The decision deadline is 0 working days; expected at least one.");
        FluentActions.Invoking(() => WorkingCalendar.Create([], [new LocalDate(2024, 10, 8)])).Should().Throw<ArgumentException>().WithParameterName("workingWeekendDays");
        FluentActions.Invoking(() => WorkingCalendar.Create([new LocalDate(2024, 10, 12)], [new LocalDate(2024, 10, 12)])).Should().Throw<ArgumentException>().WithMessage("*either off or on*");
        FluentActions.Invoking(() => Calendar.AddWorkingDays(Applied, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workingDays");
        Calendar.ToString().Should().Be("weekdays less 5 holidays, plus 2 working weekend days");
        AdmissionPolicy.CreateBuilder().DecideWithin(5).Build().ToString().Should().EndWith("; decided within 5 working days");
    }

    [Fact]
    public void Property_WorkingDaysBetween_CountsAsADayByDayWalkWould() =>
        Gen.Select(Gen.Int[0, 4000], Gen.Int[-20, 800], Gen.Int[0, 400].Array[0, 12], Gen.Int[0, 400].Array[0, 6]).Sample((offset, span, off, on) =>
        {
            var start = new LocalDate(2020, 1, 1).PlusDays(offset);
            var end = start.PlusDays(span);
            var calendar = WorkingCalendar.Create(
                off.Select(d => start.PlusDays(d)),
                on.Where(d => !off.Contains(d)).Select(d => start.PlusDays(d)).Where(d => d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
            var walked = 0;
            for (var day = start.PlusDays(1); day <= end; day = day.PlusDays(1))
            {
                walked += calendar.IsWorkingDay(day) ? 1 : 0;
            }

            return calendar.WorkingDaysBetween(start, end) == walked;
        });

    [Fact]
    public void WorkingDaysBetween_TheWholeCalendar_IsCountedAtOnce_AndAddsUpOverItsParts()
    {
        var calendar = WorkingCalendar.Create([new LocalDate(2000, 1, 3), new LocalDate(1900, 5, 1)], [new LocalDate(2000, 1, 8)]);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var whole = calendar.WorkingDaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "the count is arithmetic, not a walk over seven million days");
        whole.Should().Be(calendar.WorkingDaysBetween(LocalDate.MinIsoValue, new LocalDate(2000, 1, 1)) + calendar.WorkingDaysBetween(new LocalDate(2000, 1, 1), LocalDate.MaxIsoValue));
        calendar.WorkingDaysBetween(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 9)).Should().Be(5, "Monday the 3rd is off, Saturday the 8th is worked");
    }
}
