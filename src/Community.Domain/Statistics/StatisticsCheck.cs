using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Statistics;

/// <summary>A statistical report checked: every breakdown that does not add up to its total, as a finding that cites the figures.</summary>
public sealed class StatisticsCheck
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal StatisticsCheck(StatisticalReport report, int breakdownsChecked, int ratesChecked, ImmutableArray<Finding> findings)
    {
        Report = report;
        BreakdownsChecked = breakdownsChecked;
        RatesChecked = ratesChecked;
        Findings = findings;
        IsConsistent = findings.WarningCount() == 0;
    }

    /// <summary>Gets the report checked, with every figure as the source gives it.</summary>
    public StatisticalReport Report { get; }

    /// <summary>Gets how many breakdowns were checked.</summary>
    public int BreakdownsChecked { get; }

    /// <summary>Gets how many reported rates were checked.</summary>
    public int RatesChecked { get; }

    /// <summary>Gets a warning for each breakdown that does not add up and each rate its counts do not give, and a note for each rate reported with no counts to check it; empty when every figure agrees.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether every breakdown adds up and every rate with counts is what they give (notes aside).</summary>
    public bool IsConsistent { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is StatisticsCheck other && Equals(Report, other.Report) && Equals(BreakdownsChecked, other.BreakdownsChecked) && Equals(RatesChecked, other.RatesChecked) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Report, BreakdownsChecked, RatesChecked, Equality.Hash(Findings));

    /// <summary>Formats the check, for diagnostics.</summary>
    /// <returns>A text such as <c>2 of 8 breakdowns do not add up</c>.</returns>
    public override string ToString() => StatisticsText.Result(this).English;
}
