using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Statistics;

/// <summary>The reports of the source documents (STA-01 to STA-04), every figure as the source gives it, including those that do not add up.</summary>
public static class StatisticsPolicies
{
    /// <summary>Gets STA-01: Xiantao's 79 communities by setting, area, type, size and premises. Its size bands sum to 80, and it names 7 of the 8 communities it says did not finish building.</summary>
    public static StatisticalReport XiantaoCommunities { get; } = StatisticalReport.Of(
        StatisticalTotal.Of("城乡社区", "urban and town communities", 79,
            StatisticalBreakdown.Of("按城乡", "by setting", P("城区社区", "urban", 56), P("乡镇社区", "town", 23)),
            StatisticalBreakdown.Of("按规模", "by size", P("5000人以下", "under 5000 residents", 23), P("5000-10000人", "5000 to 10000 residents", 32), P("10000人以上", "10000 residents and more", 25)),
            StatisticalBreakdown.Of("按办公场所", "by premises", P("拥有“六室一厅”", "with six rooms and a hall", 71), P("未完成建设任务", "building not finished", 8))),
        StatisticalTotal.Of("城区社区", "urban communities", 56,
            StatisticalBreakdown.Of("按区域", "by area", P("干河", "Ganhe", 19), P("龙华山", "Longhuashan", 16), P("沙嘴", "Shazui", 16), P("工业园", "industrial park", 5)),
            StatisticalBreakdown.Of("按类型", "by type", P("纯社区", "pure", 21), P("村改居", "village-converted", 35))),
        StatisticalTotal.Of("纯社区", "pure communities", 21,
            StatisticalBreakdown.Of("按区域", "by area", P("干河", "Ganhe", 11), P("龙华山", "Longhuashan", 5), P("沙嘴", "Shazui", 3), P("工业园", "industrial park", 2))),
        StatisticalTotal.Of("村改居社区", "village-converted communities", 35,
            StatisticalBreakdown.Of("按区域", "by area", P("干河", "Ganhe", 8), P("龙华山", "Longhuashan", 11), P("沙嘴", "Shazui", 13), P("工业园", "industrial park", 3))),
        StatisticalTotal.Of("未完成建设任务的社区", "communities that did not finish building", 8,
            StatisticalBreakdown.Of("所列社区", "as named", P("红光", "Hongguang", 1), P("高家渡", "Gaojiadu", 1), P("骑尾", "Qiwei", 1), P("叶河", "Yehe", 1), P("杨岗", "Yanggang", 1), P("下查", "Xiacha", 1), P("柴河", "Chaihe", 1))));

    /// <summary>Gets STA-02: Xiantao's 452 community cadres by sex and education; both add up.</summary>
    public static StatisticalReport XiantaoCadres { get; } = StatisticalReport.Of(
        StatisticalTotal.Of("社区干部", "community cadres", 452,
            StatisticalBreakdown.Of("按性别", "by sex", P("女性", "women", 154), P("男性", "men", 298)),
            StatisticalBreakdown.Of("按学历", "by education", P("本科以上", "university degree", 2), P("大专以上", "college", 59), P("高中以上", "senior secondary", 302), P("初中及以下", "junior secondary or less", 89))));

    /// <summary>Gets STA-03: Hefei's 3620 full-time staff, said to comprise 1782 committee members and 2476 hired workers (4258), the 2476 broken down into posts that sum to 2582.</summary>
    public static StatisticalReport HefeiStaff { get; } = StatisticalReport.Of(
        StatisticalTotal.Of("社居委专职工作人员", "full-time staff of the residents' committees", 3620,
            StatisticalBreakdown.Of("按来源", "by origin", P("社居委成员", "committee members", 1782), P("聘用的专职社区工作者", "hired full-time community workers", 2476))),
        StatisticalTotal.Of("聘用的专职社区工作者", "hired full-time community workers", 2476,
            StatisticalBreakdown.Of("按岗位", "by post",
                P("残疾人专干", "disability officers", 198), P("劳动保障协理员", "labour and social security assistants", 404), P("组织员", "party organisers", 221),
                P("计生专干", "family planning officers", 476), P("低保专干", "minimum living allowance officers", 168), P("创建专干", "campaign officers", 297),
                P("综治专干", "public order officers", 152), P("其他", "others", 666))));

    /// <summary>Gets STA-04: Xinluo's 45 residents' committees by type; it adds up.</summary>
    public static StatisticalReport XinluoCommunities { get; } = StatisticalReport.Of(
        StatisticalTotal.Of("社区居委会", "residents' committees", 45,
            StatisticalBreakdown.Of("按类型", "by type", P("纯居型", "pure residential", 33), P("村改居型", "village-converted", 12))));

    /// <summary>Gets the outcomes of Shashi's 居民说事 (WF-02): 2320 closed of "more than 2400" received (at most 96.67%), and satisfaction reported as 97% with no counts.</summary>
    public static StatisticalReport ShashiResidentsMatters { get; } = StatisticalReport.OfRates(
        StatisticalRate.Counted("办结率", "matters closed", 2320, 2400).WithApproximateWhole(),
        StatisticalRate.Reported("满意率", "residents satisfied", 97));

    /// <summary>Gets the outcome of Furong town's petition reception days (WF-03): 51 of 52 petitions mediated, reported as 98%, which the counts give at a whole percent.</summary>
    public static StatisticalReport FurongPetitions { get; } = StatisticalReport.OfRates(
        StatisticalRate.Counted("调处率", "petitions mediated", 51, 52).ReportedAs(98));

    /// <summary>Gets COM-03's reported election of 2012 in the unnamed city: 106 committee members in its 18 communities, 84 full-time and 22 part-time; it adds up.</summary>
    public static StatisticalReport UnnamedCityElection { get; } = StatisticalReport.Of(
        StatisticalTotal.Of("居委会委员", "residents' committee members", 106,
            StatisticalBreakdown.Of("按任职方式", "by tenure", P("专职委员", "full-time", 84), P("兼职委员", "part-time", 22))));

    /// <summary>Creates the version of the unnamed city's election report (COM-03) at a jurisdiction of the caller's choosing, since the source names no city.</summary>
    /// <param name="jurisdiction">The jurisdiction to attach it to, which a catalog must know.</param>
    /// <returns>The version, citing the unnamed city's survey.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code.</exception>
    public static PolicyVersion<StatisticalReport> UnnamedCityElectionAt(JurisdictionCode jurisdiction) =>
        PolicyVersion.Create(StatisticsKinds.Workforce, jurisdiction, EffectivePeriod.Always, UnnamedCityElection, RuleId.Com03,
            SourceDocuments.UnnamedCitySurvey.WithSection("一、(二)加大投入,夯实基础,一是管事有人"));

    /// <summary>Gets every built-in report, each cited to the section that gives its figures.</summary>
    /// <returns>The versions.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        yield return PolicyVersion.Create(StatisticsKinds.Communities, KnownJurisdictions.Xiantao.Code, EffectivePeriod.Always, XiantaoCommunities, RuleId.Sta01,
            SourceDocuments.XiantaoReport.WithSection("一、全市社区基本情况,1、社区分布情况;4、社区阵地建设情况"));
        yield return PolicyVersion.Create(StatisticsKinds.Workforce, KnownJurisdictions.Xiantao.Code, EffectivePeriod.Always, XiantaoCadres, RuleId.Sta02,
            SourceDocuments.XiantaoReport.WithSection("一、全市社区基本情况,2、社区工作者构成"));
        yield return PolicyVersion.Create(StatisticsKinds.Workforce, KnownJurisdictions.Hefei.Code, EffectivePeriod.Always, HefeiStaff, RuleId.Sta03,
            SourceDocuments.HefeiSurvey.WithSection("二、合肥市社区服务管理创新工作基本情况,(四)社区工作者队伍明显优化"));
        yield return PolicyVersion.Create(StatisticsKinds.Communities, KnownJurisdictions.Xinluo.Code, EffectivePeriod.Always, XinluoCommunities, RuleId.Sta04,
            SourceDocuments.XinluoSurvey.WithSection("一、现状"));
        yield return PolicyVersion.Create(StatisticsKinds.Outcomes, KnownJurisdictions.Shashi.Code, EffectivePeriod.Always, ShashiResidentsMatters, RuleId.Wf02,
            SourceDocuments.ShashiReview.WithSection("三、(三)全面推行“居民说事”制度"));
        yield return PolicyVersion.Create(StatisticsKinds.Outcomes, KnownJurisdictions.Wanan.Code, EffectivePeriod.Always, FurongPetitions, RuleId.Wf03,
            SourceDocuments.FurongNotice.WithSection("一、(二)2、社区服务中心工作创新"));
    }

    private static StatisticalPart P(string chinese, string english, long value) => StatisticalPart.Of(chinese, english, value);
}
