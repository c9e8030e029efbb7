using System.Collections.Immutable;
using Community.Domain.Assessments;
using Community.Domain.Policies;

namespace Community.Domain.Premises;

/// <summary>A community's premises against the standard in force.</summary>
public sealed class PremisesAssessment
{
    // For JSON: the version by reference, resolved in the catalog the options are bound to.
    [System.Text.Json.Serialization.JsonConstructor]
    internal PremisesAssessment(PremisesDescription premises, PolicyVersion? versionReference, ImmutableArray<Finding> findings, Primitives.Area requiredFloorArea)
        : this(premises, PolicyVersionJsonConverter.As<PremisesStandard>(versionReference ?? throw JsonValues.Invalid("no Version", "the version applied")), findings, requiredFloorArea)
    {
    }

    internal PremisesAssessment(PremisesDescription premises, PolicyVersion<PremisesStandard> version, ImmutableArray<Finding> findings, Primitives.Area requiredFloorArea)
    {
        RequiredFloorArea = requiredFloorArea;
        Premises = premises;
        Version = version;
        Findings = findings;
    }

    /// <summary>Gets the premises assessed.</summary>
    public PremisesDescription Premises { get; }

    /// <summary>Gets the standard's version applied.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<PremisesStandard> Version { get; }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets every finding.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant => Findings.ErrorCount() == 0;

    /// <summary>Gets the floor area the standard required of this community: fixed, or scaled to its households or residents.</summary>
    public Primitives.Area RequiredFloorArea { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is PremisesAssessment other && Equals(Premises, other.Premises) && Equals(Version, other.Version) && Equality.Same(Findings, other.Findings) && Equals(RequiredFloorArea, other.RequiredFloorArea);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Premises, Version, Equality.Hash(Findings), RequiredFloorArea);

    /// <summary>Formats the assessment, for diagnostics.</summary>
    /// <returns>The rule, the standard and the result.</returns>
    public override string ToString() => $"{Version.RuleId} {Version.Policy}: {(IsCompliant ? "compliant" : $"{Findings.ErrorCount()} error finding(s)")}";
}
