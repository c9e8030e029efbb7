using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Subsidies;

/// <summary>The reference wages and subsidy policies of the source documents.</summary>
internal static class BuiltInSubsidies
{
    public static void Register(PolicyCatalogBuilder builder)
    {
        var xinluo = KnownJurisdictions.Xinluo.Code;
        var shortfall = SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题");

        // Xinluo's minimum wage after the 2007 adjustment: the survey gives the year, not the day,
        // so the start is unstated.
        builder.Add(
            ReferenceWageKinds.MinimumWage,
            xinluo,
            EffectivePeriod.Always,
            ReferenceWage.PerMonth(Money.FromYuan(570)),
            RuleId.Sub01,
            shortfall);

        // SUB-01: the Fujian outline's floors, multiples of each district's own minimum wage.
        builder.Add(
            SubsidyKinds.Floor,
            KnownJurisdictions.Fujian.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.FujianFloors,
            RuleId.Sub01,
            SourceDocuments.FujianOutline,
            shortfall);

        // SUB-02: Xinluo's pay from February 2008; the survey does not give the pay before.
        builder.Add(
            SubsidyKinds.Pay,
            xinluo,
            EffectivePeriod.From(new LocalDate(2008, 2, 1)),
            SubsidyPolicies.XinluoPay2008,
            RuleId.Sub02,
            SourceDocuments.XinluoSurvey.WithSection("二、主要做法"));

        // SUB-03: Xiantao's pay as reported in 2016.
        builder.Add(
            SubsidyKinds.Pay,
            KnownJurisdictions.Xiantao.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.XiantaoPay,
            RuleId.Sub03,
            SourceDocuments.XiantaoReport.WithSection("三、(一)社区工作人员待遇偏低,队伍不稳定,专业社工人才缺乏"));

        // SUB-05: Shashi's public-welfare and specialist posts.
        builder.Add(
            SubsidyKinds.Pay,
            KnownJurisdictions.Shashi.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.ShashiPosts,
            RuleId.Sub05,
            SourceDocuments.ShashiReview.WithSection("一、(三)构建保障有力的部门服务网络"));

        // SUB-06: Hefei's floor at the average social wage; no wage figure is given, so asking the
        // floor needs a wage the caller adds.
        builder.Add(
            SubsidyKinds.Floor,
            KnownJurisdictions.Hefei.Code,
            EffectivePeriod.Always,
            SubsidyPolicies.HefeiFloor,
            RuleId.Sub06,
            SourceDocuments.HefeiPractice.WithSection("“组织化”打造出高效服务队伍"));
    }
}
