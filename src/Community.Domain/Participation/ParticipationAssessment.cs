using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Participation;

/// <summary>A community's participation record assessed against the targets in force for it.</summary>
public sealed class ParticipationAssessment : Assessment
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal ParticipationAssessment(ParticipationRecord record, ImmutableArray<Finding> findings)
        : base(findings) => Record = record;

    /// <summary>Gets the record assessed.</summary>
    public ParticipationRecord Record { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is ParticipationAssessment other && Equals(Record, other.Record) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Record, Equality.Hash(Findings));
}
