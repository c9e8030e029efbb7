using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Community.Domain.Statistics;

/// <summary>The figures a source reports for a jurisdiction: totals with their breakdowns, kept exactly as the source gives them, even where they do not add up.</summary>
/// <remarks>A report is data, not a rule; it is held as a policy version so that it is attached to its jurisdiction, dated and cited like every rule, and a check lists every breakdown that does not add up (STA-01 to STA-04).</remarks>
public sealed class StatisticalReport
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal StatisticalReport(ImmutableArray<StatisticalTotal> totals, ImmutableArray<StatisticalRate> rates)
    {
        Totals = Guard.Against.NoNullElements(totals);
        Rates = Guard.Against.NoNullElements(rates);
        if (totals.IsEmpty && rates.IsEmpty)
        {
            throw new ArgumentException("totals and rates are both empty; expected at least one total or rate.", nameof(totals));
        }
    }

    /// <summary>Gets the totals, in the source's order.</summary>
    public ImmutableArray<StatisticalTotal> Totals { get; }

    /// <summary>Gets the rates the source reports, in its order; empty when it reports none.</summary>
    public ImmutableArray<StatisticalRate> Rates { get; }

    /// <summary>Creates a report.</summary>
    /// <param name="totals">The totals; at least one.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> or a total is null.</exception>
    /// <exception cref="ArgumentException">There are no totals.</exception>
    public static StatisticalReport Of(params IEnumerable<StatisticalTotal> totals)
    {
        var given = Guard.Against.NoNullElements(totals);

        return given.IsEmpty ? throw new ArgumentException("totals is empty; expected at least one total.", nameof(totals)) : new(given, []);
    }

    /// <summary>Creates a report of rates only, such as a petition office's mediation rate (WF-03).</summary>
    /// <param name="rates">The rates; at least one.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or a rate is null.</exception>
    /// <exception cref="ArgumentException">There are no rates.</exception>
    public static StatisticalReport OfRates(params IEnumerable<StatisticalRate> rates)
    {
        var given = Guard.Against.NoNullElements(rates);

        return given.IsEmpty ? throw new ArgumentException("rates is empty; expected at least one rate.", nameof(rates)) : new([], given);
    }

    /// <summary>Returns a copy of this report that also holds rates.</summary>
    /// <param name="rates">The rates to add, after those already held.</param>
    /// <returns>The report with the rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or a rate is null.</exception>
    public StatisticalReport WithRates(params IEnumerable<StatisticalRate> rates) => new(Totals, Rates.AddRange(Guard.Against.NoNullElements(rates)));

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is StatisticalReport other && Equality.Same(Totals, other.Totals) && Equality.Same(Rates, other.Rates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Totals), Equality.Hash(Rates));

    /// <summary>Formats the report, for diagnostics.</summary>
    /// <returns>A text listing the totals.</returns>
    public override string ToString() => string.Join("; ", Totals.Select(t => t.ToString()).Concat(Rates.Select(r => r.ToString())));
}
