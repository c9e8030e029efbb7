using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>Decides work requests under the admission policy in force (ADM-01 to ADM-03), and reports a community's burden against the policy's caps (ADM-04).</summary>
/// <remarks>
/// The decision reads, in order: a prohibited kind is rejected whatever else holds; work within the
/// community's own duties needs no admission; under a policy with the emergency exception,
/// temporary important work and emergencies are carried out directly; any other work is admitted
/// when every condition holds and refusable otherwise, with each unmet condition listed.
/// Stateless and thread-safe; register it as a singleton. <see cref="Decide"/> allocates nothing.
/// </remarks>
public sealed class AdmissionEvaluator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="AdmissionEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public AdmissionEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Decides a request under the admission policy in force.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The day of the decision; an approval dated after it does not count yet.</param>
    /// <param name="request">The request.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No admission policy is in force there on <paramref name="asOf"/>.</exception>
    public AdmissionDecision Decide(JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request)
    {
        Guard.Against.NullArgument(request);
        return DecideUnder(_catalog.ResolveVersion(AdmissionKinds.WorkAdmission, jurisdiction, asOf), jurisdiction, asOf, request, null);
    }

    /// <summary>Decides a request when an admission policy is in force, without throwing when none is.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The day of the decision.</param>
    /// <param name="request">The request.</param>
    /// <param name="decision">The decision, when a policy is in force.</param>
    /// <returns>True when a policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryDecide(JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request, out AdmissionDecision decision)
    {
        Guard.Against.NullArgument(request);
        if (_catalog.TryResolve(AdmissionKinds.WorkAdmission, jurisdiction, asOf, out var resolution))
        {
            decision = DecideUnder(resolution.Version, jurisdiction, asOf, request, null);
            return true;
        }

        decision = default;
        return false;
    }

    /// <summary>Decides a request and explains the decision: the rule in force, every check that held or failed, and the sources, in English and Chinese.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The day of the decision.</param>
    /// <param name="request">The request.</param>
    /// <returns>The same decision as <see cref="Decide"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No admission policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<AdmissionDecision> ExplainDecision(JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request)
    {
        Guard.Against.NullArgument(request);
        var resolution = _catalog.Resolve(AdmissionKinds.WorkAdmission, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, resolution);
        var decision = DecideUnder(resolution.Version, jurisdiction, asOf, request, recorder);
        var (english, chinese) = AdmissionText.Result(decision);
        return new(decision, recorder.Result("admission", english, chinese));
    }

    /// <summary>Reports a community's admitted work in a calendar year against the caps of the admission policy in force on the last day of that year the register covers.</summary>
    /// <param name="register">The community's register.</param>
    /// <param name="year">The calendar year; it must overlap the register's period.</param>
    /// <returns>The counts by kind, the caps, what exceeds them, and the funds received.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> does not overlap the register's period.</exception>
    /// <exception cref="PolicyNotInForceException">No admission policy is in force for the register's jurisdiction on that day.</exception>
    public BurdenReport Burden(WorkloadRegister register, int year)
    {
        Guard.Against.NullArgument(register);
        var covered = register.Period;
        if (year < covered.Start.Year || year > covered.End.Year)
        {
            throw GuardExtensions.OutOfRange(
                nameof(year),
                year,
                string.Create(Invariant, $"must overlap the register's period, {covered.Start:uuuu-MM-dd} to {covered.End:uuuu-MM-dd}"));
        }

        var first = LocalDate.Max(new LocalDate(year, 1, 1), covered.Start);
        var last = LocalDate.Min(new LocalDate(year, 12, 31), covered.End);
        var version = _catalog.ResolveVersion(AdmissionKinds.WorkAdmission, register.Jurisdiction, last);
        return new BurdenReport(register, year, register.Summarise(new DateInterval(first, last)), version);
    }

    /// <summary>Says whether an application was, or is being, decided within the deadline in working days that the admission policy in force sets, counted against the caller's calendar.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date asked about: an undecided application is overdue once it is past the deadline.</param>
    /// <param name="request">The request; it must record the day of application (<see cref="WorkRequest.WithAppliedOn"/>), and its decision day if decided.</param>
    /// <param name="calendar">The working days: the library ships no holiday data.</param>
    /// <returns>The deadline, the decision and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The request records no day of application, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No admission policy is in force there on <paramref name="asOf"/>.</exception>
    public DecisionTimeliness Timeliness(JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request, WorkingCalendar calendar)
    {
        CheckTimeliness(request, calendar);
        return TimelinessUnder(_catalog.ResolveVersion(AdmissionKinds.WorkAdmission, jurisdiction, asOf), asOf, request, calendar, null);
    }

    /// <summary>Tries to say whether an application was decided in time, without throwing where no admission policy is in force.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="request">The request, recording its day of application.</param>
    /// <param name="calendar">The working days.</param>
    /// <param name="timeliness">The result, when a policy is in force.</param>
    /// <returns><see langword="true"/> when an admission policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The request records no day of application, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryTimeliness(JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request, WorkingCalendar calendar, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DecisionTimeliness? timeliness)
    {
        CheckTimeliness(request, calendar);
        timeliness = _catalog.FindVersion(AdmissionKinds.WorkAdmission, jurisdiction, asOf) is { } version ? TimelinessUnder(version, asOf, request, calendar, null) : null;
        return timeliness is not null;
    }

    /// <summary>Says whether an application was decided in time, with the explanation: the deadline counted in working days and the decision against it.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="request">The request, recording its day of application.</param>
    /// <param name="calendar">The working days.</param>
    /// <returns>The same result as <see cref="Timeliness"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The request records no day of application, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No admission policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<DecisionTimeliness> ExplainTimeliness(JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request, WorkingCalendar calendar)
    {
        CheckTimeliness(request, calendar);
        var version = _catalog.ResolveVersion(AdmissionKinds.WorkAdmission, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("applied-on", KernelText.Date(request.AppliedOn!.Value, ExplanationLanguage.English), KernelText.Date(request.AppliedOn.Value, ExplanationLanguage.Chinese));
        var timeliness = TimelinessUnder(version, asOf, request, calendar, recorder);
        var (english, chinese) = AdmissionText.TimelinessResult(timeliness);
        return new(timeliness, recorder.Result("timeliness", english, chinese));
    }

    private static void CheckTimeliness(WorkRequest request, WorkingCalendar calendar)
    {
        Guard.Against.NullArgument(request);
        Guard.Against.NullArgument(calendar);
        if (request.AppliedOn is null)
        {
            throw new ArgumentException("request records no day of application; expected WorkRequest.WithAppliedOn before asking about a decision deadline.", nameof(request));
        }
    }

    private static DecisionTimeliness TimelinessUnder(PolicyVersion<AdmissionPolicy> version, LocalDate asOf, WorkRequest request, WorkingCalendar calendar, ExplanationRecorder? recorder)
    {
        var applied = request.AppliedOn!.Value;
        var decided = request.DecidedOn ?? request.Approval?.Date;
        var taken = decided is { } on ? calendar.WorkingDaysBetween(applied, on) : (int?)null;
        if (version.Policy.DecisionDeadline is not { } days)
        {
            recorder?.Step(AdmissionText.NoDeadline());
            return new DecisionTimeliness(applied, null, null, decided, taken, []);
        }

        var deadline = calendar.AddWorkingDays(applied, days);
        recorder?.Step(AdmissionText.Deadline(applied, days, deadline));
        var findings = new FindingCollector(version, recorder);
        if (decided is { } decision)
        {
            findings.Check(decision <= deadline, AdmissionFindingCodes.DecidedLate, AdmissionText.Decided(decision, taken!.Value, deadline, days, late: true), AdmissionText.Decided(decision, taken.Value, deadline, days, late: false));
        }
        else if (asOf > deadline)
        {
            findings.Add(AdmissionFindingCodes.DecisionOverdue, FindingSeverity.Error, AdmissionText.Overdue(deadline, calendar.WorkingDaysBetween(deadline, asOf)), holds: false);
        }
        else
        {
            findings.Add(AdmissionFindingCodes.DecisionPending, FindingSeverity.Info, AdmissionText.Pending(deadline, calendar.WorkingDaysBetween(asOf, deadline)));
        }

        return new DecisionTimeliness(applied, days, deadline, decided, taken, findings.ToImmutable());
    }

    // The one decision. The explained path passes a recorder, which notes each check as the decision
    // makes it; the plain path passes null and allocates nothing.
    private AdmissionDecision DecideUnder(
        PolicyVersion<AdmissionPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        var list = request.ListItem is null ? null : _catalog.FindVersion(AdmissionKinds.List, jurisdiction, asOf);
        if (recorder is not null)
        {
            AdmissionText.Inputs(recorder, request);
            if (request.ListItem is { } named && (list is null || !list.Policy.TryFind(named, out _)))
            {
                var (english, chinese) = AdmissionText.NotListed(list?.Policy, named);
                recorder.Step(new(ExplanationStepKind.Condition, english, chinese));
            }
        }

        var unmet = AdmissionCondition.None;
        AdmissionOutcome outcome;
        if (request.ListItem is { } id && list is not null && list.Policy.TryFind(id, out var item))
        {
            // The list in force decides an item it holds.
            outcome = item.Standing switch
            {
                ListStanding.OwnDuty => AdmissionOutcome.NotNeeded,
                ListStanding.Assisting => AdmissionOutcome.Admitted,
                _ => AdmissionOutcome.Rejected,
            };
            if (recorder is not null)
            {
                recorder.AlsoApplies(list);
                var (english, chinese) = AdmissionText.Listed(list.Policy, item);
                recorder.Condition(item.Standing != ListStanding.Excluded, english, chinese);
            }
        }
        else if (policy.IsProhibited(request.Kind))
        {
            outcome = AdmissionOutcome.Rejected;
            if (recorder is not null)
            {
                var (english, chinese) = AdmissionText.Prohibition(request, policy, prohibited: true);
                recorder.Condition(false, english, chinese)
                    .Step(AdmissionText.NothingAdmitsProhibited(request.Approval is not null || request.Funds.Yuan > 0m || request.AuthorityTransferred));
            }
        }
        else
        {
            if (recorder is not null)
            {
                var (english, chinese) = AdmissionText.Prohibition(request, policy, prohibited: false);
                recorder.Condition(true, english, chinese);
            }

            var own = request.Duty is { } duty && policy.IsOwnDuty(duty);
            if (recorder is not null)
            {
                // Routing, not a condition: whether the work needs admission at all.
                var (english, chinese) = AdmissionText.OwnDuty(request, policy, own);
                recorder.Remark(english, chinese);
            }

            var urgent = request.Urgency != WorkUrgency.Ordinary;
            if (own)
            {
                outcome = AdmissionOutcome.NotNeeded;
            }
            else if (urgent && policy.CarriesOutEmergenciesDirectly)
            {
                outcome = AdmissionOutcome.CarriedOutDirectly;
                if (recorder is not null)
                {
                    var (english, chinese) = AdmissionText.Emergency(request.Urgency, direct: true);
                    recorder.Remark(english, chinese);
                }
            }
            else
            {
                if (recorder is not null && urgent)
                {
                    var (english, chinese) = AdmissionText.Emergency(request.Urgency, direct: false);
                    recorder.Remark(english, chinese);
                }

                unmet = policy.Unmet(request, asOf);
                outcome = unmet == AdmissionCondition.None ? AdmissionOutcome.Admitted : AdmissionOutcome.Refusable;
                if (recorder is not null)
                {
                    for (var bit = 1; bit <= (int)AdmissionCondition.EntrustmentFormAccepted; bit <<= 1)
                    {
                        if ((policy.Conditions & (AdmissionCondition)bit) != 0)
                        {
                            AdmissionText.Condition(recorder, policy, (AdmissionCondition)bit, request, unmet, asOf);
                        }
                    }
                }
            }
        }

        return new AdmissionDecision(request, jurisdiction, asOf, version, outcome, unmet);
    }
}
