using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Subsidies;

/// <summary>The subsidy policies of the source documents, to reuse, compare or attach to a jurisdiction of your own.</summary>
public static class SubsidyPolicies
{
    /// <summary>Gets Fujian's living subsidy floors (SUB-01): director and deputy director at least 150% of the local minimum wage, full-time member at least 130%.</summary>
    public static SubsidyPolicy FujianFloors { get; } = SubsidyPolicy.Floors(
        SubsidyLine.MultipleOf(PayRole.Director, ReferenceWageKinds.MinimumWage, Rate.FromPercent(150), "主任生活补贴不低于当年最低工资标准的150%"),
        SubsidyLine.MultipleOf(PayRole.DeputyDirector, ReferenceWageKinds.MinimumWage, Rate.FromPercent(150), "副主任生活补贴不低于当年最低工资标准的150%"),
        SubsidyLine.MultipleOf(PayRole.FullTimeMember, ReferenceWageKinds.MinimumWage, Rate.FromPercent(130), "专职委员生活补贴不低于当年最低工资标准的130%"));

    /// <summary>Gets Xinluo's pay from February 2008 (SUB-02): principal cadres (director and deputy) 700, members 500 yuan a month.</summary>
    public static SubsidyPolicy XinluoPay2008 { get; } = SubsidyPolicy.Amounts(
        SubsidyLine.Fixed(PayRole.Director, Money.FromYuan(700), "社区主干700元"),
        SubsidyLine.Fixed(PayRole.DeputyDirector, Money.FromYuan(700), "社区主干700元"),
        SubsidyLine.Fixed(PayRole.FullTimeMember, Money.FromYuan(500), "一般委员500元"));

    /// <summary>Gets Xiantao's pay (SUB-03): secretary 2000, deputy secretary 1800, member 1700 yuan a month.</summary>
    public static SubsidyPolicy XiantaoPay { get; } = SubsidyPolicy.Amounts(
        SubsidyLine.Fixed(PayRole.Secretary, Money.FromYuan(2000), "书记月工资2000元"),
        SubsidyLine.Fixed(PayRole.DeputySecretary, Money.FromYuan(1800), "副书记1800元"),
        SubsidyLine.Fixed(PayRole.FullTimeMember, Money.FromYuan(1700), "委员1700元"));

    /// <summary>Gets Furong town's pay (SUB-04): committee director 550, ordinary cadre (一般干部, not said to be a committee member) 400 yuan a month.</summary>
    public static SubsidyPolicy FurongPay { get; } = SubsidyPolicy.Amounts(
        SubsidyLine.Fixed(PayRole.Director, Money.FromYuan(550), "居委会主任工资550元/月"),
        SubsidyLine.Fixed(PayRole.OrdinaryCadre, Money.FromYuan(400), "一般干部400元/月"));

    /// <summary>Gets Shashi's post subsidies (SUB-05): public-welfare posts 300 yuan a month each, full-time specialist posts 800 yuan a month on average.</summary>
    public static SubsidyPolicy ShashiPosts { get; } = SubsidyPolicy.Amounts(
        SubsidyLine.Fixed(PayRole.PublicWelfarePost, Money.FromYuan(300), "每人每月岗位补贴300元"),
        SubsidyLine.Fixed(PayRole.SpecialistPost, Money.FromYuan(800), "每月人均工资待遇800元"));

    /// <summary>Gets Hefei's floor (SUB-06): community workers' pay and benefits (工资福利待遇, not a living subsidy) not below the local average social wage.</summary>
    public static SubsidyPolicy HefeiFloor { get; } = SubsidyPolicy.Floors(
        SubsidyLine.MultipleOf(PayRole.CommunityWorker, ReferenceWageKinds.AverageSocialWage, Rate.Whole, "工资福利待遇不低于全市(当地县)社会平均工资水平"));

    /// <summary>Gets Shushan district's work allowance for grid staff (SUB-06): 400 yuan a month each, paid by the district's finance.</summary>
    public static SubsidyPolicy ShushanGridAllowance { get; } = SubsidyPolicy.Amounts(
        SubsidyLine.Fixed(PayRole.GridWorker, Money.FromYuan(400), "该区财政给予工作津贴每人每月400元"));

    /// <summary>Creates a version of Furong town's pay (SUB-04) at a jurisdiction of the caller's choosing, since the sources give no code for the town.</summary>
    /// <param name="jurisdiction">The town's jurisdiction in your catalog, such as a 9-digit town code under Wan'an county (360828).</param>
    /// <param name="period">When it is in force; the notice was posted in 2022 and gives no date.</param>
    /// <returns>The version, citing the town's notice.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code.</exception>
    public static PolicyVersion<SubsidyPolicy> FurongPayAt(JurisdictionCode jurisdiction, EffectivePeriod period) =>
        PolicyVersion.Create(
            SubsidyKinds.Pay,
            jurisdiction,
            period,
            FurongPay,
            RuleId.Sub04,
            SourceDocuments.FurongNotice.WithSection("一、3、工作环境进一步改善"));

    /// <summary>Gets the versions of this module's policies that the source documents define, as <see cref="SubsidyCatalogBuilderExtensions.AddSubsidyPolicies"/> adds them to a catalog.</summary>
    /// <returns>The built-in versions, each with its rule id and citations, in a fresh sequence.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        var xinluo = KnownJurisdictions.Xinluo.Code;
        var shortfall = SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题");

        // Xinluo's minimum wage after the 2007 adjustment: the survey gives the year, not the day,
        // so the start is unstated.
        yield return PolicyVersion.Create(
            ReferenceWageKinds.MinimumWage,
            xinluo,
            EffectivePeriod.Always,
            ReferenceWage.PerMonth(Money.FromYuan(570)),
            RuleId.Sub01,
            shortfall);

        // SUB-01: the Fujian outline's floors, multiples of each district's own minimum wage.
        yield return PolicyVersion.Create(
            SubsidyKinds.Floor,
            KnownJurisdictions.Fujian.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.FujianFloors,
            RuleId.Sub01,
            SourceDocuments.FujianOutline,
            shortfall);

        // SUB-02: Xinluo's pay from February 2008; the survey does not give the pay before.
        yield return PolicyVersion.Create(
            SubsidyKinds.Pay,
            xinluo,
            EffectivePeriod.From(new LocalDate(2008, 2, 1)),
            SubsidyPolicies.XinluoPay2008,
            RuleId.Sub02,
            SourceDocuments.XinluoSurvey.WithSection("二、主要做法"));

        // SUB-03: Xiantao's pay as reported in 2016.
        yield return PolicyVersion.Create(
            SubsidyKinds.Pay,
            KnownJurisdictions.Xiantao.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.XiantaoPay,
            RuleId.Sub03,
            SourceDocuments.XiantaoReport.WithSection("三、(一)社区工作人员待遇偏低,队伍不稳定,专业社工人才缺乏"));

        // SUB-05: Shashi's public-welfare and specialist posts.
        yield return PolicyVersion.Create(
            SubsidyKinds.Pay,
            KnownJurisdictions.Shashi.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.ShashiPosts,
            RuleId.Sub05,
            SourceDocuments.ShashiReview.WithSection("一、(三)构建保障有力的部门服务网络"));

        // SUB-06: Hefei's floor at the average social wage; no wage figure is given, so asking the
        // floor needs a wage the caller adds.
        yield return PolicyVersion.Create(
            SubsidyKinds.Floor,
            KnownJurisdictions.Hefei.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.HefeiFloor,
            RuleId.Sub06,
            SourceDocuments.HefeiPractice.WithSection("“组织化”打造出高效服务队伍"));

        // SUB-06: Shushan's grid staff get a work allowance from the district's finance; the
        // feature does not date it beyond describing 2010-2012.
        yield return PolicyVersion.Create(
            SubsidyKinds.Pay,
            KnownJurisdictions.Shushan.Code,
            EffectivePeriod.Always,
            ShushanGridAllowance,
            RuleId.Sub06,
            SourceDocuments.HefeiPractice.WithSection("“网格化”编织出万千百姓笑脸"));
    }
}
