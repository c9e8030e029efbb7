using Community.Domain.Assessments;
using Community.Domain.Declarations;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;
using static Community.Domain.Tests.Declarations.DeclaredSamples;

namespace Community.Domain.Tests.Declarations;

/// <summary>Each form of a declared rule answers on both sides of every bound it names, and explains itself in both languages from the kind's labels.</summary>
public sealed class DeclaredRuleTests
{
    private static readonly DeclaredEvaluator Evaluator = new(Catalog(
        (Council, CouncilRule), (ProjectPremises, PremisesRule), (Workers, WorkersRule), (Fund, FundRule), (Notice, NoticeRule), (Households, HouseholdsRule)));

    [Theory]
    [InlineData(21, 14, 8, true, "")]                        // 14/21 is exactly two thirds: quorate; 8 of 14 is more than half
    [InlineData(21, 13, 13, false, "council.not-quorate")]   // 13/21 is below two thirds
    [InlineData(21, 14, 7, false, "council.motion-fails")]   // 7 of 14 is exactly half: not more than half
    [InlineData(3, 2, 2, true, "")]                          // 2/3 exactly, 2 of 2
    [InlineData(300, 200, 101, true, "")]                    // 200/300 exact, 101 of 200
    [InlineData(300, 199, 199, false, "council.not-quorate")]
    public void CouncilMeeting_IsQuorateAtTwoThirds_AndAMotionPassesAboveHalf(int members, int present, int inFavour, bool holds, string failure)
    {
        var outcome = Evaluator.Evaluate(Council, Province, Day, [members, present, inFavour]);

        outcome.Holds.Should().Be(holds);
        outcome.Failure.Value.Should().Be(failure);
        outcome.Severity.Should().Be(holds ? null : FindingSeverity.Error);
        outcome.Value.Should().BeNull("a rule of thresholds only checks");
    }

    [Fact]
    public void CouncilMeeting_NeitherQuorateNorPassing_ListsBothFindings_WordedFromTheLabels()
    {
        var assessment = Evaluator.Assess(Council, Province, Day, [21, 10, 3]);

        assessment.Holds.Should().BeFalse();
        assessment.Findings.Select(f => f.Code.Value).Should().Equal("council.not-quorate", "council.motion-fails");
        assessment.Findings[0].English.Should().Be("the meeting is not quorate: attendance is 10/21 (47.62%); the rule requires at least 2/3.");
        assessment.Findings[0].Chinese.Should().Be("会议未达法定人数：到会比例为10/21（47.62%），规定不少于2/3。");
        assessment.Findings[0].RuleId.Value.Should().Be("TST-01");
    }

    [Fact]
    public void CouncilMeeting_Explained_NamesEveryInputAndCheck_InBothLanguages()
    {
        var explained = Evaluator.ExplainAssessment(Council, Province, Day, [21, 14, 8]);

        var english = explained.Explanation.ToText(ExplanationLanguage.English);
        var chinese = explained.Explanation.ToText(ExplanationLanguage.Chinese);
        english.Should().Contain("members present").And.Contain("attendance is 14/21 (66.67%); the rule requires at least 2/3.").And.Contain("community council meeting: the rule holds.");
        chinese.Should().Contain("到会成员").And.Contain("到会比例为14/21（66.67%），规定不少于2/3。").And.Contain("社区议事会会议：符合规定。");
        explained.Value.Should().Be(Evaluator.Assess(Council, Province, Day, [21, 14, 8]));
    }

    [Fact]
    public void ExplainEvaluation_GivesTheSameOutcomeAsEvaluate()
    {
        var explained = Evaluator.ExplainEvaluation(Council, Province, Day, [21, 13, 8]);

        explained.Value.Should().Be(Evaluator.Evaluate(Council, Province, Day, [21, 13, 8]));
        explained.Explanation.Result.English.Should().Be("community council meeting: 1 check not met (Error), the first council.not-quorate.");
    }

    [Fact]
    public void ACouncilOfNoMembers_IsNotQuorate_AShareOfNothingBeingNone()
    {
        Evaluator.Evaluate(Council, Province, Day, [0, 0, 0]).Failure.Value.Should().Be("council.not-quorate");
    }

    [Theory]
    [InlineData(0, 300, 300, true)]
    [InlineData(100_000, 300, 300, true)]      // 100,000 m² belongs to the first band listed
    [InlineData(100_000, 299.99, 300, false)]
    [InlineData(100_000.01, 300, 500, false)]
    [InlineData(100_000.01, 500, 500, true)]
    public void PremisesTable_GivesTheBandsArea_AndChecksWhatIsProvided(decimal floorArea, decimal provided, decimal required, bool holds)
    {
        var outcome = Evaluator.Evaluate(ProjectPremises, Province, Day, [floorArea, provided]);

        outcome.Value!.Value.Number.Should().Be(required);
        outcome.Unit.Should().Be(MeasureUnit.SquareMetres);
        outcome.Holds.Should().Be(holds);
        outcome.Severity.Should().Be(holds ? null : FindingSeverity.Error);
    }

    [Theory]
    [InlineData(0, 3)]          // at least 3
    [InlineData(2500, 3)]       // 12 × 0.25 = 3
    [InlineData(2501, 4)]       // 3.0012, rounded up
    [InlineData(10_000, 12)]
    [InlineData(10_001, 13)]
    public void WorkersFormula_CountsTwelvePerTenThousand_RoundedUp_AtLeastThree(long residents, int workers)
    {
        var enough = Evaluator.Evaluate(Workers, Province, Day, [residents, workers]);
        var short1 = Evaluator.Evaluate(Workers, Province, Day, [residents, workers - 1]);

        enough.Value!.Value.Number.Should().Be(workers);
        enough.Holds.Should().BeTrue();
        short1.Holds.Should().BeFalse();
        short1.Severity.Should().Be(FindingSeverity.Warning, "the check is declared a recommendation");
        short1.Failure.Value.Should().Be("workforce.too-few-workers");
    }

    [Theory]
    [InlineData(0, 20_000)]         // floor
    [InlineData(400, 20_000)]       // 20,000 exactly
    [InlineData(401, 20_050)]
    [InlineData(1003, 50_150)]
    [InlineData(2000, 100_000)]     // cap exactly
    [InlineData(2001, 100_000)]     // cut to the cap
    public void FundPerHouseholds_IsProRata_WithinFloorAndCap(long households, decimal yuan)
    {
        var outcome = Evaluator.Evaluate(Fund, Province, Day, [households]);

        outcome.Value!.Value.Number.Should().Be(yuan);
        outcome.Unit.Should().Be(MeasureUnit.Yuan);
        outcome.Holds.Should().BeTrue();
    }

    [Fact]
    public void FundPerHouseholds_RoundsUpToTheFen()
    {
        // 5,000 per 100 households: 50 yuan a household; a rate of 1/3 yuan would need rounding, so use a rule of 1 yuan per 3 households.
        var kind = Fund;
        var catalog = Catalog((kind, DeclaredRule.Amount("households", Money.FromYuan(1m), 3, null, null)));
        new DeclaredEvaluator(catalog).Evaluate(kind, Province, Day, [1]).Value!.Value.Number.Should().Be(0.34m);
    }

    [Theory]
    [InlineData("2026-03-09", "2026-03-02", true)]   // Monday start: five working days before is the Monday before
    [InlineData("2026-03-09", "2026-03-03", false)]
    [InlineData("2026-03-09", "2026-02-27", true)]
    public void NoticeTimetable_IsFiveWorkingDaysBefore(string start, string applied, bool holds)
    {
        var outcome = Evaluator.Evaluate(Notice, Province, Day, [LocalDate.FromDateTime(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), LocalDate.FromDateTime(DateTime.Parse(applied, System.Globalization.CultureInfo.InvariantCulture))]);

        outcome.Due.Should().Be(new LocalDate(2026, 3, 2));
        outcome.Holds.Should().Be(holds);
    }

    [Fact]
    public void NoticeTimetable_CountsHolidaysOfTheCalendarGiven()
    {
        var calendar = WorkingCalendar.Create([new LocalDate(2026, 3, 4)], []);
        var evaluator = new DeclaredEvaluator(Catalog((Notice, NoticeRule)), calendar);

        evaluator.Evaluate(Notice, Province, Day, [new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 2)]).Due.Should().Be(new LocalDate(2026, 2, 27));
    }

    [Theory]
    [InlineData(999, false, "sizes.small", FindingSeverity.Warning)]
    [InlineData(1000, true, "", null)]
    [InlineData(3000, true, "", null)]
    [InlineData(3001, false, "sizes.large", FindingSeverity.Warning)]
    [InlineData(5000, false, "sizes.large", FindingSeverity.Warning)]
    [InlineData(5001, false, "sizes.large", FindingSeverity.Error)]
    public void HouseholdsRange_WarnsOutsideTheRecommendedRange_AndErrsAboveTheCap(long households, bool holds, string failure, FindingSeverity? severity)
    {
        var outcome = Evaluator.Evaluate(Households, Province, Day, [households]);

        outcome.Holds.Should().Be(holds);
        outcome.Failure.Value.Should().Be(failure);
        outcome.Severity.Should().Be(severity);
    }

    [Fact]
    public void AnyOf_HoldsWhenOneHolds_AndKeepsNoFindingOfTheOthers()
    {
        var rule = DeclaredRule.AnyOf(
            DeclaredRule.Threshold("attendance", DeclaredComparison.AtLeast, 2, 3, "council.not-quorate", FindingSeverity.Error),
            DeclaredRule.Threshold("present", DeclaredComparison.AtLeast, 10m, "council.not-quorate", FindingSeverity.Error),
            DeclaredRule.Threshold("support", DeclaredComparison.MoreThan, 1, 2, "council.motion-fails", FindingSeverity.Error));
        var evaluator = new DeclaredEvaluator(Catalog((Council, rule)));

        evaluator.Assess(Council, Province, Day, [30, 10, 1]).Findings.Should().BeEmpty("ten members present is enough on its own");
        evaluator.Assess(Council, Province, Day, [30, 9, 1]).Findings.Should().HaveCount(3, "none holds, so every failure is reported");
    }

    [Fact]
    public void LargerOf_TakesTheLargerOutcome()
    {
        var rule = DeclaredRule.Combine(
            DeclaredCombination.LargerOf,
            DeclaredRule.Count("residents", MeasureUnit.Persons, CountFormula.PerUnits(12, 10_000, RoundingMode.Up)),
            DeclaredRule.Count("residents", MeasureUnit.Persons, CountFormula.Fixed(5), DeclaredCheck.Of("workers", DeclaredComparison.AtLeast, "workforce.too-few-workers", FindingSeverity.Error)));
        var evaluator = new DeclaredEvaluator(Catalog((Workers, rule)));

        evaluator.Evaluate(Workers, Province, Day, [1000, 5]).Value!.Value.Number.Should().Be(5);
        evaluator.Evaluate(Workers, Province, Day, [10_000, 5]).Value!.Value.Number.Should().Be(12);
    }

    [Theory]
    [InlineData(0, 5, "小型")]
    [InlineData(4999, 5, "小型")]
    [InlineData(5000, 5, "小型")]       // the shared boundary belongs to the first band listed
    [InlineData(5001, 7, "大型")]
    [InlineData(1_000_000, 7, "大型")]
    public void TablesOverACount_GiveTheFirstListedBandAtASharedBoundary_AsTheirExplanationSays(long households, int members, string grade)
    {
        var numbers = DeclaredRule.Table("households", MeasureUnit.Members, BandTable.Define(BoundaryReading.FirstListedWins, Band.UpTo(Bound.Inclusive(5000m), 5m), Band.From(Bound.Inclusive(5000m), 7m)));
        var texts = DeclaredRule.Table("households", BandTable.Define(BoundaryReading.FirstListedWins, Band.UpTo(Bound.Inclusive(5000m), "小型"), Band.From(Bound.Inclusive(5000m), "大型")));
        var byNumber = new DeclaredEvaluator(Catalog((Fund, numbers)));
        var byText = new DeclaredEvaluator(Catalog((Fund, texts)));

        byNumber.Evaluate(Fund, Province, Day, [households]).Value!.Value.Number.Should().Be(members);
        byNumber.ExplainAssessment(Fund, Province, Day, [households]).Value.Number.Should().Be(members);
        byText.Evaluate(Fund, Province, Day, [households]).Value!.Value.Text.Should().Be(grade);
        byText.ExplainAssessment(Fund, Province, Day, [households]).Value.Text.Should().Be(grade);
    }

    [Fact]
    public void ATableWithBoundsBetweenWholeNumbers_StillReadsACountExactly()
    {
        var rule = DeclaredRule.Table("households", MeasureUnit.Members, BandTable.Define(BoundaryReading.Strict, Band.UpTo(Bound.Exclusive(100.5m), 5m), Band.From(Bound.Inclusive(100.5m), 7m)));
        var evaluator = new DeclaredEvaluator(Catalog((Fund, rule)));

        evaluator.Evaluate(Fund, Province, Day, [100]).Value!.Value.Number.Should().Be(5);
        evaluator.Evaluate(Fund, Province, Day, [101]).Value!.Value.Number.Should().Be(7);
    }

    [Fact]
    public void TryEvaluate_WhereNoVersionIsInForce_SaysSo()
    {
        var evaluator = new DeclaredEvaluator(Catalog());

        evaluator.TryEvaluate(Council, Province, Day, [21, 14, 8], out var outcome).Should().BeFalse();
        outcome.Should().Be(default(DeclaredOutcome));
        evaluator.TryAssess(Council, Province, Day, [21, 14, 8], out var assessment).Should().BeFalse();
        assessment.Should().BeNull();
        evaluator.Invoking(e => e.Evaluate(Council, Province, Day, [21, 14, 8])).Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void Inputs_AreRefused_NamingTheInputAndWhatItTakes()
    {
        Evaluator.Invoking(e => e.Evaluate(Council, Province, Day, [21, 14]))
            .Should().Throw<ArgumentException>().WithMessage("inputs holds 2 values; expected 3, one for each input of \"council.meeting\" the caller gives, in order: members, present, inFavour.*");
        Evaluator.Invoking(e => e.Evaluate(Council, Province, Day, [21, 14.5m, 8]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("inputs[present] is 14.5; expected a whole number of Members, zero or more (members present).*");
        Evaluator.Invoking(e => e.Evaluate(Council, Province, Day, [21, -1, 8]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("inputs[present] is -1; *");
        Evaluator.Invoking(e => e.Evaluate(Council, Province, Day, [21, true, 8]))
            .Should().Throw<ArgumentException>().WithMessage("inputs[present] is yes, a yes or no; \"present\" (members present) takes a number in Members.*");
        Evaluator.Invoking(e => e.Evaluate(Council, Province, Day, [21, 22, 8]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("inputs: \"present\" is 22 and \"members\" is 21; \"attendance\" is the first as a share of the second, so expected a part from zero to its whole.*");
        Evaluator.Invoking(e => e.Evaluate(Council, Province, Day, [21, default, 8]))
            .Should().Throw<ArgumentException>().WithMessage("inputs[present] is the default DeclaredValue, which holds nothing*");
        Evaluator.Invoking(e => e.Evaluate(null!, Province, Day, [])).Should().Throw<ArgumentNullException>().WithParameterName("kind");
    }

    [Fact]
    public void AreaAndMoneyInputs_TakeAtMostTwoDecimals()
    {
        Evaluator.Invoking(e => e.Evaluate(ProjectPremises, Province, Day, [100.001m, 300]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("inputs[floorArea] is 100.001; expected zero or more square metres, with at most two decimals*");
    }
}
