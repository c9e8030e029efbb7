using Community.Domain.Assessments;

namespace Community.Domain.Admission;

/// <summary>The codes of the findings of admission decision deadlines.</summary>
public static class AdmissionFindingCodes
{
    /// <summary>Gets the code <c>admission.decided-late</c>: the application was decided after the deadline in working days.</summary>
    public static FindingCode DecidedLate { get; } = FindingCode.Of("admission.decided-late");

    /// <summary>Gets the code <c>admission.decision-overdue</c>: the application is undecided and its deadline has passed.</summary>
    public static FindingCode DecisionOverdue { get; } = FindingCode.Of("admission.decision-overdue");

    /// <summary>Gets the code <c>admission.decision-pending</c>: the application is undecided and its deadline has not passed; information.</summary>
    public static FindingCode DecisionPending { get; } = FindingCode.Of("admission.decision-pending");
}
