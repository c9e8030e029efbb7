using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>A department's request that a community take on a piece of work: what, by whom, on what footing and for when.</summary>
/// <remarks>
/// Immutable with value equality: create one with <see cref="Create"/> or <see cref="ForDuty"/> and
/// add what came with it through the <c>With…</c> methods, each of which returns a new request.
/// A request records facts; whether they satisfy a jurisdiction's policy is decided by
/// <see cref="AdmissionEvaluator"/>.
/// </remarks>
public sealed record WorkRequest
{
    // For JSON: made and checked as Create or ForDuty and the With methods make it.
    [System.Text.Json.Serialization.JsonConstructor]
    internal WorkRequest(
        Department department,
        WorkItemKind kind,
        CommunityDuty? duty,
        string description,
        DateInterval period,
        string? reference = null,
        SupportingDocuments documents = SupportingDocuments.None,
        Authority? applicationTo = null,
        Approval? approval = null,
        Money funds = default,
        bool authorityTransferred = false,
        EntrustmentForm? entrustment = null,
        WorkUrgency urgency = WorkUrgency.Ordinary,
        string? listItem = null,
        LocalDate? appliedOn = null,
        LocalDate? decidedOn = null)
        : this(Made(department, kind, duty, description, period, reference, documents, applicationTo, approval, funds, authorityTransferred, entrustment, urgency, listItem, appliedOn, decidedOn))
    {
    }

    private WorkRequest(Department department, WorkItemKind kind, CommunityDuty? duty, string description, DateInterval period)
    {
        Department = department;
        Kind = kind;
        Duty = duty;
        Description = description;
        Period = period;
    }

    /// <summary>Gets the requesting department.</summary>
    public Department Department { get; }

    /// <summary>Gets the kind of work.</summary>
    public WorkItemKind Kind { get; }

    /// <summary>Gets the community duty the work falls under when <see cref="Kind"/> is <see cref="WorkItemKind.OwnDuty"/>; otherwise null.</summary>
    public CommunityDuty? Duty { get; }

    /// <summary>Gets what the work is.</summary>
    public string Description { get; }

    /// <summary>Gets the days the work runs, first and last included.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoDateIntervalJsonConverter))]
    public DateInterval Period { get; }

    /// <summary>Gets the caller's reference for the request, such as a document number, or null.</summary>
    public string? Reference { get; private init; }

    /// <summary>Gets the documents that came with the request.</summary>
    public SupportingDocuments Documents { get; private init; }

    /// <summary>Gets the body the department's written application went to, or null when there was none.</summary>
    public Authority? ApplicationTo { get; private init; }

    /// <summary>Gets the approval of the work, or null when it was not approved.</summary>
    public Approval? Approval { get; private init; }

    /// <summary>Gets the funds that come with the task (费随事转); zero when none.</summary>
    public Money Funds { get; private init; }

    /// <summary>Gets a value indicating whether the authority the work needs comes with it (权随责走).</summary>
    public bool AuthorityTransferred { get; private init; }

    /// <summary>Gets the form in which the work is entrusted to the community, or null when none is stated.</summary>
    public EntrustmentForm? Entrustment { get; private init; }

    /// <summary>Gets whether the work is ordinary, temporary important work or an emergency.</summary>
    public WorkUrgency Urgency { get; private init; }

    /// <summary>Creates a request for work of any kind but the community's own duties.</summary>
    /// <param name="department">The requesting department.</param>
    /// <param name="kind">The kind of work; not <see cref="WorkItemKind.OwnDuty"/>, for which use <see cref="ForDuty"/>.</param>
    /// <param name="description">What the work is; not blank.</param>
    /// <param name="start">The first day of the work, in the ISO calendar.</param>
    /// <param name="end">The last day of the work; not before <paramref name="start"/>.</param>
    /// <returns>The request, with no documents, application, approval, funds, authority or entrustment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, <paramref name="kind"/> is <see cref="WorkItemKind.OwnDuty"/>, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static WorkRequest Create(Department department, WorkItemKind kind, string description, LocalDate start, LocalDate end)
    {
        Guard.Against.NullArgument(department);
        Guard.Against.UndefinedEnum(kind);
        if (kind == WorkItemKind.OwnDuty)
        {
            throw new ArgumentException("kind is OwnDuty; a request within the community's own duties names the duty: use WorkRequest.ForDuty.", nameof(kind));
        }

        return new(department, kind, null, Guard.Against.BlankText(description).Trim(), Days(start, end));
    }

    /// <summary>Creates a request for work within one of the community's own duties.</summary>
    /// <param name="department">The requesting department.</param>
    /// <param name="duty">The duty the work falls under.</param>
    /// <param name="description">What the work is; not blank.</param>
    /// <param name="start">The first day of the work, in the ISO calendar.</param>
    /// <param name="end">The last day of the work; not before <paramref name="start"/>.</param>
    /// <returns>The request, of kind <see cref="WorkItemKind.OwnDuty"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duty"/> is not defined, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static WorkRequest ForDuty(Department department, CommunityDuty duty, string description, LocalDate start, LocalDate end)
    {
        Guard.Against.NullArgument(department);
        Guard.Against.UndefinedEnum(duty);
        return new(department, WorkItemKind.OwnDuty, duty, Guard.Against.BlankText(description).Trim(), Days(start, end));
    }

    /// <summary>Returns this request with a reference, such as a document number.</summary>
    /// <param name="reference">The reference; not blank.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is null or blank.</exception>
    public WorkRequest WithReference(string reference) => this with { Reference = Guard.Against.BlankText(reference).Trim() };

    /// <summary>Returns this request with the documents that came with it.</summary>
    /// <param name="documents">The documents, combined with <c>|</c>.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="documents"/> holds an undefined flag.</exception>
    public WorkRequest WithDocuments(SupportingDocuments documents)
    {
        const SupportingDocuments all = SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan;
        return (documents & ~all) == 0
            ? this with { Documents = documents }
            : throw GuardExtensions.OutOfRange(nameof(documents), documents, "must combine SuperiorDocument and ImplementationPlan only");
    }

    /// <summary>Returns this request with the body its written application went to.</summary>
    /// <param name="office">The body, or null for no written application.</param>
    /// <returns>A new request.</returns>
    public WorkRequest WithApplicationTo(Authority? office) => this with { ApplicationTo = office };

    /// <summary>Returns this request approved by an authority on a date.</summary>
    /// <param name="authority">The approving authority.</param>
    /// <param name="date">The date of the approval, in the ISO calendar.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public WorkRequest WithApproval(Authority authority, LocalDate date) => this with { Approval = Admission.Approval.By(authority, date) };

    /// <summary>Returns this request with an approval, or without one.</summary>
    /// <param name="approval">The approval, or null for none.</param>
    /// <returns>A new request.</returns>
    public WorkRequest WithApproval(Approval? approval) => this with { Approval = approval };

    /// <summary>Returns this request with the funds that come with the task (费随事转).</summary>
    /// <param name="funds">The funds; zero or more.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="funds"/> is negative.</exception>
    public WorkRequest WithFunds(Money funds) =>
        funds.Yuan >= 0m
            ? this with { Funds = funds }
            : throw GuardExtensions.OutOfRange(nameof(funds), funds, "must be zero or more yuan");

    /// <summary>Returns this request with or without the authority the work needs (权随责走).</summary>
    /// <param name="transferred">Whether the authority comes with the work.</param>
    /// <returns>A new request.</returns>
    public WorkRequest WithAuthorityTransferred(bool transferred = true) => this with { AuthorityTransferred = transferred };

    /// <summary>Returns this request with the form in which the work is entrusted, or none.</summary>
    /// <param name="form">The form, or null for none.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not defined.</exception>
    public WorkRequest WithEntrustment(EntrustmentForm? form) =>
        this with { Entrustment = form is { } given ? Guard.Against.UndefinedEnum(given, nameof(form)) : null };

    /// <summary>Returns this request marked as ordinary, temporary important or emergency work.</summary>
    /// <param name="urgency">The urgency.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="urgency"/> is not defined.</exception>
    public WorkRequest WithUrgency(WorkUrgency urgency) => this with { Urgency = Guard.Against.UndefinedEnum(urgency) };

    /// <summary>Gets the id of the admission list item the request is for, or <see langword="null"/> when it names none.</summary>
    public string? ListItem { get; private init; }

    /// <summary>Gets the day the department applied for admission, or <see langword="null"/> when not recorded; a decision deadline counts from it.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate? AppliedOn { get; private init; }

    /// <summary>Gets the day the application was decided, or <see langword="null"/> when not recorded; an approval's date counts as the decision's when this is not given.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate? DecidedOn { get; private init; }

    /// <summary>Returns a copy of the request recording the day the application was decided (approved or refused).</summary>
    /// <param name="date">The day of the decision, in the ISO calendar.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the day the request records the department applied: a decision comes after its application.</exception>
    public WorkRequest WithDecidedOn(LocalDate date) => AppliedOn is { } applied && Policies.EffectivePeriod.CheckIso(date) < applied
        ? throw GuardExtensions.OutOfRange(nameof(date), date, $"must not be before the day the department applied ({applied:uuuu-MM-dd}); a decision comes after its application")
        : this with { DecidedOn = Policies.EffectivePeriod.CheckIso(date) };

    /// <summary>Returns a copy of the request naming the admission list item it is for; where a list is in force, the list decides it.</summary>
    /// <param name="id">The item's id; not blank.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public WorkRequest WithListItem(string id) => this with { ListItem = Guard.Against.BlankText(id).Trim() };

    /// <summary>Returns a copy of the request recording the day the department applied for admission.</summary>
    /// <param name="date">The day of application, in the ISO calendar.</param>
    /// <returns>A new request.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is after the day the request records it was decided.</exception>
    public WorkRequest WithAppliedOn(LocalDate date) => DecidedOn is { } decided && Policies.EffectivePeriod.CheckIso(date) > decided
        ? throw GuardExtensions.OutOfRange(nameof(date), date, $"must not be after the day the application was decided ({decided:uuuu-MM-dd})")
        : this with { AppliedOn = Policies.EffectivePeriod.CheckIso(date) };

    /// <summary>Formats the request.</summary>
    /// <returns>The department, kind, description and period.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Department.Name}: {(Duty is { } duty ? $"{Kind} ({duty})" : Kind.ToString())} \"{Description}\" {Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd}");

    private static WorkRequest Made(
        Department department,
        WorkItemKind kind,
        CommunityDuty? duty,
        string description,
        DateInterval period,
        string? reference,
        SupportingDocuments documents,
        Authority? applicationTo,
        Approval? approval,
        Money funds,
        bool authorityTransferred,
        EntrustmentForm? entrustment,
        WorkUrgency urgency,
        string? listItem,
        LocalDate? appliedOn,
        LocalDate? decidedOn)
    {
        Guard.Against.NullArgument(period);
        if (duty is not null != (kind == WorkItemKind.OwnDuty))
        {
            throw new ArgumentException($"duty is {(duty is null ? "null" : duty.ToString())} for a request of kind {kind}; expected a duty exactly when the kind is OwnDuty.", nameof(duty));
        }

        var request = duty is { } own ? ForDuty(department, own, description, period.Start, period.End) : Create(department, kind, description, period.Start, period.End);
        request = request.WithDocuments(documents).WithApplicationTo(applicationTo).WithApproval(approval).WithFunds(funds)
            .WithAuthorityTransferred(authorityTransferred).WithEntrustment(entrustment).WithUrgency(urgency);
        request = reference is null ? request : request.WithReference(reference);
        request = listItem is null ? request : request.WithListItem(listItem);
        request = appliedOn is { } applied ? request.WithAppliedOn(applied) : request;
        return decidedOn is { } decided ? request.WithDecidedOn(decided) : request;
    }

    private static DateInterval Days(LocalDate start, LocalDate end)
    {
        EffectivePeriod.CheckIso(start);
        EffectivePeriod.CheckIso(end);
        return end >= start
            ? new DateInterval(start, end)
            : throw new ArgumentOutOfRangeException(
                nameof(end),
                end,
                string.Create(CultureInfo.InvariantCulture, $"end is {end:uuuu-MM-dd}; it must not be before start, {start:uuuu-MM-dd}."));
    }
}
