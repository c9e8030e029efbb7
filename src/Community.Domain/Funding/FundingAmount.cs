using System.Globalization;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Funding;

/// <summary>The result of evaluating a funding policy for one community: the annual amount and which rule and band gave it.</summary>
public readonly record struct FundingAmount
{
    internal FundingAmount(Money annual, RuleId ruleId, int bandIndex, bool isDecidedByFirstListedWins)
    {
        Annual = annual;
        RuleId = ruleId;
        BandIndex = bandIndex;
        IsDecidedByFirstListedWins = isDecidedByFirstListedWins;
    }

    /// <summary>Gets the amount a year.</summary>
    public Money Annual { get; }

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the zero-based listed position of the population band that applied.</summary>
    public int BandIndex { get; }

    /// <summary>Gets a value indicating whether the population was a boundary shared by two bands, decided by the first-listed-wins reading.</summary>
    public bool IsDecidedByFirstListedWins { get; }

    /// <summary>Formats the result, for diagnostics.</summary>
    /// <returns>A text such as <c>10000.00 CNY a year (FUN-01, band 1)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Annual} a year ({RuleId}, band {BandIndex + 1})");
}
