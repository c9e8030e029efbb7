using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Participation;

/// <summary>A community's participation record assessed against the targets in force for it.</summary>
public sealed class ParticipationAssessment : Assessment
{
    internal ParticipationAssessment(ParticipationRecord record, ImmutableArray<Finding> findings)
        : base(findings) => Record = record;

    /// <summary>Gets the record assessed.</summary>
    public ParticipationRecord Record { get; }
}
