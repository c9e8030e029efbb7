using System.Numerics;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Json;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Policies;

/// <summary>
/// So many per so many units (issue 27): "12 workers per 10,000 residents" is computed exactly, as
/// units × 12 ÷ 10,000 rounded once, which no "one per N" gives at every size; in C# and in documents,
/// described and explained in both languages.
/// </summary>
public sealed class RateFormulaTests
{
    private static readonly CountFormula TwelvePerTenThousandUp = CountFormula.PerUnits(12, 10_000, RoundingMode.Up);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(833, 1)] // 9,996 ÷ 10,000: a part counts as one
    [InlineData(834, 2)] // 10,008 ÷ 10,000 = 1 and a part
    [InlineData(10_000, 12)]
    [InlineData(10_001, 13)]
    [InlineData(25_000, 30)]
    public void TwelvePerTenThousand_RoundedUp_CountsAPartAsOne(long residents, int expected)
    {
        TwelvePerTenThousandUp.Evaluate(residents).Should().Be(expected);
    }

    [Theory]
    [InlineData(833, 0)]
    [InlineData(834, 1)]
    [InlineData(9_999, 11)]
    [InlineData(10_000, 12)]
    public void TwelvePerTenThousand_RoundedDown_CountsWholeOnesOnly(long residents, int expected)
    {
        CountFormula.PerUnits(12, 10_000, RoundingMode.Down).Evaluate(residents).Should().Be(expected);
    }

    [Theory]
    [InlineData(416, 0)] // 4,992 ÷ 10,000 is below a half
    [InlineData(417, 1)] // 5,004 ÷ 10,000 is above a half
    [InlineData(1_250, 2)] // 15,000 ÷ 10,000 is exactly one and a half: half up
    public void TwelvePerTenThousand_RoundedToTheNearest_HalfUp(long residents, int expected)
    {
        CountFormula.PerUnits(12, 10_000, RoundingMode.HalfAwayFromZero).Evaluate(residents).Should().Be(expected);
    }

    [Fact]
    public void Property_KPerN_IsTheExactQuotient_RoundedOnce_OrRefusedBeyondAnInt()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Int[1, 1000], Gen.Long[1, 1_000_000_000]).Sample((units, count, per) =>
        {
            var product = new BigInteger(units) * count;
            var floor = BigInteger.Divide(product, per);
            var remainder = product - (floor * per);
            var up = remainder == 0 ? floor : floor + 1;
            var nearest = remainder * 2 >= per ? floor + 1 : floor;
            return Counts(CountFormula.PerUnits(count, per, RoundingMode.Down), units, floor)
                && Counts(CountFormula.PerUnits(count, per, RoundingMode.Up), units, up)
                && Counts(CountFormula.PerUnits(count, per, RoundingMode.HalfAwayFromZero), units, nearest);
        });

        static bool Counts(CountFormula formula, long units, BigInteger expected)
        {
            try
            {
                return formula.Evaluate(units) == expected;
            }
            catch (ArgumentOutOfRangeException)
            {
                return expected > int.MaxValue;
            }
        }
    }

    [Fact]
    public void Property_OnePerN_IsTheOneArgumentForm_AndMoreUnitsNeverCountFewer()
    {
        Gen.Select(Gen.Long[0, 10_000_000], Gen.Long[0, 1000], Gen.Int[1, 50], Gen.Long[1, 100_000]).Sample((units, more, count, per) =>
            CountFormula.PerUnits(1, per, RoundingMode.Up).Evaluate(units) == CountFormula.PerUnits(per, RoundingMode.Up).Evaluate(units)
            && CountFormula.PerUnits(count, per, RoundingMode.Up).Evaluate(units) <= CountFormula.PerUnits(count, per, RoundingMode.Up).Evaluate(units + more));
    }

    [Fact]
    public void ACountBeyondAnInt_IsRefusedNamingTheUnits_NotAnOverflow()
    {
        FluentActions.Invoking(() => CountFormula.PerUnits(1000, 1, RoundingMode.Up).Evaluate(long.MaxValue))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units").WithMessage("*1000 per 1 units rounded up*");
    }

    [Fact]
    public void ACountOrDivisorOfZeroOrLess_IsAProblemOfTheDefinition_BothListed()
    {
        var formula = CountFormula.PerUnits(0, -5, RoundingMode.Up);

        formula.IsValid.Should().BeFalse();
        formula.Problems.Select(p => p.Message).Should().Equal(
            "PerUnits(0, -5): the count is 0; expected a positive count per so many units.",
            "PerUnits(0, -5): the divisor is -5; expected a positive number of units per one.");
        FluentActions.Invoking(() => StaffingPolicy.Exactly(CountUnit.Residents, formula)).Should().Throw<PolicyDefinitionException>();
    }

    [Fact]
    public void ARequirement_OfTwelvePerTenThousandResidents_IsExplainedInBothLanguages()
    {
        var province = TestPlaces.Province;
        var catalog = PolicyCatalog.CreateBuilder().AddJurisdiction(KnownJurisdictions.China).AddJurisdiction(province)
            .Add(StaffingKinds.CommunityWorkers, province.Code, EffectivePeriod.Always, StaffingPolicy.Exactly(CountUnit.Residents, TwelvePerTenThousandUp), RuleId.Of("TP-STF-12"), Citation.Create("测试省社区工作者配备办法", "测试省民政厅", "测试省", SourceDate.InYear(2025)))
            .Build();
        var community = CommunityProfile.Create(province.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(10_001), HouseholdCount.Of(3_000));

        var explained = new StaffingEvaluator(catalog).ExplainRequirement(StaffingKinds.CommunityWorkers, new LocalDate(2025, 1, 1), community);

        explained.Value.Minimum.Should().Be(13);
        explained.Explanation.ToText(ExplanationLanguage.English).Should().Contain("12 per 10000 residents: 10001 × 12 = 120012; 120012 ÷ 10000 = 12 remainder 12, rounded up (a part counts as one): 13.");
        explained.Explanation.ToText(ExplanationLanguage.Chinese).Should().Contain("每10000人计12:10001×12=120012;120012÷10000=12余12,不足1个单位按1计,向上取整为13。");
    }

    [Fact]
    public void InADocument_ACountPerUnitsReadsAndWritesBack_AndOnePerUnitsWritesNoCount()
    {
        const string Policy = """{"unit":"Residents","exactly":{"perUnits":{"count":12,"units":10000,"rounding":"Up"}}}""";
        var json = Document(Policy);

        var document = PolicyDocument.Parse(json);

        var formula = ((PolicyVersion<StaffingPolicy>)document.Versions.Single()).Policy.Minimum;
        formula.Evaluate(10_001).Should().Be(13);
        document.ToJson(indented: false).Should().Contain("\"perUnits\":{\"count\":12,\"units\":10000,\"rounding\":\"Up\"}");
        PolicyDocument.Parse(Document(Policy.Replace("\"count\":12,", string.Empty, StringComparison.Ordinal))).ToJson(indented: false)
            .Should().Contain("\"perUnits\":{\"units\":10000,\"rounding\":\"Up\"}");
    }

    [Fact]
    public void InADocument_ACountOfZero_IsAProblemAtTheFormula()
    {
        PolicyDocument.TryParse(Document("""{"unit":"Residents","exactly":{"perUnits":{"count":0,"units":10000}}}"""), out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Should().Match<Domain.Documents.DocumentProblem>(p =>
            p.Path == "$.policies[0].policy.exactly" && p.Kind == Domain.Documents.DocumentProblemKind.Definition && p.Message.Contains("the count is 0", StringComparison.Ordinal));
    }

    private static string Document(string policy) => Json.CatalogJson.OneVersion("staffing.community-workers", policy);
}
