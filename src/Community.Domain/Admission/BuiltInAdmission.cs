using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>The work-admission policies of the source documents that have a jurisdiction.</summary>
internal static class BuiltInAdmission
{
    public static void Register(PolicyCatalogBuilder builder)
    {
        // ADM-01: the Xinluo survey's proposal. The survey is undated but reports figures for the
        // whole of 2008 (截止2008年度), so its proposal is read as dating from 2009 at the earliest.
        builder.Add(
            AdmissionKinds.WorkAdmission,
            KnownJurisdictions.Xinluo.Code,
            EffectivePeriod.From(new LocalDate(2009, 1, 1)),
            AdmissionPolicies.Xinluo,
            RuleId.Adm01,
            SourceDocuments.XinluoSurvey.WithSection("四、建议,1、建立健全社区建设组织管理体制,三是先行先试"));

        // ADM-03: Xiantao's recommendation, undated within the report like its other rules.
        builder.Add(
            AdmissionKinds.WorkAdmission,
            KnownJurisdictions.Xiantao.Code,
            EffectivePeriod.Always,
            AdmissionPolicies.Xiantao,
            RuleId.Adm03,
            SourceDocuments.XiantaoReport.WithSection("四、建议及对策,(五)社区减负增效"));
    }
}
