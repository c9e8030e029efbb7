using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Admission;

/// <summary>Defines an <see cref="AdmissionPolicy"/>; <see cref="Build"/> checks the whole definition and lists every problem.</summary>
/// <remarks>Not thread-safe; use one builder on one thread, then share the policy it builds.</remarks>
public sealed class AdmissionPolicyBuilder
{
    private readonly List<CommunityDuty> _ownDuties = [];
    private readonly List<WorkItemKind> _prohibited = [];
    private readonly List<EntrustmentForm> _forms = [];
    private readonly List<(WorkItemKind? Kind, int PerYear)> _caps = [];
    private AdmissionCondition _conditions;
    private Authority? _applicationOffice;
    private Authority? _approvingAuthority;
    private bool _emergenciesDirectly;
    private SupportingDocuments _undefinedDocuments;
    private int? _decisionDeadline;

    internal AdmissionPolicyBuilder()
    {
    }

    internal AdmissionPolicyBuilder(AdmissionPolicy policy)
    {
        _ownDuties.AddRange(policy.OwnDuties);
        _prohibited.AddRange(policy.ProhibitedKinds);
        _forms.AddRange(policy.EntrustmentForms);
        _caps.AddRange(policy.Caps.Select(cap => (cap.Kind, cap.PerYear)));
        _conditions = policy.Conditions;
        _applicationOffice = policy.ApplicationOffice;
        _approvingAuthority = policy.ApprovingAuthority;
        _emergenciesDirectly = policy.CarriesOutEmergenciesDirectly;
        _decisionDeadline = policy.DecisionDeadline;
    }

    /// <summary>Requires a decision on an application within a number of working days of the day it was made.</summary>
    /// <param name="workingDays">The working days; a deadline of zero or fewer days is a definition problem, reported by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder DecideWithin(int workingDays)
    {
        _decisionDeadline = workingDays;
        return this;
    }

    /// <summary>Adds duties the community carries as its own, for which no admission is needed (ADM-03).</summary>
    /// <param name="duties">The duties.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder WithOwnDuties(params ReadOnlySpan<CommunityDuty> duties)
    {
        _ownDuties.AddRange(duties);
        return this;
    }

    /// <summary>Prohibits kinds of work: no approval can admit them (ADM-02).</summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder Prohibit(params ReadOnlySpan<WorkItemKind> kinds)
    {
        _prohibited.AddRange(kinds);
        return this;
    }

    /// <summary>Lifts the prohibition of kinds of work, so that they go through the conditions like other work.</summary>
    /// <param name="kinds">The kinds; a kind not prohibited is left as it is.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder Permit(params ReadOnlySpan<WorkItemKind> kinds)
    {
        foreach (var kind in kinds)
        {
            _prohibited.RemoveAll(k => k == kind);
        }

        return this;
    }

    /// <summary>Sets whether temporary important work and emergencies are carried out directly by the town (street office) and the departments, not entrusted (ADM-02).</summary>
    /// <param name="directly">True to carry them out directly; false to put them through the conditions like other work.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder CarryOutEmergenciesDirectly(bool directly = true)
    {
        _emergenciesDirectly = directly;
        return this;
    }

    /// <summary>Requires a written application, to a named office when one is given (ADM-01: the district community office).</summary>
    /// <param name="office">The office applications must go to, or null to accept an application to any body.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder RequireApplication(Authority? office = null)
    {
        _conditions |= AdmissionCondition.WrittenApplication;
        _conditions = office is null ? _conditions & ~AdmissionCondition.ApplicationToNamedOffice : _conditions | AdmissionCondition.ApplicationToNamedOffice;
        _applicationOffice = office;
        return this;
    }

    /// <summary>Requires documents to come with the request (ADM-01: the superior's document and an implementation plan).</summary>
    /// <param name="documents">The documents, combined with <c>|</c>.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder RequireDocuments(SupportingDocuments documents)
    {
        if ((documents & SupportingDocuments.SuperiorDocument) != 0)
        {
            _conditions |= AdmissionCondition.SuperiorDocument;
        }

        if ((documents & SupportingDocuments.ImplementationPlan) != 0)
        {
            _conditions |= AdmissionCondition.ImplementationPlan;
        }

        _undefinedDocuments |= documents & ~(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan);
        return this;
    }

    /// <summary>Requires approval given on or before the day the work begins, by a named authority when one is given (ADM-01: the district party committee and government; ADM-02: the city community-building leading group office).</summary>
    /// <param name="authority">The authority that must approve, or null to accept any approval.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder RequireApproval(Authority? authority = null)
    {
        _conditions |= AdmissionCondition.Approval | AdmissionCondition.ApprovalBeforeStart;
        _conditions = authority is null ? _conditions & ~AdmissionCondition.ApprovalByNamedAuthority : _conditions | AdmissionCondition.ApprovalByNamedAuthority;
        _approvingAuthority = authority;
        return this;
    }

    /// <summary>Requires funds to come with the task (费随事转).</summary>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder RequireFundsTransferred()
    {
        _conditions |= AdmissionCondition.FundsTransferred;
        return this;
    }

    /// <summary>Requires authority to come with the responsibility (权随责走).</summary>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder RequireAuthorityTransferred()
    {
        _conditions |= AdmissionCondition.AuthorityTransferred;
        return this;
    }

    /// <summary>Requires the work to be entrusted in a stated form, one of those given when any are (ADM-02: agreement, purchase of services or project management).</summary>
    /// <param name="forms">The accepted forms; none to accept any stated form.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder RequireEntrustment(params ReadOnlySpan<EntrustmentForm> forms)
    {
        _conditions |= AdmissionCondition.Entrustment;
        _forms.Clear();
        _forms.AddRange(forms);
        _conditions = _forms.Count == 0 ? _conditions & ~AdmissionCondition.EntrustmentFormAccepted : _conditions | AdmissionCondition.EntrustmentFormAccepted;
        return this;
    }

    /// <summary>Waives conditions, with the conditions that depend on them (waiving the application waives its office, the approval its authority and date, the entrustment its form).</summary>
    /// <param name="conditions">The conditions to waive, combined with <c>|</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conditions"/> has a bit no <see cref="AdmissionCondition"/> defines.</exception>
    public AdmissionPolicyBuilder Waive(AdmissionCondition conditions)
    {
        Guard.Against.UndefinedFlags(conditions);
        if ((conditions & AdmissionCondition.WrittenApplication) != 0)
        {
            conditions |= AdmissionCondition.ApplicationToNamedOffice;
        }

        if ((conditions & AdmissionCondition.Approval) != 0)
        {
            conditions |= AdmissionCondition.ApprovalByNamedAuthority | AdmissionCondition.ApprovalBeforeStart;
        }

        if ((conditions & AdmissionCondition.Entrustment) != 0)
        {
            conditions |= AdmissionCondition.EntrustmentFormAccepted;
        }

        _conditions &= ~conditions;
        if ((_conditions & AdmissionCondition.ApplicationToNamedOffice) == 0)
        {
            _applicationOffice = null;
        }

        if ((_conditions & AdmissionCondition.ApprovalByNamedAuthority) == 0)
        {
            _approvingAuthority = null;
        }

        if ((_conditions & AdmissionCondition.EntrustmentFormAccepted) == 0)
        {
            _forms.Clear();
        }

        return this;
    }

    /// <summary>Caps the admitted items of a kind a community carries in a calendar year.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="perYear">The most a year; zero or more.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder Cap(WorkItemKind kind, int perYear)
    {
        _caps.Add((kind, perYear));
        return this;
    }

    /// <summary>Caps the admitted items of all kinds together a community carries in a calendar year.</summary>
    /// <param name="perYear">The most a year; zero or more.</param>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder CapTotal(int perYear)
    {
        _caps.Add((null, perYear));
        return this;
    }

    /// <summary>Removes every cap.</summary>
    /// <returns>This builder.</returns>
    public AdmissionPolicyBuilder RemoveCaps()
    {
        _caps.Clear();
        return this;
    }

    /// <summary>Builds the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">The definition has problems (undefined or repeated values, a prohibited own duty, a cap that is negative, repeated or on work never admitted); every one is listed.</exception>
    public AdmissionPolicy Build()
    {
        var problems = new List<DefinitionProblem>();
        Check(_ownDuties, "the own duties", problems);
        Check(_prohibited, "the prohibited kinds", problems);
        Check(_forms, "the forms of entrustment", problems);
        if (_undefinedDocuments != 0)
        {
            problems.Add(Problem(DefinitionProblemKind.InvalidValue, $"Required documents include {(int)_undefinedDocuments}, which is not a document; expected SuperiorDocument and ImplementationPlan only."));
        }

        if (_prohibited.Contains(WorkItemKind.OwnDuty))
        {
            problems.Add(Problem(DefinitionProblemKind.InvalidValue, $"OwnDuty is prohibited; the community's own duties cannot be prohibited work."));
        }

        if (_decisionDeadline is <= 0)
        {
            problems.Add(Problem(DefinitionProblemKind.InvalidValue, $"The decision deadline is {_decisionDeadline} working days; expected at least one."));
        }

        var capped = new HashSet<WorkItemKind?>();
        foreach (var (kind, perYear) in _caps)
        {
            var what = kind?.ToString() ?? "all kinds";
            if (perYear < 0)
            {
                problems.Add(Problem(DefinitionProblemKind.InvalidValue, $"The cap on {what} is {perYear}; expected zero or more a year."));
            }

            if (!capped.Add(kind))
            {
                problems.Add(Problem(DefinitionProblemKind.Duplicate, $"{what} is capped more than once."));
            }

            if (kind is { } k && !Enum.IsDefined(k))
            {
                problems.Add(Problem(DefinitionProblemKind.InvalidValue, $"A cap is on {(int)k}, which is not a kind of work."));
            }
            else if (kind == WorkItemKind.OwnDuty || (kind is { } prohibited && _prohibited.Contains(prohibited)))
            {
                problems.Add(Problem(DefinitionProblemKind.InvalidValue, $"{what} is capped but is never admitted ({(kind == WorkItemKind.OwnDuty ? "it needs no admission" : "it is prohibited")}), so the cap would count nothing."));
            }
        }

        return problems.Count == 0
            ? new AdmissionPolicy(
                [.. _ownDuties.Order()],
                [.. _prohibited.Order()],
                _emergenciesDirectly,
                _conditions,
                _applicationOffice,
                _approvingAuthority,
                [.. _forms.Order()],
                [.. _caps.OrderBy(cap => cap.Kind is null ? 1 : 0).ThenBy(cap => cap.Kind).Select(cap => new AdmissionCap(cap.Kind, cap.PerYear))],
                _decisionDeadline)
            : throw new PolicyDefinitionException("admission policy", problems);
    }

    private static void Check<T>(List<T> values, string what, List<DefinitionProblem> problems)
        where T : struct, Enum
    {
        var seen = new HashSet<T>();
        foreach (var value in values)
        {
            if (!Enum.IsDefined(value))
            {
                problems.Add(Problem(DefinitionProblemKind.InvalidValue, $"{Convert.ToInt32(value, CultureInfo.InvariantCulture)} in {what} is not defined; expected one of {string.Join(", ", Enum.GetNames<T>())}."));
            }
            else if (!seen.Add(value))
            {
                problems.Add(Problem(DefinitionProblemKind.Duplicate, $"{value} is listed more than once in {what}."));
            }
        }
    }

    private static DefinitionProblem Problem(DefinitionProblemKind kind, FormattableString message) =>
        new(kind, message.ToString(CultureInfo.InvariantCulture));
}
