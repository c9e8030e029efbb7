using System.Collections.Immutable;
using Community.Domain.Assessments;
using Community.Domain.Primitives;

namespace Community.Domain.Workflows;

/// <summary>A duty record assessed against the duties in force: events due attendance and households due a visit, and each one missed as an error.</summary>
public sealed class DutyAssessment : Assessment
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal DutyAssessment(DutyRecord record, Proportion attendance, Proportion visits, ImmutableArray<Finding> findings)
        : base(findings)
    {
        Record = record;
        Attendance = attendance;
        Visits = visits;
    }

    /// <summary>Gets the record assessed.</summary>
    public DutyRecord Record { get; }

    /// <summary>Gets the events attended of the events due attendance.</summary>
    public Proportion Attendance { get; }

    /// <summary>Gets the households visited in the period of the households due a visit.</summary>
    public Proportion Visits { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is DutyAssessment other && Equals(Record, other.Record) && Equals(Attendance, other.Attendance) && Equals(Visits, other.Visits) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Record, Attendance, Visits, Equality.Hash(Findings));

    /// <summary>Formats the assessment.</summary>
    /// <returns>A text such as <c>attended 2 of 3, visited 4 of 5; 2 findings</c>.</returns>
    public override string ToString() => $"attended {Attendance.Part} of {Attendance.Whole}, visited {Visits.Part} of {Visits.Whole}; {Findings.Length} findings";
}
