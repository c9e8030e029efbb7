using Community.Domain.Policies;

namespace Community.Domain.Statistics;

/// <summary>The kinds of statistical report.</summary>
public static class StatisticsKinds
{
    /// <summary>Gets a report of a jurisdiction's communities: how many, by area, type and size (STA-01, STA-04).</summary>
    public static PolicyKind<StatisticalReport> Communities { get; } = PolicyKind<StatisticalReport>.Named("statistics.communities", StatisticsText.KindName);

    /// <summary>Gets a report of a jurisdiction's community workforce: cadres and staff, by sex, education or post (STA-02, STA-03).</summary>
    public static PolicyKind<StatisticalReport> Workforce { get; } = PolicyKind<StatisticalReport>.Named("statistics.workforce", StatisticsText.KindName);

    /// <summary>Gets a report of how a jurisdiction's cases came out: matters received and closed, petitions mediated, residents satisfied (WF-02, WF-03).</summary>
    public static PolicyKind<StatisticalReport> Outcomes { get; } = PolicyKind<StatisticalReport>.Named("statistics.outcomes", StatisticsText.KindName);
}
