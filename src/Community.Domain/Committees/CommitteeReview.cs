using System.Collections.Immutable;
using Community.Domain.Assessments;
using Community.Domain.Communities;

namespace Community.Domain.Committees;

/// <summary>A committee's record reviewed against the size, term, election and meeting policies in force for its community.</summary>
public sealed class CommitteeReview
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal CommitteeReview(CountRange? size, int? termYears, ElectionPolicy? election, int? meetingsPerYear, ImmutableArray<Finding> findings)
    {
        Size = size;
        TermYears = termYears;
        Election = election;
        MeetingsPerYear = meetingsPerYear;
        Findings = findings;
        IsCompliant = findings.ErrorCount() == 0;
    }

    /// <summary>Gets the members allowed by the size policy in force, or <see langword="null"/> when none is.</summary>
    public CountRange? Size { get; }

    /// <summary>Gets the term the term policy in force sets, or <see langword="null"/> when none is.</summary>
    public int? TermYears { get; }

    /// <summary>Gets the election policy in force, or <see langword="null"/> when none is.</summary>
    public ElectionPolicy? Election { get; }

    /// <summary>Gets the least meetings a year the meeting policy in force sets, or <see langword="null"/> when none is.</summary>
    public int? MeetingsPerYear { get; }

    /// <summary>Gets every finding, each citing its rule.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is CommitteeReview other && Equals(Size, other.Size) && Equals(TermYears, other.TermYears) && Equals(Election, other.Election) && Equals(MeetingsPerYear, other.MeetingsPerYear) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Size, TermYears, Election, MeetingsPerYear, Equality.Hash(Findings));

    /// <summary>Formats the review, for diagnostics.</summary>
    /// <returns>A text such as <c>compliant; 1 findings</c>.</returns>
    public override string ToString() => $"{(IsCompliant ? "compliant" : "not compliant")}; {Findings.Length} findings";
}
