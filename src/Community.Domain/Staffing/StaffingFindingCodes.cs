using Community.Domain.Assessments;

namespace Community.Domain.Staffing;

/// <summary>The codes of the findings of staffing assessments.</summary>
public static class StaffingFindingCodes
{
    /// <summary>Gets the code <c>staffing.too-few-staff</c>: a community has fewer staff of a kind than the policy in force requires.</summary>
    public static FindingCode TooFewStaff { get; } = FindingCode.Of("staffing.too-few-staff");

    /// <summary>Gets the code <c>staffing.over-cap</c>: a community has more staff of a kind than the policy in force allows.</summary>
    public static FindingCode OverCap { get; } = FindingCode.Of("staffing.over-cap");
}
