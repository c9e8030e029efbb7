using System.Collections.Immutable;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Admission;

/// <summary>The work-admission policies of the source documents.</summary>
public static class AdmissionPolicies
{
    /// <summary>Gets the Xinluo survey's proposal (ADM-01).</summary>
    /// <remarks>
    /// Work outside the committee's statutory duties (organisations, plaques, assessments, training
    /// classes, special surveys, subscription drives and the like) needs a written application to the
    /// district community office with the superior's document and an implementation plan, approval by
    /// the district party committee and government before the work begins, and funds and authority
    /// with the task. The proposal names no prohibited kind and no emergency exception.
    /// </remarks>
    public static AdmissionPolicy Xinluo { get; } = AdmissionPolicy.CreateBuilder()
        .WithOwnDuties(CommunityDuty.StatutoryDuties)
        .RequireApplication(Authority.DistrictCommunityOffice)
        .RequireDocuments(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan)
        .RequireApproval(Authority.DistrictPartyCommitteeAndGovernment)
        .RequireFundsTransferred()
        .RequireAuthorityTransferred()
        .Build();

    /// <summary>Gets Xiantao's recommendation (ADM-03).</summary>
    /// <remarks>
    /// The community's own duties are the seven the report lists; everything else goes through the
    /// admission system with funds and authority following the task. The report names no approving
    /// body, so any approval given on or before the day the work begins counts.
    /// </remarks>
    public static AdmissionPolicy Xiantao { get; } = AdmissionPolicy.CreateBuilder()
        .WithOwnDuties(
            CommunityDuty.CityManagement,
            CommunityDuty.PublicServices,
            CommunityDuty.CommunityBuilding,
            CommunityDuty.SafetySupervision,
            CommunityDuty.EmergencyManagement,
            CommunityDuty.SocialStability,
            CommunityDuty.PublicOrder)
        .RequireApproval()
        .RequireFundsTransferred()
        .RequireAuthorityTransferred()
        .Build();

    /// <summary>Gets the unnamed city's recommendation (ADM-02).</summary>
    /// <remarks>
    /// Work the community must help with is approved by the city community-building leading group
    /// office and entrusted by agreement, purchase of services or project management, with funds and
    /// authority; temporary important work and emergencies are carried out directly by the town
    /// (street office) and the departments. Economic targets, revenue quotas, irregular charges and
    /// responsibility letters are never allowed (reading: the report forbids making the community
    /// sign responsibility letters outright, and plaques only "at will", so plaques go through
    /// admission).
    /// </remarks>
    public static AdmissionPolicy UnnamedCity { get; } = AdmissionPolicy.CreateBuilder()
        .WithOwnDuties(CommunityDuty.StatutoryDuties)
        .Prohibit(WorkItemKind.EconomicTarget, WorkItemKind.RevenueQuota, WorkItemKind.IrregularCharge, WorkItemKind.ResponsibilityLetter)
        .CarryOutEmergenciesDirectly()
        .RequireApproval(Authority.CityCommunityBuildingOffice)
        .RequireEntrustment(EntrustmentForm.Agreement, EntrustmentForm.ServicePurchase, EntrustmentForm.ProjectManagement)
        .RequireFundsTransferred()
        .RequireAuthorityTransferred()
        .Build();

    /// <summary>Gets the sources of ADM-04, the burden seen in practice that a workload register makes measurable: the unnamed city's "more than a hundred tasks", 20-odd plaques and 10 kinds of insurance sold on quota; Xinluo's conscripts' family allowance collected by communities; Furong's overload.</summary>
    public static ImmutableArray<Citation> BurdenSources { get; } =
    [
        SourceDocuments.UnnamedCitySurvey.WithSection("二、(二)社区工作任务繁重"),
        SourceDocuments.XinluoSurvey.WithSection("三、1、三是社区组织管理职能行政化"),
        SourceDocuments.FurongNotice.WithSection("二、(一)社区规模过大,社区干部人手不足"),
    ];

    /// <summary>Creates a version of the unnamed city's admission policy (ADM-02) at a jurisdiction of the caller's choosing, since the source does not name the city.</summary>
    /// <param name="jurisdiction">The jurisdiction to attach it to, which a catalog must know.</param>
    /// <param name="period">When it is in force.</param>
    /// <returns>The version, citing the unnamed city's survey.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code.</exception>
    public static PolicyVersion<AdmissionPolicy> UnnamedCityAt(JurisdictionCode jurisdiction, EffectivePeriod period) =>
        PolicyVersion.Create(
            AdmissionKinds.WorkAdmission,
            jurisdiction,
            period,
            UnnamedCity,
            RuleId.Adm02,
            SourceDocuments.UnnamedCitySurvey.WithSection("三、(二)规范运行机制,三是切实减轻社区组织负担"));

    /// <summary>Gets the versions of this module's policies that the source documents define, as <see cref="AdmissionCatalogBuilderExtensions.AddAdmissionPolicies"/> adds them to a catalog.</summary>
    /// <returns>The built-in versions, each with its rule id and citations, in a fresh sequence.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        // ADM-01: the Xinluo survey proposes that the city adopt it (建议市委、市政府出台); the source
        // gives no date from which anyone adopted it, so it is a proposal with no period of its own.
        yield return PolicyVersion.Create(
            AdmissionKinds.WorkAdmission,
            KnownJurisdictions.Xinluo.Code,
            EffectivePeriod.Always,
            AdmissionPolicies.Xinluo,
            RuleId.Adm01,
            SourceDocuments.XinluoSurvey.WithSection("四、建议,1、建立健全社区建设组织管理体制,三是先行先试")).AsProposed();

        // ADM-03: Xiantao's recommendation, undated within the report like its other rules.
        yield return PolicyVersion.Create(
            AdmissionKinds.WorkAdmission,
            KnownJurisdictions.Xiantao.Code,
            EffectivePeriod.Always,
            AdmissionPolicies.Xiantao,
            RuleId.Adm03,
            SourceDocuments.XiantaoReport.WithSection("四、建议及对策,(五)社区减负增效"));
    }
}
