using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Statistics;

/// <summary>A statistical report checked: every breakdown that does not add up to its total, as a finding that cites the figures.</summary>
public sealed class StatisticsCheck
{
    internal StatisticsCheck(StatisticalReport report, int breakdowns, ImmutableArray<Finding> findings)
    {
        Report = report;
        BreakdownsChecked = breakdowns;
        Findings = findings;
    }

    /// <summary>Gets the report checked, with every figure as the source gives it.</summary>
    public StatisticalReport Report { get; }

    /// <summary>Gets how many breakdowns were checked.</summary>
    public int BreakdownsChecked { get; }

    /// <summary>Gets a warning for each breakdown that does not add up; empty when every one does.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether every breakdown adds up to its total.</summary>
    public bool IsConsistent => Findings.IsEmpty;

    /// <summary>Formats the check, for diagnostics.</summary>
    /// <returns>A text such as <c>2 of 6 breakdowns do not add up</c>.</returns>
    public override string ToString() => IsConsistent ? $"all {BreakdownsChecked} breakdowns add up" : $"{Findings.Length} of {BreakdownsChecked} breakdowns do not add up";
}
