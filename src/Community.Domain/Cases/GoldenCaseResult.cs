using System.Collections.Immutable;
using System.Text;
using Community.Domain.Sources;

namespace Community.Domain.Cases;

/// <summary>What running a golden case gave: whether it passed, every difference from what it expects, and the answer with its explanation in both languages.</summary>
public sealed class GoldenCaseResult
{
    internal GoldenCaseResult(GoldenCase goldenCase, ImmutableArray<string> differences, string? actualResult, RuleId? actualRuleId, int? actualBand, string? english, string? chinese, string? refusal)
    {
        Refusal = refusal;
        Case = goldenCase;
        Differences = differences;
        ActualResult = actualResult;
        ActualRuleId = actualRuleId;
        ActualBand = actualBand;
        EnglishExplanation = english;
        ChineseExplanation = chinese;
    }

    /// <summary>Gets the case run.</summary>
    public GoldenCase Case { get; }

    /// <summary>Gets a value indicating whether the answer is what the case expects.</summary>
    public bool Passed => Differences.IsEmpty;

    /// <summary>Gets every difference between what the case expects and the answer (or the refusal, if the evaluation was refused), such as <c>result.Quota.Total.Min: expected 5, actual 6</c>.</summary>
    public ImmutableArray<string> Differences { get; }

    /// <summary>Gets the answer in the library's JSON form, or null if the evaluation was refused.</summary>
    public string? ActualResult { get; }

    /// <summary>Gets the rule id the answer came from, or null if the evaluation was refused.</summary>
    public RuleId? ActualRuleId { get; }

    /// <summary>Gets the band the answer fell in (counting from 1), or null if it was not read from a band table or was refused.</summary>
    public int? ActualBand { get; }

    /// <summary>Gets the message of the refusal, if the evaluation was refused; null if it gave an answer.</summary>
    public string? Refusal { get; }

    /// <summary>Gets the explanation in English, or null if the evaluation was refused.</summary>
    public string? EnglishExplanation { get; }

    /// <summary>Gets the explanation in Chinese, or null if the evaluation was refused.</summary>
    public string? ChineseExplanation { get; }

    /// <summary>Describes the outcome: the case, expected beside actual for each difference, then the explanation in both languages.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Passed ? "passed: " : "FAILED: ").Append(Case).AppendLine();
        foreach (var difference in Differences)
        {
            text.Append("  ").AppendLine(difference);
        }

        if (!Passed && ActualResult is not null)
        {
            text.Append("  actual result: ").AppendLine(ActualResult);
        }

        if (!Passed && EnglishExplanation is not null)
        {
            text.AppendLine().AppendLine(EnglishExplanation).AppendLine(ChineseExplanation);
        }

        return text.ToString().TrimEnd();
    }
}
