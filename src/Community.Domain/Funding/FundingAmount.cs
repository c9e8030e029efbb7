using System.Globalization;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Funding;

/// <summary>The result of evaluating a funding policy for one community: the annual amount and which rule and band gave it.</summary>
public readonly record struct FundingAmount : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal FundingAmount(Money annual, Money annualMaximum, FundingBasis basis, decimal units, RuleId ruleId, int bandIndex, bool isDecidedByFirstListedWins, CostShare? costShare = null, bool isExcluded = false)
    {
        _made = true;
        if (annualMaximum < annual || units < 0 || bandIndex < 0 || !Enum.IsDefined(basis))
        {
            throw Serialization.JsonValues.Invalid(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a funding amount of {annual} to {annualMaximum} {basis} for {units} units, band {bandIndex}"),
                "an amount no greater than its maximum, zero or more units of a declared basis, and a band from 0");
        }

        CostShare = costShare;
        IsExcluded = isExcluded;
        Annual = annual;
        AnnualMaximum = annualMaximum;
        Basis = basis;
        Units = units;
        RuleId = ruleId;
        BandIndex = bandIndex;
        IsDecidedByFirstListedWins = isDecidedByFirstListedWins;
    }

    /// <summary>Gets the amount a year; the least of the range when <see cref="IsRange"/>.</summary>
    public Money Annual { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Gets the most a year when the source gives a range; otherwise the same as <see cref="Annual"/>.</summary>
    public Money AnnualMaximum { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Gets a value indicating whether the source gives a range, from <see cref="Annual"/> to <see cref="AnnualMaximum"/>, and no number within it.</summary>
    public bool IsRange => AnnualMaximum != Annual;

    /// <summary>Gets what the amount is counted per.</summary>
    public FundingBasis Basis { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Gets how many units were counted: 1 community, the workers, the households divided by 100, or the branches.</summary>
    public decimal Units { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Gets the zero-based listed position of the population band that applied.</summary>
    public int BandIndex { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Gets a value indicating whether the population was a boundary shared by two bands, decided by the first-listed-wins reading.</summary>
    public bool IsDecidedByFirstListedWins { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Formats the amount.</summary>
    /// <returns>A text such as <c>10000.00 CNY a year (FUN-01, band 1)</c>.</returns>
    /// <summary>Gets how the policy shares the cost between payers, or <see langword="null"/> when it does not say.</summary>
    public CostShare? CostShare { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Gets a value indicating whether the policy excludes the community's kind, so the amount is zero.</summary>
    public bool IsExcluded { get => _made ? field : throw GuardExtensions.DefaultInstance<FundingAmount>("FundingEvaluator.Amount"); }

    /// <summary>Formats the amount, for diagnostics.</summary>
    /// <returns>A text such as <c>10000.00 CNY a year (FUN-01, band 1)</c>.</returns>
    public override string ToString() =>
        !_made ? "default FundingAmount" : IsExcluded ? string.Create(CultureInfo.InvariantCulture, $"{Annual} a year ({RuleId}, kind of community excluded)")
        : IsRange
            ? string.Create(CultureInfo.InvariantCulture, $"{Annual} to {AnnualMaximum} a year ({RuleId}, a range)")
            : string.Create(CultureInfo.InvariantCulture, $"{Annual} a year ({RuleId}, band {BandIndex + 1})");
}
