using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Cases;

/// <summary>
/// One golden case read from a case document: an evaluation of a place on a day with given inputs, and
/// what it is expected to give (a rule id, a band, members of the result, phrases of the explanation).
/// <see cref="Run"/> evaluates it against a catalog and compares. See docs/policies-as-data.md.
/// </summary>
public sealed class GoldenCase
{
    private readonly Func<PolicyCatalog, CaseOutcome> _evaluate;

    internal GoldenCase(
        string name,
        string path,
        string evaluation,
        JurisdictionCode jurisdiction,
        LocalDate date,
        JsonElement inputs,
        Func<PolicyCatalog, CaseOutcome> evaluate,
        RuleId? expectedRuleId,
        int? expectedBand,
        JsonElement? expectedResult,
        ImmutableArray<string> expectedEnglish,
        ImmutableArray<string> expectedChinese,
        string? expectedRefusal)
    {
        ExpectedRefusal = expectedRefusal;
        Name = name;
        Path = path;
        Evaluation = evaluation;
        Jurisdiction = jurisdiction;
        Date = date;
        Inputs = inputs;
        _evaluate = evaluate;
        ExpectedRuleId = expectedRuleId;
        ExpectedBand = expectedBand;
        ExpectedResult = expectedResult;
        ExpectedEnglish = expectedEnglish;
        ExpectedChinese = expectedChinese;
    }

    /// <summary>Gets the case's name, unique within its document.</summary>
    public string Name { get; }

    /// <summary>Gets where the case stands in its document, such as <c>$.cases[3]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the evaluation the case runs, such as <c>committees.quota</c> (<see cref="Modules.ModuleRegistry.Evaluations"/>).</summary>
    public string Evaluation { get; }

    /// <summary>Gets the jurisdiction evaluated.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the day evaluated.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the inputs as the document gives them.</summary>
    public JsonElement Inputs { get; }

    /// <summary>Gets the rule id the answer must come from, if the case names one.</summary>
    public RuleId? ExpectedRuleId { get; }

    /// <summary>Gets the band (counting from 1, as explanations do) the answer must fall in, if the case names one.</summary>
    public int? ExpectedBand { get; }

    /// <summary>Gets the members the result must have, in the library's JSON form of the result, if the case names any; members not named are not compared.</summary>
    public JsonElement? ExpectedResult { get; }

    /// <summary>Gets the phrases the English explanation must contain.</summary>
    public ImmutableArray<string> ExpectedEnglish { get; }

    /// <summary>Gets the phrases the Chinese explanation must contain.</summary>
    public ImmutableArray<string> ExpectedChinese { get; }

    /// <summary>Gets a phrase the refusal must contain, if the case expects the evaluation to be refused (no version in force, an input the policy cannot take); null if it expects an answer.</summary>
    public string? ExpectedRefusal { get; }

    /// <summary>Evaluates the case against a catalog and compares the answer with what the case expects.</summary>
    /// <param name="catalog">The catalog to evaluate against.</param>
    /// <returns>The outcome: passed, or every difference, with the answer and its explanation in both languages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public GoldenCaseResult Run(PolicyCatalog catalog)
    {
        Guard.Against.NullArgument(catalog);
        CaseOutcome outcome;
        try
        {
            outcome = _evaluate(catalog);
        }
        catch (Exception refused) when (refused is PolicyNotInForceException or ArgumentException or InvalidOperationException)
        {
            return ExpectedRefusal is { } phrase && refused.Message.Contains(phrase, StringComparison.Ordinal)
                ? new GoldenCaseResult(this, [], null, null, null, null, null, refused.Message)
                : new GoldenCaseResult(this, [ExpectedRefusal is null ? $"the evaluation was refused: {refused.Message}" : $"refusal: expected to contain \"{ExpectedRefusal}\", actual \"{refused.Message}\""], null, null, null, null, null, refused.Message);
        }

        var differences = new List<string>();
        if (ExpectedRefusal is { } expectedRefusal)
        {
            differences.Add($"refusal: expected a refusal containing \"{expectedRefusal}\", actual an answer");
        }

        var explanation = outcome.Explanation;
        var band = Band(outcome.Result);
        if (ExpectedRuleId is { } rule && rule != explanation.RuleId)
        {
            differences.Add($"ruleId: expected {rule}, actual {explanation.RuleId}");
        }

        if (ExpectedBand is { } expectedBand && expectedBand != band)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"band: expected {expectedBand}, actual {(band is { } b ? b.ToString(CultureInfo.InvariantCulture) : "none")}"));
        }

        if (ExpectedResult is { } expected)
        {
            JsonSubset.Compare(expected, outcome.Result, "result", differences);
        }

        var english = explanation.ToText(ExplanationLanguage.English);
        var chinese = explanation.ToText(ExplanationLanguage.Chinese);
        differences.AddRange(ExpectedEnglish.Where(phrase => !english.Contains(phrase, StringComparison.Ordinal)).Select(phrase => $"explanation (English): expected to contain \"{phrase}\""));
        differences.AddRange(ExpectedChinese.Where(phrase => !chinese.Contains(phrase, StringComparison.Ordinal)).Select(phrase => $"explanation (Chinese): expected to contain \"{phrase}\""));
        return new GoldenCaseResult(this, [.. differences], outcome.Result.GetRawText(), explanation.RuleId, band, english, chinese, null);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Evaluation}, {Jurisdiction}, {Date:uuuu-MM-dd})");

    // The band a result fell in, counting from 1, if the result is read from a band table.
    private static int? Band(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("BandIndex", out var index) && index.TryGetInt32(out var zeroBased) && zeroBased >= 0
            ? zeroBased + 1
            : null;
}
