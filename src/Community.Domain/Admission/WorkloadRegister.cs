using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>A community's record of the work requests it received and the decisions on them, over a period (ADM-04).</summary>
/// <remarks>
/// Immutable: <see cref="Add"/> and <see cref="AddRange"/> return a new register and leave this one as
/// it was. A register holds each request once and only decisions made for its jurisdiction on days
/// within its period. Adding one decision copies the entries (linear in their number); add many at
/// once with <see cref="AddRange"/>.
/// </remarks>
public sealed class WorkloadRegister
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly ImmutableHashSet<WorkRequest> _requests;
    private readonly ImmutableArray<Tally> _tallies;

    private WorkloadRegister(CommunityProfile community, DateInterval period, ImmutableArray<AdmissionDecision> decisions, ImmutableHashSet<WorkRequest> requests, ImmutableArray<Tally> tallies)
    {
        Community = community;
        Period = period;
        Decisions = decisions;
        _requests = requests;
        _tallies = tallies;
    }

    /// <summary>Gets the community whose work the register records.</summary>
    public CommunityProfile Community { get; }

    /// <summary>Gets the community's jurisdiction, whose admission policy decides its requests.</summary>
    public JurisdictionCode Jurisdiction => Community.Jurisdiction;

    /// <summary>Gets the days the register covers, first and last included.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoDateIntervalJsonConverter))]
    public DateInterval Period { get; }

    /// <summary>Gets the decisions recorded, in the order they were added.</summary>
    public ImmutableArray<AdmissionDecision> Decisions { get; }

    /// <summary>Gets the rule a register serves: ADM-04, which a count of admitted items by kind makes measurable.</summary>
    public static RuleId RuleId => RuleId.Adm04;

    /// <summary>Gets the sources of ADM-04.</summary>
    public static ImmutableArray<Citation> Citations => AdmissionPolicies.BurdenSources;

    /// <summary>Gets the number of decisions recorded.</summary>
    public int Count => Decisions.Length;

    /// <summary>Creates an empty register.</summary>
    /// <param name="community">The community, the same one every module reads; its jurisdiction's admission policy decides.</param>
    /// <param name="period">The days the register covers, in the ISO calendar.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is not in the ISO calendar.</exception>
    public static WorkloadRegister Create(CommunityProfile community, DateInterval period)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NullArgument(period);
        EffectivePeriod.CheckIso(period.Start, nameof(period));
        return new(community, period, [], ImmutableHashSet<WorkRequest>.Empty, []);
    }

    /// <summary>Returns a register with one more decision.</summary>
    /// <param name="decision">A decision made by <see cref="AdmissionEvaluator"/> for this register's jurisdiction, on a day within its period, on a request not yet recorded.</param>
    /// <returns>A new register.</returns>
    /// <exception cref="ArgumentException">The decision is the default value, is for another jurisdiction, or its request is already recorded.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The decision's day is outside the register's period.</exception>
    public WorkloadRegister Add(AdmissionDecision decision)
    {
        Check(decision, nameof(decision));
        if (_requests.Contains(decision.Request))
        {
            throw Duplicate(decision, nameof(decision));
        }

        return new(Community, Period, Decisions.Add(decision), _requests.Add(decision.Request), _tallies.Add(Tally.Of(decision)));
    }

    /// <summary>Returns a register with more decisions; when any one cannot be added, none is.</summary>
    /// <param name="decisions">Decisions, each of which <see cref="Add"/> would accept, with no request repeated.</param>
    /// <returns>A new register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> is null.</exception>
    /// <exception cref="ArgumentException">A decision is the default value, is for another jurisdiction, or its request is already recorded or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A decision's day is outside the register's period.</exception>
    public WorkloadRegister AddRange(IEnumerable<AdmissionDecision> decisions)
    {
        Guard.Against.NullArgument(decisions);
        var added = Decisions.ToBuilder();
        var tallies = _tallies.ToBuilder();
        var requests = _requests.ToBuilder();
        var index = 0;
        foreach (var decision in decisions)
        {
            if (decision.Equals(default))
            {
                throw GuardExtensions.DefaultArgument<AdmissionDecision>(string.Create(Invariant, $"decisions[{index}]"), "AdmissionEvaluator.Decide");
            }

            index++;
            Check(decision, nameof(decisions));
            if (!requests.Add(decision.Request))
            {
                throw Duplicate(decision, nameof(decisions));
            }

            added.Add(decision);
            tallies.Add(Tally.Of(decision));
        }

        return new(Community, Period, added.ToImmutable(), requests.ToImmutable(), tallies.ToImmutable());
    }

    /// <summary>Returns a value indicating whether a request is recorded.</summary>
    /// <param name="request">The request.</param>
    /// <returns>True when a decision on an equal request is in the register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public bool Contains(WorkRequest request) => _requests.Contains(Guard.Against.NullArgument(request));

    /// <summary>Counts the whole register by kind and by outcome, with the funds received.</summary>
    /// <returns>The summary of every decision recorded.</returns>
    public WorkloadSummary Summarise() => new(Period, _tallies);

    /// <summary>Counts the decisions made on days within a period by kind and by outcome, with the funds received.</summary>
    /// <param name="period">The days to count, first and last included; it may reach outside the register's period.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is not in the ISO calendar.</exception>
    public WorkloadSummary Summarise(DateInterval period)
    {
        Guard.Against.NullArgument(period);
        EffectivePeriod.CheckIso(period.Start, nameof(period));
        return new(period, _tallies);
    }

    /// <summary>Formats the register.</summary>
    /// <returns>The community, jurisdiction, period and count.</returns>
    public override string ToString() =>
        string.Create(Invariant, $"{Community.Name} ({Jurisdiction}) {Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}: {Count} decision(s)");

    private void Check(AdmissionDecision decision, string parameterName)
    {
        if (decision.Equals(default))
        {
            throw new ArgumentException($"{parameterName} holds the default decision; expected one made by AdmissionEvaluator.", parameterName);
        }

        if (decision.Jurisdiction != Jurisdiction)
        {
            throw new ArgumentException(
                string.Create(Invariant, $"{parameterName} holds a decision for jurisdiction {decision.Jurisdiction}; expected one for the register's jurisdiction, {Jurisdiction}."),
                parameterName);
        }

        if (!Period.Contains(decision.AsOf))
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                decision.AsOf,
                string.Create(Invariant, $"{parameterName} holds a decision made on {decision.AsOf:uuuu-MM-dd}; expected a day within the register's period, {Period.Start:uuuu-MM-dd} to {Period.End:uuuu-MM-dd}."));
        }
    }

    private static ArgumentException Duplicate(AdmissionDecision decision, string parameterName) =>
        new($"{parameterName} holds a decision on a request already recorded: {decision.Request}.", parameterName);

    /// <summary>What a summary counts of one decision, laid out to be read in a tight loop: its day as a key, kind, outcome and the funds it brought.</summary>
    internal readonly record struct Tally(int Day, int Kind, int Outcome, decimal Funds)
    {
        public static Tally Of(AdmissionDecision decision) => new(
            EffectivePeriod.DayKey(decision.AsOf),
            (int)decision.Request.Kind,
            (int)decision.Outcome,
            decision.Outcome == AdmissionOutcome.Admitted ? decision.Request.Funds.Yuan : 0m);
    }
}
