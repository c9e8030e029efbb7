using NodaTime;

namespace Community.Domain.Sources;

/// <summary>The source documents the built-in rules come from, as citations.</summary>
/// <remarks>
/// Reports found only as web postings carry the posting date with a remark saying so; documents
/// that a report quotes without a date carry none. Built-in policies add the section they rely on
/// with <see cref="Citation.WithSection"/>.
/// </remarks>
public static class SourceDocuments
{
    /// <summary>Gets the Xiantao civil affairs bureau's report on community work (Hubei, 2016-11-22).</summary>
    public static Citation XiantaoReport { get; } = Citation.Create(
        title: "仙桃市社区工作现状及改善对策",
        issuer: "仙桃市民政局",
        jurisdiction: "湖北省仙桃市",
        date: SourceDate.On(new LocalDate(2016, 11, 22)),
        englishTitle: "Community work in Xiantao: current state and remedies",
        englishIssuer: "Xiantao civil affairs bureau");

    /// <summary>Gets the Xinluo district CPPCC survey of community building (Longyan, Fujian).</summary>
    public static Citation XinluoSurvey { get; } = Citation.Create(
        title: "社区建设工作的调查报告",
        issuer: "新罗区政协调研课题组",
        jurisdiction: "福建省龙岩市新罗区",
        date: SourceDate.On(new LocalDate(2024, 9, 15)),
        englishTitle: "Survey report on community building",
        englishIssuer: "Xinluo district CPPCC survey group",
        remark: "undated survey of 2002-2008; the date is that of its web posting");

    /// <summary>Gets the survey of an unnamed prefecture-level city's community building, printed with the Xinluo survey (2012 elections).</summary>
    public static Citation UnnamedCitySurvey { get; } = Citation.Create(
        title: "社区建设工作的调查报告(之二:某市社区建设情况)",
        issuer: "某市民政部门",
        jurisdiction: "某地级市(原文未具名)",
        date: SourceDate.On(new LocalDate(2024, 9, 15)),
        englishTitle: "Survey report on community building (second report: an unnamed city)",
        englishIssuer: "an unnamed city's civil affairs office",
        remark: "describes 2007-2012; the date is that of its web posting");

    /// <summary>Gets the Shashi district leader's review of harmonious-community building (Jingzhou, Hubei).</summary>
    public static Citation ShashiReview { get; } = Citation.Create(
        title: "努力开创和谐社区建设新局面",
        issuer: "中共荆州市沙市区委",
        jurisdiction: "湖北省荆州市沙市区",
        date: SourceDate.On(new LocalDate(2020, 3, 4)),
        englishTitle: "Opening up a new stage of harmonious-community building",
        englishIssuer: "Shashi district committee of the CPC",
        remark: "reviews the 11th five-year plan period, 2006-2010; the date is that of its web posting");

    /// <summary>Gets Furong town's notice on recent community matters (Wan'an, Jiangxi).</summary>
    public static Citation FurongNotice { get; } = Citation.Create(
        title: "近期社区情况通知",
        issuer: "芙蓉镇",
        jurisdiction: "江西省吉安市万安县芙蓉镇",
        date: SourceDate.InYear(2022),
        englishTitle: "Notice on recent community matters",
        englishIssuer: "Furong town",
        remark: "the year is that of its web posting");

    /// <summary>Gets the Hefei survey of innovation in community service and management (Anhui).</summary>
    public static Citation HefeiSurvey { get; } = Citation.Create(
        title: "合肥社区服务管理创新调研报告",
        issuer: "合肥市",
        jurisdiction: "安徽省合肥市",
        date: SourceDate.InYear(2012),
        englishTitle: "Survey of innovation in community service and management in Hefei",
        remark: "describes 2010-2012");

    /// <summary>Gets the news feature on Hefei's practice as a sample of innovation in community service and management, printed with the Hefei survey.</summary>
    public static Citation HefeiPractice { get; } = Citation.Create(
        title: "“创新社区服务管理样本”的合肥实践",
        issuer: "合肥市",
        jurisdiction: "安徽省合肥市",
        date: null,
        englishTitle: "Hefei's practice as a sample of innovation in community service and management",
        remark: "an undated feature printed with the Hefei survey, describing 2010-2012");

    /// <summary>Gets Fujian's outline for urban community building (trial), as quoted by the Xinluo survey, which gives no date.</summary>
    public static Citation FujianOutline { get; } = Citation.Create(
        title: "福建省城市社区建设纲要(试行)",
        issuer: "福建省",
        jurisdiction: "福建省",
        date: null,
        englishTitle: "Fujian outline for urban community building (trial)",
        englishIssuer: "Fujian province",
        remark: "quoted by the Xinluo survey, which gives neither the issuing body nor the date");

    /// <summary>Gets Longyan's notice on planning approval of community service premises, 龙政规〔2005〕147号.</summary>
    public static Citation Longyan147 { get; } = Citation.Create(
        title: "关于规范城市社区服务用房规划审批管理的通知",
        issuer: "龙岩市规划局",
        jurisdiction: "福建省龙岩市",
        date: SourceDate.InYear(2005),
        number: "龙政规〔2005〕147号",
        englishTitle: "Notice on regulating planning approval of urban community service premises",
        englishIssuer: "Longyan city planning bureau");
}
