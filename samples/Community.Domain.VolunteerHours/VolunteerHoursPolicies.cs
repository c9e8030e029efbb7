using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Samples.VolunteerHours;

/// <summary>The module's built-in versions: one invented national rule, marked as a proposal, to show the shape.</summary>
public static class VolunteerHoursPolicies
{
    /// <summary>Gets the invented source the sample rule cites; no real document says this.</summary>
    public static Citation SampleSource { get; } = Citation.Create(
        "志愿服务时长星级示例规则（虚构，仅作示例）",
        "Community.Domain 示例",
        "全国",
        SourceDate.InYear(2026),
        englishTitle: "Sample rule of volunteer service levels (invented, for the sample only)",
        englishIssuer: "Community.Domain samples",
        remark: "Invented to show a user's module; not a policy of any government.");

    /// <summary>Gets the sample rule: level 1 at 50 hours, level 2 at 150, level 3 at 300; active from 20 hours a year.</summary>
    public static VolunteerHoursPolicy National { get; } = VolunteerHoursPolicy.Create(
        [ServiceHours.Of(50), ServiceHours.Of(150), ServiceHours.Of(300)],
        ServiceHours.Of(20));

    /// <summary>Gets the rule id of the sample rule, <c>VOL-01</c>.</summary>
    public static RuleId Vol01 { get; } = RuleId.Of("VOL-01");

    /// <summary>The built-in versions: the sample rule for the whole nation, as a proposal.</summary>
    /// <returns>The versions.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        yield return PolicyVersion.Create(VolunteerHoursKinds.Hours, KnownJurisdictions.China.Code, EffectivePeriod.Always, National, Vol01, SampleSource).AsProposed();
    }
}
