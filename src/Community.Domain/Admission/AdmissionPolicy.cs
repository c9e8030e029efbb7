using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;

namespace Community.Domain.Admission;

/// <summary>
/// A jurisdiction's work-admission policy (社区工作准入制): the community's own duties, the kinds of
/// work never allowed, whether emergencies are carried out directly, the conditions for admitting
/// other work, and any yearly caps on admitted items.
/// </summary>
/// <remarks>
/// Define one with <see cref="CreateBuilder"/>, or derive one from another with
/// <see cref="ToBuilder"/>. The policy is immutable; every text a decision may need is made when it
/// is built, so deciding allocates nothing.
/// </remarks>
public sealed class AdmissionPolicy
{
    private readonly int _ownDutyMask;
    private readonly int _prohibitedMask;
    private readonly int _formMask;
    private readonly int[] _capByKind;
    private readonly (string English, string Chinese)[] _requirements;

    internal AdmissionPolicy(
        ImmutableArray<CommunityDuty> ownDuties,
        ImmutableArray<WorkItemKind> prohibitedKinds,
        bool carriesOutEmergenciesDirectly,
        AdmissionCondition conditions,
        Authority? applicationOffice,
        Authority? approvingAuthority,
        ImmutableArray<EntrustmentForm> entrustmentForms,
        ImmutableArray<AdmissionCap> caps,
        int? decisionDeadline = null)
    {
        DecisionDeadline = decisionDeadline;
        OwnDuties = ownDuties;
        ProhibitedKinds = prohibitedKinds;
        CarriesOutEmergenciesDirectly = carriesOutEmergenciesDirectly;
        Conditions = conditions;
        ApplicationOffice = applicationOffice;
        ApprovingAuthority = approvingAuthority;
        EntrustmentForms = entrustmentForms;
        Caps = caps;
        _ownDutyMask = ownDuties.Aggregate(0, static (mask, duty) => mask | (1 << (int)duty));
        _prohibitedMask = prohibitedKinds.Aggregate(0, static (mask, kind) => mask | (1 << (int)kind));
        _formMask = entrustmentForms.Aggregate(0, static (mask, form) => mask | (1 << (int)form));
        _capByKind = new int[Enum.GetValues<WorkItemKind>().Length];
        Array.Fill(_capByKind, -1);
        foreach (var cap in caps)
        {
            if (cap.Kind is { } kind)
            {
                _capByKind[(int)kind] = cap.PerYear;
            }
            else
            {
                TotalCap = cap.PerYear;
            }
        }

        _requirements = new (string, string)[ConditionCount];
        for (var bit = 0; bit < ConditionCount; bit++)
        {
            var condition = (AdmissionCondition)(1 << bit);
            if ((conditions & condition) != 0)
            {
                _requirements[bit] = (Requirement(condition, ExplanationLanguage.English), Requirement(condition, ExplanationLanguage.Chinese));
            }
        }
    }

    /// <summary>Gets the duties the policy counts as the community's own, for which no admission is needed (ADM-03).</summary>
    public ImmutableArray<CommunityDuty> OwnDuties { get; }

    /// <summary>Gets the kinds of work never allowed, whatever the approval (ADM-02).</summary>
    public ImmutableArray<WorkItemKind> ProhibitedKinds { get; }

    /// <summary>Gets a value indicating whether temporary important work and emergencies are carried out directly by the town (street office) and the departments rather than entrusted (ADM-02).</summary>
    public bool CarriesOutEmergenciesDirectly { get; }

    /// <summary>Gets the conditions other work must meet to be admitted.</summary>
    public AdmissionCondition Conditions { get; }

    /// <summary>Gets the office written applications must go to, or null when the policy names none.</summary>
    public Authority? ApplicationOffice { get; }

    /// <summary>Gets the authority that must approve the work, or null when any approval counts or none is required.</summary>
    public Authority? ApprovingAuthority { get; }

    /// <summary>Gets the forms of entrustment the policy accepts; empty when it names none.</summary>
    public ImmutableArray<EntrustmentForm> EntrustmentForms { get; }

    /// <summary>Gets the yearly caps on admitted items; empty when the policy sets none.</summary>
    public ImmutableArray<AdmissionCap> Caps { get; }

    /// <summary>Gets the most admitted items of all kinds together in a calendar year, or null when uncapped.</summary>
    public int? TotalCap { get; }

    private static int ConditionCount { get; } = Enum.GetValues<AdmissionCondition>().Length - 1;

    /// <summary>Gets the working days within which an application must be decided, or <see langword="null"/> when the policy sets no deadline.</summary>
    public int? DecisionDeadline { get; }

    /// <summary>Starts the definition of a policy with no duties, prohibitions, conditions or caps.</summary>
    /// <returns>An empty builder.</returns>
    public static AdmissionPolicyBuilder CreateBuilder() => new();

    /// <summary>Starts the definition of a policy from this one, to change or add to it.</summary>
    /// <returns>A builder holding everything this policy holds.</returns>
    public AdmissionPolicyBuilder ToBuilder() => new(this);

    /// <summary>Returns a value indicating whether a duty is among the community's own under this policy.</summary>
    /// <param name="duty">The duty.</param>
    /// <returns>True when no admission is needed for work within it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duty"/> is not a defined <see cref="CommunityDuty"/>.</exception>
    public bool IsOwnDuty(CommunityDuty duty) => (_ownDutyMask & (1 << (int)Guard.Against.UndefinedEnum(duty))) != 0;

    /// <summary>Returns a value indicating whether a kind of work is prohibited under this policy.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True when no approval can admit it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="WorkItemKind"/>.</exception>
    public bool IsProhibited(WorkItemKind kind) => (_prohibitedMask & (1 << (int)Guard.Against.UndefinedEnum(kind))) != 0;

    /// <summary>Returns a value indicating whether this policy accepts a form of entrustment.</summary>
    /// <param name="form">The form.</param>
    /// <returns>True when the form is accepted, or when the policy names no form.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not a defined <see cref="EntrustmentForm"/>.</exception>
    public bool Accepts(EntrustmentForm form) => (int)Guard.Against.UndefinedEnum(form) >= 0 && (_formMask == 0 || (_formMask & (1 << (int)form)) != 0);

    /// <summary>Returns the yearly cap on admitted items of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The cap, or null when the kind is uncapped.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="WorkItemKind"/>.</exception>
    public int? CapOf(WorkItemKind kind) => (int)Guard.Against.UndefinedEnum(kind) < _capByKind.Length && _capByKind[(int)kind] >= 0 ? _capByKind[(int)kind] : null;

    /// <summary>Returns what a condition of this policy requires, in a language.</summary>
    /// <param name="condition">One condition the policy sets.</param>
    /// <param name="language">The language.</param>
    /// <returns>A sentence such as "The department must apply in writing to the district community office (区社区办)."</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not a single condition this policy sets.</exception>
    public string Describe(AdmissionCondition condition, ExplanationLanguage language)
    {
        Guard.Against.Language(language);
        var text = RequirementOf(condition);
        return text.English is null
            ? throw GuardExtensions.OutOfRange(nameof(condition), condition, "must be a single condition this policy sets: " + Conditions)
            : language == ExplanationLanguage.Chinese ? text.Chinese : text.English;
    }

    /// <summary>Formats the policy.</summary>
    /// <returns>A summary of duties, prohibitions, exception and conditions.</returns>
    public override string ToString() =>
        $"own duties: {(OwnDuties.IsEmpty ? "none" : string.Join(", ", OwnDuties))}; prohibited: {(ProhibitedKinds.IsEmpty ? "none" : string.Join(", ", ProhibitedKinds))}; emergencies carried out directly: {(CarriesOutEmergenciesDirectly ? "yes" : "no")}; conditions: {Conditions}"
        + (DecisionDeadline is { } days ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; decided within {days} working days") : string.Empty);

    /// <summary>Returns the texts of one condition, or nulls when it is not one this policy sets; allocates nothing.</summary>
    internal (string English, string Chinese) RequirementOf(AdmissionCondition condition)
    {
        var bits = unchecked((uint)condition);
        return bits != 0 && (bits & (bits - 1)) == 0 && (Conditions & condition) != 0
            ? _requirements[System.Numerics.BitOperations.TrailingZeroCount(bits)]
            : default;
    }

    /// <summary>Returns the conditions a request fails, checking a dependent condition only when the one it depends on holds.</summary>
    internal AdmissionCondition Unmet(WorkRequest request, NodaTime.LocalDate asOf)
    {
        var unmet = AdmissionCondition.None;
        var conditions = Conditions;
        if ((conditions & AdmissionCondition.WrittenApplication) != 0)
        {
            if (request.ApplicationTo is not { } office)
            {
                unmet |= AdmissionCondition.WrittenApplication;
            }
            else if ((conditions & AdmissionCondition.ApplicationToNamedOffice) != 0 && !office.Equals(ApplicationOffice))
            {
                unmet |= AdmissionCondition.ApplicationToNamedOffice;
            }
        }

        if ((conditions & AdmissionCondition.SuperiorDocument) != 0 && (request.Documents & SupportingDocuments.SuperiorDocument) == 0)
        {
            unmet |= AdmissionCondition.SuperiorDocument;
        }

        if ((conditions & AdmissionCondition.ImplementationPlan) != 0 && (request.Documents & SupportingDocuments.ImplementationPlan) == 0)
        {
            unmet |= AdmissionCondition.ImplementationPlan;
        }

        if ((conditions & AdmissionCondition.Approval) != 0)
        {
            // An approval dated after the day of the decision has not been given yet on that day.
            if (request.Approval is not { } approval || approval.Date > asOf)
            {
                unmet |= AdmissionCondition.Approval;
            }
            else
            {
                if ((conditions & AdmissionCondition.ApprovalByNamedAuthority) != 0 && !approval.Authority.Equals(ApprovingAuthority))
                {
                    unmet |= AdmissionCondition.ApprovalByNamedAuthority;
                }

                if ((conditions & AdmissionCondition.ApprovalBeforeStart) != 0 && approval.Date > request.Period.Start)
                {
                    unmet |= AdmissionCondition.ApprovalBeforeStart;
                }
            }
        }

        if ((conditions & AdmissionCondition.FundsTransferred) != 0 && request.Funds.Yuan <= 0m)
        {
            unmet |= AdmissionCondition.FundsTransferred;
        }

        if ((conditions & AdmissionCondition.AuthorityTransferred) != 0 && !request.AuthorityTransferred)
        {
            unmet |= AdmissionCondition.AuthorityTransferred;
        }

        if ((conditions & AdmissionCondition.Entrustment) != 0)
        {
            if (request.Entrustment is not { } form)
            {
                unmet |= AdmissionCondition.Entrustment;
            }
            else if ((conditions & AdmissionCondition.EntrustmentFormAccepted) != 0 && !Accepts(form))
            {
                unmet |= AdmissionCondition.EntrustmentFormAccepted;
            }
        }

        return unmet;
    }

    private string Requirement(AdmissionCondition condition, ExplanationLanguage language) => AdmissionText.Requirement(this, condition, language);
}
