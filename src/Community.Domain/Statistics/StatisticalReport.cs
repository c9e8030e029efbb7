using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Community.Domain.Statistics;

/// <summary>The figures a source reports for a jurisdiction: totals with their breakdowns, kept exactly as the source gives them, even where they do not add up.</summary>
/// <remarks>A report is data, not a rule; it is held as a policy version so that it is attached to its jurisdiction, dated and cited like every rule, and a check lists every breakdown that does not add up (STA-01 to STA-04).</remarks>
public sealed class StatisticalReport
{
    private StatisticalReport(ImmutableArray<StatisticalTotal> totals) => Totals = totals;

    /// <summary>Gets the totals, in the source's order.</summary>
    public ImmutableArray<StatisticalTotal> Totals { get; }

    /// <summary>Creates a report.</summary>
    /// <param name="totals">The totals; at least one.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> or a total is null.</exception>
    /// <exception cref="ArgumentException">There are no totals.</exception>
    public static StatisticalReport Of(params IEnumerable<StatisticalTotal> totals)
    {
        var given = Guard.Against.NoNullElements(totals);

        return given.IsEmpty ? throw new ArgumentException("totals is empty; expected at least one total.", nameof(totals)) : new(given);
    }

    /// <summary>Formats the report, for diagnostics.</summary>
    /// <returns>A text listing the totals.</returns>
    public override string ToString() => string.Join("; ", Totals);
}
