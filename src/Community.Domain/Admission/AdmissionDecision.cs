using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>The decision on a work request under the admission policy in force: the outcome, every unmet condition, and the rule that decided.</summary>
/// <remarks>A small value that refers to the request and the policy version; making one allocates nothing. Ask <see cref="AdmissionEvaluator.ExplainDecision"/> for the reasons in words.</remarks>
public readonly struct AdmissionDecision : IEquatable<AdmissionDecision>, Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    private readonly AdmissionCondition _unmet;

    // For JSON: the version by reference, resolved in the catalog the options are bound to.
    [System.Text.Json.Serialization.JsonConstructor]
    internal AdmissionDecision(WorkRequest request, JurisdictionCode jurisdiction, LocalDate asOf, PolicyVersion? versionReference, AdmissionOutcome outcome, AdmissionCondition unmet)
        : this(
            Guard.Against.NullArgument(request),
            Guard.Against.DefaultValue(jurisdiction, "JurisdictionCode.Of or JurisdictionCode.Parse"),
            asOf,
            PolicyVersionJsonConverter.As<AdmissionPolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version that decided")),
            Guard.Against.UndefinedEnum(outcome),
            Guard.Against.UndefinedFlags(unmet))
    {
    }

    internal AdmissionDecision(WorkRequest request, JurisdictionCode jurisdiction, LocalDate asOf, PolicyVersion<AdmissionPolicy> version, AdmissionOutcome outcome, AdmissionCondition unmet)
    {
        _made = true;
        Request = request;
        Jurisdiction = jurisdiction;
        AsOf = asOf;
        Version = version;
        Outcome = outcome;
        _unmet = unmet;
    }

    /// <summary>Gets the request decided.</summary>
    public WorkRequest Request { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<AdmissionDecision>("AdmissionEvaluator.Decide"); }

    /// <summary>Gets the jurisdiction the request was decided for.</summary>
    public JurisdictionCode Jurisdiction { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<AdmissionDecision>("AdmissionEvaluator.Decide"); }

    /// <summary>Gets the day of the decision.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate AsOf { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<AdmissionDecision>("AdmissionEvaluator.Decide"); }

    /// <summary>Gets the policy version that decided.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<AdmissionPolicy> Version { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<AdmissionDecision>("AdmissionEvaluator.Decide"); }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets the outcome.</summary>
    public AdmissionOutcome Outcome { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<AdmissionDecision>("AdmissionEvaluator.Decide"); }

    /// <summary>Gets the conditions the request failed; empty unless the outcome is <see cref="AdmissionOutcome.Refusable"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public UnmetConditions UnmetConditions => new(_unmet, Version);

    // JSON writes the unmet conditions as flags, such as "Documents, Funds".
    [System.Text.Json.Serialization.JsonInclude]
    internal AdmissionCondition Unmet => _unmet;

    /// <summary>Gets the rule that decided.</summary>
    /// <exception cref="InvalidOperationException">The decision is the default value, which holds none.</exception>
    public RuleId RuleId => Decided.RuleId;

    /// <summary>Gets the rule's sources.</summary>
    /// <exception cref="InvalidOperationException">The decision is the default value, which holds none.</exception>
    public ImmutableArray<Citation> Citations => Decided.Citations;

    private PolicyVersion<AdmissionPolicy> Decided => Version ?? throw GuardExtensions.DefaultInstance<AdmissionDecision>("AdmissionEvaluator.Decide");

    /// <summary>Gets a value indicating whether the work is entrusted to the community (<see cref="AdmissionOutcome.Admitted"/>).</summary>
    public bool IsAdmitted => Outcome == AdmissionOutcome.Admitted;

    /// <summary>Gets a value indicating whether the community may refuse the work: it is refusable or rejected.</summary>
    public bool MayRefuse => Outcome is AdmissionOutcome.Refusable or AdmissionOutcome.Rejected;

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(AdmissionDecision left, AdmissionDecision right) => left.Equals(right);

    /// <summary>Compares two decisions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(AdmissionDecision left, AdmissionDecision right) => !left.Equals(right);

    /// <summary>Returns the outcome in words, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A text such as "refusable: the community may refuse it".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is neither English nor Chinese.</exception>
    public string Describe(ExplanationLanguage language) => AdmissionText.Outcome(Outcome, Guard.Against.Language(language));

    /// <inheritdoc/>
    public bool Equals(AdmissionDecision other) =>
        _made == other._made && (!_made || EqualsMade(other));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AdmissionDecision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _made ? HashCode.Combine(Outcome, _unmet, Jurisdiction, AsOf, Version, Request) : 0;

    private bool EqualsMade(AdmissionDecision other) =>
        Outcome == other.Outcome && _unmet == other._unmet && Jurisdiction == other.Jurisdiction && AsOf == other.AsOf
        && ReferenceEquals(Version, other.Version) && Equals(Request, other.Request);

    /// <summary>Formats the decision.</summary>
    /// <returns>A text such as <c>Refusable (ADM-01): Approval, FundsTransferred</c>.</returns>
    public override string ToString() =>
        !_made
            ? "no decision"
            : Outcome == AdmissionOutcome.Refusable ? $"{Outcome} ({RuleId}): {UnmetConditions}" : $"{Outcome} ({RuleId})";
}
