using System.Collections.Immutable;
using Community.Domain.Assessments;
using Community.Domain.Committees;
using Community.Domain.Policies;

namespace Community.Domain.Premises;

/// <summary>A community's premises against the standard in force.</summary>
public sealed class PremisesAssessment
{
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
    public PolicyVersion<PremisesStandard> Version { get; }

    /// <summary>Gets every finding.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant => Findings.ErrorCount() == 0;

    /// <summary>Gets the floor area the standard required of this community: fixed, or scaled to its households or residents.</summary>
    public Primitives.Area RequiredFloorArea { get; }

    /// <summary>Formats the assessment, for diagnostics.</summary>
    /// <returns>The rule, the standard and the result.</returns>
    public override string ToString() => $"{Version.RuleId} {Version.Policy}: {(IsCompliant ? "compliant" : $"{Findings.ErrorCount()} error finding(s)")}";
}
