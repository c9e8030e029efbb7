using Community.Domain.Assessments;

namespace Community.Domain.Statistics;

/// <summary>The codes of the findings of statistics checks.</summary>
public static class StatisticsFindingCodes
{
    /// <summary>Gets the code <c>statistics.breakdown-does-not-add-up</c>: a breakdown's parts do not sum to the total the source reports; a warning that cites the figures.</summary>
    public static FindingCode BreakdownDoesNotAddUp { get; } = FindingCode.Of("statistics.breakdown-does-not-add-up");
}
