using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Participation;

/// <summary>The built-in participation targets of the source documents (PAR-01 to PAR-04, Xiantao).</summary>
public static class ParticipationPolicies
{
    /// <summary>Gets PAR-01: at least 5 volunteer organisations in each urban community, at least 3 in each town one.</summary>
    public static OrganisationTarget XiantaoVolunteerOrganisations { get; } = OrganisationTarget.Create(5, null, 3, null);

    /// <summary>Gets PAR-02: 80% or more of party members and 30% or more of residents volunteer.</summary>
    public static VolunteerTarget XiantaoVolunteerService { get; } = VolunteerTarget.Create(ShareThreshold.AtLeast(Rate.FromPercent(80)), ShareThreshold.AtLeast(Rate.FromPercent(30)));

    /// <summary>Gets PAR-03: 5 to 6 public-benefit or fellowship societies in each community, 4 to 5 in each town community.</summary>
    public static OrganisationTarget XiantaoSocieties { get; } = OrganisationTarget.Create(5, 6, 4, 5);

    /// <summary>Gets PAR-04: a themed activity every half month (2 a month) and 60 or more visits a week to the activity rooms.</summary>
    public static ActivityTarget XiantaoActivities { get; } = ActivityTarget.Create(2, 60);

    /// <summary>Gets every built-in version of the module's kinds, each cited to the section of the Xiantao report that states it.</summary>
    /// <returns>The versions.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        var xiantao = KnownJurisdictions.Xiantao.Code;
        yield return PolicyVersion.Create(ParticipationKinds.VolunteerOrganisations, xiantao, EffectivePeriod.Always, XiantaoVolunteerOrganisations, RuleId.Par01,
            SourceDocuments.XiantaoReport.WithSection("二、(三)巩固和扩大社区服务功能,4、推行志愿服务"));
        yield return PolicyVersion.Create(ParticipationKinds.VolunteerService, xiantao, EffectivePeriod.Always, XiantaoVolunteerService, RuleId.Par02,
            SourceDocuments.XiantaoReport.WithSection("三、(五)志愿者服务队伍与在职党员进社区活动开展不够"));
        yield return PolicyVersion.Create(ParticipationKinds.Societies, xiantao, EffectivePeriod.Always, XiantaoSocieties, RuleId.Par03,
            SourceDocuments.XiantaoReport.WithSection("二、(二)健全和培育社区自治组织,2、培育社区社团"));
        yield return PolicyVersion.Create(ParticipationKinds.Activities, xiantao, EffectivePeriod.Always, XiantaoActivities, RuleId.Par04,
            SourceDocuments.XiantaoReport.WithSection("二、(一)完善和升级社区工作场所,3、组织社区活动"));
    }
}
