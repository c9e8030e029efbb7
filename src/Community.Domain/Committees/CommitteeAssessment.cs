using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Committees;

/// <summary>The result of assessing a residents' committee against the policies in force: the quota and every finding.</summary>
public sealed class CommitteeAssessment
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal CommitteeAssessment(QuotaResult quota, ImmutableArray<Finding> findings)
    {
        Quota = quota;
        Findings = findings;
        IsCompliant = findings.ErrorCount() == 0;
    }

    /// <summary>Gets the quota the committee was assessed against.</summary>
    public QuotaResult Quota { get; }

    /// <summary>Gets every finding, errors and information alike.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is CommitteeAssessment other && Equals(Quota, other.Quota) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Quota, Equality.Hash(Findings));

    /// <summary>Formats the assessment.</summary>
    /// <returns>A text such as <c>compliant; 0 findings</c>.</returns>
    public override string ToString() => $"{(IsCompliant ? "compliant" : "not compliant")}; {Findings.Length} findings";
}
