using System.Text.Json;
using Community.Domain.Assessments;
using Community.Domain.Committees;
using Community.Domain.Grids;
using Community.Domain.Premises;

namespace Community.Domain.Tests.Assessments;

public class FindingCodeTests
{
    [Theory]
    [InlineData("committees.too-few-members")]
    [InlineData("grids.too-few-grids")]
    [InlineData("wuhan.staffing.short-by-2")]
    [InlineData("a.b")]
    public void Of_WellFormedCode_KeepsItsText(string text)
    {
        var code = FindingCode.Of(text);

        code.Value.Should().Be(text);
        code.ToString().Should().Be(text);
        code.IsEmpty.Should().BeFalse();
        code.Should().Be(FindingCode.Of(text));
        FindingCode.TryOf(text, out var tried).Should().BeTrue();
        tried.Should().Be(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("committees")]
    [InlineData("Committees.TooFewMembers")]
    [InlineData("committees.too_few")]
    [InlineData("committees..too-few")]
    [InlineData(".too-few")]
    [InlineData("committees.")]
    [InlineData("committees.-too-few")]
    [InlineData("committees.too-few-")]
    [InlineData("committees.too--few")]
    [InlineData("committees.too few")]
    public void Of_MalformedCode_ThrowsNamingTheValue(string text)
    {
        FluentActions.Invoking(() => FindingCode.Of(text)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "value").WithMessage($"*value is \"{text}\"*committees.too-few-members*");
        FindingCode.TryOf(text, out var code).Should().BeFalse();
        code.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Of_Null_Throws()
    {
        FluentActions.Invoking(() => FindingCode.Of(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "value");
        FindingCode.TryOf(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Default_IsTheEmptyCode()
    {
        default(FindingCode).IsEmpty.Should().BeTrue();
        default(FindingCode).Value.Should().BeEmpty();
        default(FindingCode).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Json_WritesAndReadsTheText()
    {
        JsonSerializer.Serialize(CommitteeFindingCodes.TooFewMembers).Should().Be("\"committees.too-few-members\"");
        JsonSerializer.Deserialize<FindingCode>("\"grids.too-many-grids\"").Should().Be(GridFindingCodes.TooManyGrids);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<FindingCode>("\"Not A Code\"")).Should().Throw<JsonException>().WithMessage("*Not A Code*");
    }

    [Fact]
    public void ModuleCodes_AreDistinctAndNamedAfterTheirModule()
    {
        static IEnumerable<FindingCode> Codes(Type type) => type.GetProperties().Select(p => (FindingCode)p.GetValue(null)!);
        var committees = Codes(typeof(CommitteeFindingCodes)).ToList();
        var grids = Codes(typeof(GridFindingCodes)).ToList();
        var premises = Codes(typeof(PremisesFindingCodes)).ToList();
        var staffing = Codes(typeof(Community.Domain.Staffing.StaffingFindingCodes)).ToList();

        committees.Should().HaveCount(21).And.OnlyContain(c => c.Value.StartsWith("committees.", StringComparison.Ordinal));
        grids.Should().HaveCount(6).And.OnlyContain(c => c.Value.StartsWith("grids.", StringComparison.Ordinal));
        premises.Should().HaveCount(6).And.OnlyContain(c => c.Value.StartsWith("premises.", StringComparison.Ordinal));
        staffing.Should().HaveCount(2).And.OnlyContain(c => c.Value.StartsWith("staffing.", StringComparison.Ordinal));
        committees.Concat(grids).Concat(premises).Concat(staffing).Append(AssessmentFindingCodes.ContradictsHigherLevel).Should().OnlyHaveUniqueItems();
        AssessmentFindingCodes.ContradictsHigherLevel.Value.Should().Be("levels.contradicts-higher-level");
        PremisesFindingCodes.LandNotChecked.Value.Should().Be("premises.land-not-checked");
    }

    [Fact]
    public void Severities_OrderFromInfoToError() =>
        new[] { FindingSeverity.Info, FindingSeverity.Warning, FindingSeverity.Error }.Should().BeInAscendingOrder();
}
