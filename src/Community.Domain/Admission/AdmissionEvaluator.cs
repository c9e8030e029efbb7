using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
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
        var recorder = ExplanationRecorder.Start(_catalog, resolution);
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

    // The one decision. The explained path passes a recorder, which notes each check as the decision
    // makes it; the plain path passes null and allocates nothing.
    private static AdmissionDecision DecideUnder(
        PolicyVersion<AdmissionPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, WorkRequest request, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        if (recorder is not null)
        {
            AdmissionText.Inputs(recorder, request);
        }

        var unmet = AdmissionCondition.None;
        AdmissionOutcome outcome;
        if (policy.IsProhibited(request.Kind))
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
                var (english, chinese) = AdmissionText.OwnDuty(request, policy, own);
                recorder.Condition(own, english, chinese);
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
                    recorder.Condition(true, english, chinese);
                }
            }
            else
            {
                if (recorder is not null && urgent)
                {
                    var (english, chinese) = AdmissionText.Emergency(request.Urgency, direct: false);
                    recorder.Condition(false, english, chinese);
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
