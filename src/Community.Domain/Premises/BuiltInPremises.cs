using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Premises;

/// <summary>The premises and land policies of the source documents.</summary>
internal static class BuiltInPremises
{
    public static void Register(PolicyCatalogBuilder builder)
    {
        var xiantao = KnownJurisdictions.Xiantao.Code;
        var xinluo = KnownJurisdictions.Xinluo.Code;

        // FAC-01: Xiantao's "六室一厅" and 300 m².
        builder.Add(PremisesKinds.Standard, xiantao, EffectivePeriod.Always, PremisesPolicies.XiantaoStandard, RuleId.Fac01,
            SourceDocuments.XiantaoReport.WithSection("二、(一)完善和升级社区工作场所"));

        // FAC-02: Fujian's model standard of 100 m², as the Xinluo survey measures against it.
        builder.Add(PremisesKinds.Standard, KnownJurisdictions.Fujian.Code, EffectivePeriod.Always, PremisesPolicies.FujianStandard, RuleId.Fac02,
            SourceDocuments.XinluoSurvey.WithSection("二、主要做法"));

        // FAC-06: the survey's recommendation for new centres in Xinluo.
        builder.Add(PremisesKinds.NewCentreStandard, xinluo, EffectivePeriod.Always, PremisesPolicies.XinluoNewCentre, RuleId.Fac06,
            SourceDocuments.XinluoSurvey.WithSection("四、建议,2、切实保障社区办公活动场所"));

        // FAC-03: Longyan's reservation from 2005; the notice gives the year, so the first day of it.
        builder.Add(PremisesKinds.DeveloperReservation, KnownJurisdictions.Longyan.Code, EffectivePeriod.From(new LocalDate(2005, 1, 1)), PremisesPolicies.LongyanReservation, RuleId.Fac03,
            SourceDocuments.Longyan147, SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题"));

        // FAC-04: Xiantao's 20 m² per 100 households.
        builder.Add(PremisesKinds.DeveloperReservation, xiantao, EffectivePeriod.Always, PremisesPolicies.XiantaoReservation, RuleId.Fac04,
            SourceDocuments.XiantaoReport.WithSection("三、(六)"));

        // FAC-05: Xinluo's building fees and the city's grant.
        builder.Add(PremisesKinds.BuildingFees, xinluo, EffectivePeriod.Always, PremisesPolicies.XinluoBuildingFees, RuleId.Fac05,
            SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题"));
    }
}
