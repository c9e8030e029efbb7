using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Participation;

/// <summary>A community's participation record assessed against the targets in force for it.</summary>
public sealed class ParticipationAssessment
{
    internal ParticipationAssessment(ParticipationRecord record, ImmutableArray<Finding> findings)
    {
        Record = record;
        Findings = findings;
        IsCompliant = findings.ErrorCount() == 0;
    }

    /// <summary>Gets the record assessed.</summary>
    public ParticipationRecord Record { get; }

    /// <summary>Gets every finding, each citing its rule: a missed target (error) or a target with nothing recorded to check (information).</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant { get; }

    /// <summary>Formats the assessment, for diagnostics.</summary>
    /// <returns>A text such as <c>not compliant; 2 findings</c>.</returns>
    public override string ToString() => $"{(IsCompliant ? "compliant" : "not compliant")}; {Findings.Length} findings";
}
