using Community.Domain.Assessments;

namespace Community.Domain.Subsidies;

/// <summary>The codes of the findings of subsidy entitlements: the eligibility conditions a person does not meet.</summary>
public static class SubsidyFindingCodes
{
    /// <summary>Gets the code <c>subsidies.too-few-years-of-service</c>: the person has fewer full years of service than the line requires.</summary>
    public static FindingCode TooFewYearsOfService { get; } = FindingCode.Of("subsidies.too-few-years-of-service");

    /// <summary>Gets the code <c>subsidies.appointed-too-late</c>: the person was appointed on or after the date the line requires appointment before.</summary>
    public static FindingCode AppointedTooLate { get; } = FindingCode.Of("subsidies.appointed-too-late");

    /// <summary>Gets the code <c>subsidies.receives-excluded-allowance</c>: the person receives an allowance that excludes the line.</summary>
    public static FindingCode ReceivesExcludedAllowance { get; } = FindingCode.Of("subsidies.receives-excluded-allowance");

    /// <summary>Gets the code of a person who does not hold the post on the day asked: not yet appointed, or their service ended before it.</summary>
    public static FindingCode NotServing { get; } = FindingCode.Of("subsidies.not-serving");
}
