using System.Collections.Immutable;

namespace Community.Domain.Assessments;

/// <summary>What an assessment is: its findings, each citing its rule, and compliant when no finding is an error.</summary>
/// <remarks>The base of the assessments added from 0.4.0 (participation, grid coverage, duties of presence); immutable.</remarks>
public abstract class Assessment
{
    /// <summary>Initializes a new instance of the <see cref="Assessment"/> class.</summary>
    /// <param name="findings">The findings.</param>
    private protected Assessment(ImmutableArray<Finding> findings)
    {
        Findings = findings;
        IsCompliant = findings.ErrorCount() == 0;
    }

    /// <summary>Gets every finding, each citing its rule: an error for a rule not met, information for what could not be checked.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant { get; }

    /// <summary>Formats the assessment, for diagnostics.</summary>
    /// <returns>A text such as <c>not compliant; 2 findings</c>.</returns>
    public override string ToString() => $"{(IsCompliant ? "compliant" : "not compliant")}; {Findings.Length} findings";
}
