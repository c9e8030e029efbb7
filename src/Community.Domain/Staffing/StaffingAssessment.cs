using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Staffing;

/// <summary>A community's staff of one kind assessed against the staffing policy in force and the higher levels' policies of that kind.</summary>
public readonly record struct StaffingAssessment : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal StaffingAssessment(StaffingRequirement requirement, int staff, ImmutableArray<Finding> findings)
    {
        _made = true;
        Requirement = requirement;
        Staff = staff;
        Findings = findings;
    }

    /// <summary>Gets what the policy in force requires of the community.</summary>
    public StaffingRequirement Requirement { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<StaffingAssessment>("StaffingEvaluator.Assess"); }

    /// <summary>Gets the staff the community has.</summary>
    public int Staff { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<StaffingAssessment>("StaffingEvaluator.Assess"); }

    /// <summary>Gets every finding: too few staff or over the cap (errors), and a nearer rule that contradicts a higher level's (a warning citing both); empty when compliant and consistent.</summary>
    public ImmutableArray<Finding> Findings { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<StaffingAssessment>("StaffingEvaluator.Assess"); }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant => Findings.IsDefaultOrEmpty || Findings.ErrorCount() == 0;

    /// <summary>Gets how many staff are missing: zero when there are enough.</summary>
    public int Shortfall => Math.Max(0, Requirement.Minimum - Staff);

    /// <summary>Gets how many staff are over the cap: zero when there is no cap or it is kept.</summary>
    public int Excess => Requirement.Maximum is { } max ? Math.Max(0, Staff - max) : 0;

    /// <summary>Compares two assessments by value: the requirement, the staff and the findings, in order.</summary>
    /// <param name="other">The other assessment.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(StaffingAssessment other) =>
        _made == other._made && (!_made || EqualsMade(other));

    /// <summary>Returns a hash code consistent with <see cref="Equals(StaffingAssessment)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _made ? HashCode.Combine(Requirement, Staff, Findings.IsDefault ? 0 : Findings.Length) : 0;

    private bool EqualsMade(StaffingAssessment other) =>
        Requirement == other.Requirement && Staff == other.Staff
        && (Findings.IsDefaultOrEmpty ? other.Findings.IsDefaultOrEmpty : !other.Findings.IsDefault && Findings.SequenceEqual(other.Findings));

    /// <summary>Formats the assessment, for diagnostics.</summary>
    /// <returns>A text such as <c>5 staff against exactly 6 for 1234 Households: 1 finding(s)</c>.</returns>
    public override string ToString() => !_made ? "default StaffingAssessment" : $"{Staff} staff against {Requirement}: {(Findings.IsDefaultOrEmpty ? "no findings" : $"{Findings.Length} finding(s)")}";
}
