using Community.Domain.Assessments;

namespace Community.Domain.Statistics;

/// <summary>The codes of the findings of statistics checks.</summary>
public static class StatisticsFindingCodes
{
    /// <summary>Gets the code <c>statistics.breakdown-does-not-add-up</c>: a breakdown's parts do not sum to the total the source reports; a warning that cites the figures.</summary>
    public static FindingCode BreakdownDoesNotAddUp { get; } = FindingCode.Of("statistics.breakdown-does-not-add-up");

    /// <summary>Gets the code <c>statistics.rate-does-not-match</c>: a reported percentage is not what its counts give at its own precision; a warning that cites both.</summary>
    public static FindingCode RateDoesNotMatch { get; } = FindingCode.Of("statistics.rate-does-not-match");

    /// <summary>Gets the code <c>statistics.rate-without-counts</c>: a percentage is reported with no counts, so nothing can check it; information.</summary>
    public static FindingCode RateWithoutCounts { get; } = FindingCode.Of("statistics.rate-without-counts");
}
