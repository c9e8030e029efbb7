using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>A register's decisions within a period, counted by kind of work and by outcome, with the funds received with admitted work.</summary>
public sealed class WorkloadSummary
{
    private static readonly int KindCount = Enum.GetValues<WorkItemKind>().Length;
    private static readonly int OutcomeCount = Enum.GetValues<AdmissionOutcome>().Length;
    private readonly int[] _counts;
    private readonly decimal[] _funds;

    // For JSON: the counts and funds by kind, as Counts and FundsByKind write them.
    [System.Text.Json.Serialization.JsonConstructor]
    internal WorkloadSummary(DateInterval period, Dictionary<WorkItemKind, Dictionary<AdmissionOutcome, int>> counts, Dictionary<WorkItemKind, Money> fundsByKind)
    {
        Period = Guard.Against.NullArgument(period);
        _counts = new int[KindCount * OutcomeCount];
        _funds = new decimal[KindCount];
        foreach (var (kind, byOutcome) in Guard.Against.NullArgument(counts))
        {
            foreach (var (outcome, count) in Guard.Against.NullArgument(byOutcome, nameof(counts)))
            {
                _counts[(Index(kind) * OutcomeCount) + Index(outcome)] = Guard.Against.NegativeCount(count, nameof(counts));
                Total += count;
            }
        }

        var funds = Money.Zero;
        foreach (var (kind, amount) in Guard.Against.NullArgument(fundsByKind))
        {
            _funds[Index(kind)] = amount.Yuan >= 0m ? amount.Yuan : throw GuardExtensions.OutOfRange(nameof(fundsByKind), amount, "must hold amounts of zero or more yuan");
            funds += amount;
        }

        FundsReceived = funds;
    }

    internal WorkloadSummary(DateInterval period, ImmutableArray<WorkloadRegister.Tally> tallies)
    {
        Period = period;
        _counts = new int[KindCount * OutcomeCount];
        _funds = new decimal[KindCount];
        var total = 0;
        var funds = 0m;
        var first = EffectivePeriod.DayKey(period.Start);
        var last = EffectivePeriod.DayKey(period.End);
        foreach (ref readonly var tally in tallies.AsSpan())
        {
            if (tally.Day < first || tally.Day > last)
            {
                continue;
            }

            _counts[(tally.Kind * OutcomeCount) + tally.Outcome]++;
            total++;
            if (tally.Funds != 0m)
            {
                _funds[tally.Kind] += tally.Funds;
                funds += tally.Funds;
            }
        }

        Total = total;
        FundsReceived = Money.FromYuan(funds);
    }

    /// <summary>Gets the days counted, first and last included.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoDateIntervalJsonConverter))]
    public DateInterval Period { get; }

    /// <summary>Gets the number of decisions counted.</summary>
    public int Total { get; }

    /// <summary>Gets the funds that came with admitted work (费随事转).</summary>
    public Money FundsReceived { get; }

    // JSON writes the counts by kind and outcome, and the funds by kind, leaving out zeros.
    [System.Text.Json.Serialization.JsonInclude]
    internal Dictionary<WorkItemKind, Dictionary<AdmissionOutcome, int>> Counts =>
        Enum.GetValues<WorkItemKind>().Where(kind => CountOf(kind) > 0).ToDictionary(
            kind => kind,
            kind => Enum.GetValues<AdmissionOutcome>().Where(outcome => CountOf(kind, outcome) > 0).ToDictionary(outcome => outcome, outcome => CountOf(kind, outcome)));

    [System.Text.Json.Serialization.JsonInclude]
    internal Dictionary<WorkItemKind, Money> FundsByKind =>
        Enum.GetValues<WorkItemKind>().Where(kind => _funds[Index(kind)] != 0m).ToDictionary(kind => kind, FundsReceivedFor);

    /// <summary>Gets the kinds of work with at least one decision, in the order of <see cref="WorkItemKind"/>.</summary>
    public ImmutableArray<WorkItemKind> Kinds =>
        [.. Enum.GetValues<WorkItemKind>().Where(kind => CountOf(kind) > 0)];

    /// <summary>Returns the number of decisions on work of a kind, whatever the outcome.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public int CountOf(WorkItemKind kind)
    {
        var start = Index(kind) * OutcomeCount;
        var count = 0;
        for (var outcome = 0; outcome < OutcomeCount; outcome++)
        {
            count += _counts[start + outcome];
        }

        return count;
    }

    /// <summary>Returns the number of decisions with an outcome, whatever the kind.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public int CountOf(AdmissionOutcome outcome)
    {
        var column = Index(outcome);
        var count = 0;
        for (var kind = 0; kind < KindCount; kind++)
        {
            count += _counts[(kind * OutcomeCount) + column];
        }

        return count;
    }

    /// <summary>Returns the number of decisions on work of a kind with an outcome.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="outcome"/> is not defined.</exception>
    public int CountOf(WorkItemKind kind, AdmissionOutcome outcome) => _counts[(Index(kind) * OutcomeCount) + Index(outcome)];

    /// <summary>Returns the funds that came with admitted work of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The funds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Money FundsReceivedFor(WorkItemKind kind) => Money.FromYuan(_funds[Index(kind)]);

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is WorkloadSummary other && Equals(Period, other.Period) && _counts.AsSpan().SequenceEqual(other._counts) && _funds.AsSpan().SequenceEqual(other._funds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Total, FundsReceived);

    /// <summary>Formats the summary.</summary>
    /// <returns>The period, total, outcomes and funds.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}: {Total} decision(s), {CountOf(AdmissionOutcome.Admitted)} admitted, {CountOf(AdmissionOutcome.Refusable)} refusable, {CountOf(AdmissionOutcome.Rejected)} rejected; funds received {FundsReceived}");

    private static int Index(WorkItemKind kind) =>
        unchecked((uint)kind) < (uint)KindCount ? (int)kind : throw GuardExtensions.OutOfRange(nameof(kind), kind, "must be a defined kind of work");

    private static int Index(AdmissionOutcome outcome) =>
        unchecked((uint)outcome) < (uint)OutcomeCount ? (int)outcome : throw GuardExtensions.OutOfRange(nameof(outcome), outcome, "must be a defined outcome");
}
