using Community.Domain.Sources;

namespace Community.Domain.Tests.Sources;

public class RuleIdTests
{
    [Theory]
    [InlineData("COM-01")]
    [InlineData("WH-QUOTA-01")]
    [InlineData("A1-B2")]
    public void Of_WellFormed_KeepsText(string text)
    {
        var id = RuleId.Of(text);

        id.Value.Should().Be(text);
        id.ToString().Should().Be(text);
        id.IsEmpty.Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("COM01")]
    [InlineData("com-01")]
    [InlineData("COM-")]
    [InlineData("-01")]
    [InlineData("COM--01")]
    [InlineData("1COM-01")]
    [InlineData("COM-01 ")]
    public void Of_Malformed_ThrowsNamingValue(string text)
    {
        var act = () => RuleId.Of(text);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "value")
            .WithMessage($"*value is \"{text}\"*such as \"COM-01\"*");
    }

    [Fact]
    public void Of_Null_ThrowsArgumentNull()
    {
        var act = () => RuleId.Of(null!);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "value");
    }

    [Fact]
    public void TryOf_ReportsWellFormedness()
    {
        RuleId.TryOf("FUN-01", out var id).Should().BeTrue();
        id.Should().Be(RuleId.Fun01);
        RuleId.TryOf("fun-01", out var bad).Should().BeFalse();
        bad.IsEmpty.Should().BeTrue();
        RuleId.TryOf(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Default_IsEmpty()
    {
        default(RuleId).IsEmpty.Should().BeTrue();
        default(RuleId).Value.Should().BeEmpty();
    }

    [Fact]
    public void Constants_MatchEveryRuleIdOfTheCatalogue()
    {
        var expected = new[]
        {
            "COM-01", "COM-02", "COM-03", "COM-04", "COM-05",
            "SUB-01", "SUB-02", "SUB-03", "SUB-04", "SUB-05", "SUB-06",
            "FUN-01", "FUN-02", "FUN-03", "FUN-04", "FUN-05",
            "FAC-01", "FAC-02", "FAC-03", "FAC-04", "FAC-05", "FAC-06",
            "GRD-01", "GRD-02",
            "ADM-01", "ADM-02", "ADM-03", "ADM-04",
            "WF-01", "WF-02", "WF-03", "WF-04",
            "PAR-01", "PAR-02", "PAR-03", "PAR-04",
            "STA-01", "STA-02", "STA-03", "STA-04",
        };
        var constants = typeof(RuleId).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(RuleId))
            .ToDictionary(p => p.Name, p => ((RuleId)p.GetValue(null)!).Value);

        constants.Values.Should().BeEquivalentTo(expected);
        foreach (var (name, value) in constants)
        {
            name.Should().Be(string.Concat(value.Split('-').Select(part => part[0] + part[1..].ToLowerInvariant())), "the constant for {0} follows the Com01 naming", value);
        }
    }
}
