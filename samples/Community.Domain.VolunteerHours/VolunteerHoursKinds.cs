using Community.Domain.Policies;

namespace Samples.VolunteerHours;

/// <summary>The kinds of policy of the volunteer hours module.</summary>
public static class VolunteerHoursKinds
{
    /// <summary>Gets the kind of the levels and yearly minimum of volunteer service hours, <c>volunteers.hours</c>.</summary>
    public static PolicyKind<VolunteerHoursPolicy> Hours { get; } = new("volunteers.hours", VolunteerHoursText.KindEnglish, VolunteerHoursText.KindChinese);
}
