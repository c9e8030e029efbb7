using System.Text.Json;
using Community.Domain.Explanations;
using Community.Domain.Sources;
using Community.Domain.Tests.Golden;

namespace Community.Domain.Tests.Json;

/// <summary>Explanations, citations and source dates read back from System.Text.Json into what was written, with no converter the caller writes.</summary>
public sealed class ExplanationJsonTests
{
    public static TheoryData<string> Names() => [.. GoldenExplanationTests.Cases().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void AnExplanation_ReadsBack_ToTheSameTextInBothLanguages_AndTheSameJson(string name)
    {
        var explanation = GoldenExplanationTests.Cases().Single(c => c.Name == name).Explanation;
        var json = JsonSerializer.Serialize(explanation);

        var read = JsonSerializer.Deserialize<Explanation>(json)!;

        JsonSerializer.Serialize(read).Should().Be(json);
        read.ToText(ExplanationLanguage.English).Should().Be(explanation.ToText(ExplanationLanguage.English));
        read.ToText(ExplanationLanguage.Chinese).Should().Be(explanation.ToText(ExplanationLanguage.Chinese));
        read.Citations.Should().Equal(explanation.Citations);
        read.RuleId.Should().Be(explanation.RuleId);
        read.AsOf.Should().Be(explanation.AsOf);
    }

    [Fact]
    public void EveryBuiltInCitation_ReadsBackEqual()
    {
        var citations = Domain.BuiltIn.BuiltInCatalog.Instance.Versions.SelectMany(v => v.Citations).Distinct().ToList();

        citations.Should().NotBeEmpty();
        citations.Should().AllSatisfy(c => JsonSerializer.Deserialize<Citation>(JsonSerializer.Serialize(c)).Should().Be(c));
    }

    [Theory]
    [InlineData("\"2005\"", 2005, null, null)]
    [InlineData("\"2008-02\"", 2008, 2, null)]
    [InlineData("\"2016-11-22\"", 2016, 11, 22)]
    public void SourceDates_AreWrittenAtTheirPrecision_AndReadBack(string json, int year, int? month, int? day)
    {
        var date = JsonSerializer.Deserialize<SourceDate>(json);

        (date.Year, date.Month, date.Day).Should().Be((year, month, day));
        JsonSerializer.Serialize(date).Should().Be(json);
    }

    [Theory]
    [InlineData("\"1948\"")]
    [InlineData("\"2008-13\"")]
    [InlineData("\"2008-2\"")]
    [InlineData("\"2016-02-30\"")]
    [InlineData("\"２００５\"")]
    [InlineData("2005")]
    public void MalformedSourceDates_AreRefused(string json) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<SourceDate>(json)).Should().Throw<JsonException>().WithMessage("* is not a source date such as \"2005\", \"2008-02\" or \"2016-11-22\", from 1949 to 9999.");
}
