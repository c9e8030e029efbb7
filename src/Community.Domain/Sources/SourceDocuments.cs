using NodaTime;

namespace Community.Domain.Sources;

/// <summary>The source documents the built-in rules come from, as citations.</summary>
/// <remarks>
/// Titles, issuers and dates are as the documents give them; a document that gives no date has
/// none (its web posting date is in its remark), and an issuer it does not name says so. Each
/// citation states the days its document speaks for, so that an answer for an earlier day
/// says in its explanation that it carries the rule beyond its source. Built-in policies add the section they rely on
/// with <see cref="Citation.WithSection"/>.
/// </remarks>
public static class SourceDocuments
{
    /// <summary>Gets the Xiantao civil affairs bureau's report on community work (Hubei), posted by the Hubei civil affairs department on 2016-11-22; it speaks from 2016 on.</summary>
    public static Citation XiantaoReport { get; } = Citation.Create(
        title: "仙桃市社区工作现状及改善对策",
        issuer: "仙桃市民政局",
        jurisdiction: "湖北省仙桃市",
        date: SourceDate.On(new LocalDate(2016, 11, 22)),
        englishTitle: "Community work in Xiantao: current state and remedies",
        englishIssuer: "Xiantao civil affairs bureau")
        .WithEnglishJurisdiction("Xiantao, Hubei")
        .WithRemark("published on the Hubei civil affairs department's portal", "发布于湖北省民政厅门户网站")
        .WithCoverage(new LocalDate(2016, 1, 1));

    /// <summary>Gets the Xinluo district CPPCC survey of community building (Longyan, Fujian); undated, describing 2002 to 2008.</summary>
    public static Citation XinluoSurvey { get; } = Citation.Create(
        title: "社区建设工作的调查报告",
        issuer: "新罗区政协调研课题组",
        jurisdiction: "福建省龙岩市新罗区",
        date: null,
        englishTitle: "Survey report on community building",
        englishIssuer: "Xinluo district CPPCC survey group")
        .WithEnglishJurisdiction("Xinluo district, Longyan, Fujian")
        .WithRemark("undated; it describes 2002 to 2008 and was posted on the web on 2024-09-15", "原文未署日期;所述为2002年至2008年情况,2024年9月15日见于网络")
        .WithCoverage(new LocalDate(2002, 1, 1));

    /// <summary>Gets the survey of an unnamed city's community building, printed after the Xinluo survey; undated, describing 2007 to 2012, the city's name and level not stated.</summary>
    public static Citation UnnamedCitySurvey { get; } = Citation.Create(
        title: "关于加强社区建设的调查与思考",
        issuer: "某市民政局调研组",
        jurisdiction: "某市(原文未具名)",
        date: null,
        englishTitle: "Survey and reflections on strengthening community building",
        englishIssuer: "an unnamed city's civil affairs bureau survey group")
        .WithEnglishJurisdiction("an unnamed city, its level not stated")
        .WithRemark("undated, the city unnamed and its level not stated; it describes 2007 to 2012 (the 2012 elections)", "原文未署日期,市名与行政级别均未载明;所述为2007年至2012年情况(含2012年换届选举)")
        .WithCoverage(new LocalDate(2007, 1, 1));

    /// <summary>Gets the Shashi district party committee deputy secretary's review of harmonious-community building (Jingzhou, Hubei); undated, reviewing 2006 to 2010.</summary>
    public static Citation ShashiReview { get; } = Citation.Create(
        title: "努力开创和谐社区建设新局面",
        issuer: "中共荆州市沙市区委副书记",
        jurisdiction: "湖北省荆州市沙市区",
        date: null,
        englishTitle: "Opening up a new stage of harmonious-community building",
        englishIssuer: "deputy secretary of the Shashi district committee of the CPC")
        .WithEnglishJurisdiction("Shashi district, Jingzhou, Hubei")
        .WithRemark("undated; it reviews the 11th five-year plan period, 2006 to 2010, and was posted on the web on 2020-03-04", "原文未署日期;回顾“十一五”期间(2006年至2010年),2020年3月4日见于网络")
        .WithCoverage(new LocalDate(2006, 1, 1));

    /// <summary>Gets the notice on recent matters of the county-seat communities of Wan'an (Furong town, Jiangxi); its issuer is not stated, and it was posted on 2022-10-22.</summary>
    public static Citation FurongNotice { get; } = Citation.Create(
        title: "近期社区情况通知",
        issuer: "发文机关未载明",
        jurisdiction: "江西省吉安市万安县芙蓉镇",
        date: null,
        englishTitle: "Notice on recent community matters",
        englishIssuer: "issuer not stated")
        .WithEnglishJurisdiction("Furong town, Wan'an county, Ji'an, Jiangxi")
        .WithRemark("undated, the issuer not stated; posted on the web on 2022-10-22", "原文未署日期与发文机关;2022年10月22日见于网络")
        .WithCoverage(new LocalDate(2022, 1, 1));

    /// <summary>Gets the Hefei survey of innovation in community service and management (Anhui); undated, its own references pointing to 2011.</summary>
    public static Citation HefeiSurvey { get; } = Citation.Create(
        title: "合肥社区服务管理创新调研报告",
        issuer: "作者未载明",
        jurisdiction: "安徽省合肥市",
        date: null,
        englishTitle: "Survey of innovation in community service and management in Hefei",
        englishIssuer: "author not stated")
        .WithEnglishJurisdiction("Hefei, Anhui")
        .WithRemark("undated, the author not stated; its own references point to 2011", "原文未署日期与作者;文中所述时点指向2011年")
        .WithCoverage(new LocalDate(2010, 1, 1));

    /// <summary>Gets the news feature on Hefei's practice as a sample of innovation in community service and management, in the Hefei Daily (《合肥日报》) of 2012-01-10.</summary>
    public static Citation HefeiPractice { get; } = Citation.Create(
        title: "“创新社区服务管理样本”的合肥实践",
        issuer: "《合肥日报》",
        jurisdiction: "安徽省合肥市",
        date: SourceDate.On(new LocalDate(2012, 1, 10)),
        englishTitle: "Hefei's practice as a sample of innovation in community service and management",
        englishIssuer: "Hefei Daily")
        .WithEnglishJurisdiction("Hefei, Anhui")
        .WithRemark("a news feature", "新闻报道")
        .WithCoverage(new LocalDate(2008, 1, 1));

    /// <summary>Gets Fujian's outline for urban community building (trial), as quoted by the Xinluo survey, which gives no date.</summary>
    public static Citation FujianOutline { get; } = Citation.Create(
        title: "福建省城市社区建设纲要(试行)",
        issuer: "福建省",
        jurisdiction: "福建省",
        date: null,
        englishTitle: "Fujian outline for urban community building (trial)",
        englishIssuer: "Fujian province")
        .WithEnglishJurisdiction("Fujian")
        .WithRemark("quoted by the Xinluo survey, which gives neither the issuing body nor the date", "转引自新罗区调查报告,原文未载明发文机关与日期");

    /// <summary>Gets the Fujian party committee general office's opinion on harmonious communities on the western side of the Straits, as quoted by the Xinluo survey, which gives no number or date.</summary>
    public static Citation FujianHarmonyOpinion { get; } = Citation.Create(
        title: "关于推进海峡西岸和谐社区建设工作的意见",
        issuer: "中共福建省委办公厅",
        jurisdiction: "福建省",
        date: null,
        englishTitle: "Opinion on advancing harmonious communities on the western side of the Straits",
        englishIssuer: "General office of the Fujian provincial committee of the CPC")
        .WithEnglishJurisdiction("Fujian")
        .WithRemark("quoted by the Xinluo survey, which gives neither its number nor its date", "转引自新罗区调查报告,原文未载明文号与日期");

    /// <summary>Gets Longyan's notice on planning approval of community service premises, 龙政规〔2005〕147号.</summary>
    public static Citation Longyan147 { get; } = Citation.Create(
        title: "关于规范城市社区服务用房规划审批管理的通知",
        issuer: "龙岩市规划局",
        jurisdiction: "福建省龙岩市",
        date: SourceDate.InYear(2005),
        number: "龙政规〔2005〕147号",
        englishTitle: "Notice on regulating planning approval of urban community service premises",
        englishIssuer: "Longyan city planning bureau")
        .WithEnglishJurisdiction("Longyan, Fujian")
        .WithCoverage(new LocalDate(2005, 1, 1));
}
