using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using NodaTime;

namespace Community.Domain.Tests.Explanations;

public class FormulaNarrationTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);

    private static (string[] English, string[] Chinese, StaffingRequirement Value) Narrate(StaffingPolicy policy, int households, int residents)
    {
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .Add(StaffingKinds.GridStaff, KnownJurisdictions.Hefei.Code, EffectivePeriod.Always, policy, RuleId.Of("T-01"))
            .Build();
        var community = CommunityProfile.Create(KnownJurisdictions.Baohe.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(households));
        var explained = new StaffingEvaluator(catalog).ExplainRequirement(StaffingKinds.GridStaff, AsOf, community);
        var formula = explained.Explanation.Steps.Where(s => s.Kind is ExplanationStepKind.Formula or ExplanationStepKind.Band or ExplanationStepKind.BoundaryReading).ToArray();
        return (formula.Select(s => s.English).ToArray(), formula.Select(s => s.Chinese).ToArray(), explained.Value);
    }

    [Fact]
    public void Larger_NarratesBothThenTheChoice()
    {
        var (english, chinese, value) = Narrate(
            StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.Larger(CountFormula.Fixed(2), CountFormula.PerUnits(300, RoundingMode.Down))), 1000, 3000);

        value.Minimum.Should().Be(3);
        english.Should().Equal("A fixed count: 2.", "1 per 300 households: 1000 ÷ 300 = 3 remainder 100, rounded down (only whole ones count): 3.", "The larger of 2 and 3: 3.");
        chinese.Should().Equal("固定计数:2。", "每300户计1:1000÷300=3余100,不足1个单位不计,向下取整为3。", "2与3两者取大:3。");
    }

    [Fact]
    public void Smaller_AndAtMost_LowerTheCount()
    {
        var (english, chinese, value) = Narrate(
            StaffingPolicy.AtLeast(CountUnit.Residents, CountFormula.Smaller(CountFormula.PerUnits(1000, RoundingMode.HalfAwayFromZero), CountFormula.Fixed(9)).AtMost(4)), 100, 7500);

        value.Minimum.Should().Be(4);
        english.Should().Equal(
            "1 per 1000 residents: 7500 ÷ 1000 = 7 remainder 500, rounded to the nearest (half up): 8.",
            "A fixed count: 9.",
            "The smaller of 8 and 9: 8.",
            "At most 4: 8 is lowered to 4.");
        chinese[0].Should().Be("每1000人计1:7500÷1000=7余500,四舍五入为8。");
        chinese[2].Should().Be("8与9两者取小:8。");
        chinese[3].Should().Be("不超过4:8降为4。");
    }

    [Fact]
    public void Banded_NamesTheBandInTheUnitThenItsFormula()
    {
        var banded = CountFormula.Banded(BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(0L), Bound.Inclusive(3000L), CountFormula.Fixed(5), "3000户以下"),
            Band.From(Bound.Inclusive(3000L), CountFormula.PerUnits(600, RoundingMode.Up), "3000户以上")));

        var (english, chinese, value) = Narrate(StaffingPolicy.Exactly(CountUnit.Households, banded), 3000, 9000);

        value.Minimum.Should().Be(5);
        english[0].Should().Be("3000 households falls in band 1 of 2 (\"3000户以下\"), [0 households, 3000 households], which gives a fixed 5.");
        english[1].Should().StartWith("3000 households is also included by band 2").And.Contain("first wins");
        english[2].Should().Be("A fixed count: 5.");
        chinese[0].Should().StartWith("3000户落在第1档(共2档)“3000户以下”").And.EndWith(",对应固定为5。");
        var above = Narrate(StaffingPolicy.Exactly(CountUnit.Households, banded), 3001, 9003);
        above.Value.Minimum.Should().Be(6);
        above.English.Should().HaveCount(2).And.EndWith("1 per 600 households: 3001 ÷ 600 = 5 remainder 1, rounded up (a part counts as one): 6.");
    }

    [Fact]
    public void Stepped_WithinTheFirstUnits_SaysSo()
    {
        var (english, chinese, _) = Narrate(StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.Stepped(3, 1000, 500)), 1000, 3000);

        english.Should().Equal("1000 households is within the first 1000 households, which count 3.");
        chinese.Should().Equal("1000户未超过前1000户,计3。");
    }

    [Fact]
    public void Exact_Division_HasNoRemainder_AndOneUnitIsSingular()
    {
        var (english, chinese, _) = Narrate(StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.PerUnits(1, RoundingMode.Up)), 1, 3);

        english.Should().Equal("1 per 1 household: 1 ÷ 1 = 1.");
        chinese.Should().Equal("每1户计1:1÷1=1。");
    }

    [Fact]
    public void Cap_IsNarratedAfterTheMinimum()
    {
        var (english, chinese, value) = Narrate(
            StaffingPolicy.Between(CountUnit.Households, CountFormula.PerUnits(500, RoundingMode.Up), CountFormula.PerUnits(250, RoundingMode.Down).AtLeast(1)), 1000, 3000);

        (value.Minimum, value.Maximum).Should().Be((2, (int?)4));
        english.Should().Equal(
            "1 per 500 households: 1000 ÷ 500 = 2.",
            "1 per 250 households: 1000 ÷ 250 = 4.",
            "4 is at least 1: it stands.",
            "The cap: 1 per 250 households, rounded down (only whole ones count), at least 1 gives at most 4.");
        chinese[3].Should().Be("上限:每250户计1(不足1个单位不计,向下取整),不少于1,至多4人。");
    }

    [Fact]
    public void Describe_CoversEveryShapeInBothLanguages()
    {
        var formula = CountFormula.Larger(CountFormula.Stepped(3, 1000, 500), CountFormula.PerUnits(300, RoundingMode.HalfAwayFromZero)).Between(2, 9);

        FormulaText.Describe(formula, CountUnit.Households, ExplanationLanguage.English)
            .Should().Be("the larger of (3 for the first 1000 households, plus 1 per further 500 households, rounded up (a part counts as one)) and (1 per 300 households, rounded to the nearest (half up)), at least 2, at most 9");
        FormulaText.Describe(formula, CountUnit.Households, ExplanationLanguage.Chinese)
            .Should().Be("前1000户计3,此后每500户增1(不足1个单位按1计,向上取整)与每300户计1(四舍五入)两者取大,不少于2,不超过9");
        FormulaText.Describe(CountFormula.Smaller(CountFormula.Fixed(1), CountFormula.Fixed(2)), CountUnit.Residents, ExplanationLanguage.Chinese).Should().Be("固定为1与固定为2两者取小");
        FormulaText.Describe(CountFormula.Banded(BandTable.Define(BoundaryReading.Strict, Band.Everywhere<long, CountFormula>(CountFormula.Fixed(1)))), CountUnit.Residents, ExplanationLanguage.English)
            .Should().Be("by 1 bands of residents");
        FormulaText.Describe(CountFormula.Banded(BandTable.Define(BoundaryReading.Strict, Band.Everywhere<long, CountFormula>(CountFormula.Fixed(1)))), CountUnit.Households, ExplanationLanguage.Chinese)
            .Should().Be("按户数分1档计算");
        FormulaText.Units(1, CountUnit.Residents, ExplanationLanguage.English).Should().Be("1 resident");
        FormulaText.UnitName(CountUnit.Residents, ExplanationLanguage.Chinese).Should().Be("人");
    }
}
