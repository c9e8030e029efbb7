using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>What a work-admission decision says; serialised by name.</summary>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<AdmissionOutcome>))]
public enum AdmissionOutcome
{
    /// <summary>The work is one of the community's own duties: no admission is needed.</summary>
    NotNeeded = 0,

    /// <summary>Every condition of the policy holds: the work is admitted and entrusted to the community.</summary>
    Admitted = 1,

    /// <summary>Temporary important work or an emergency: the town (street office) and the departments carry it out in the community directly; it is not entrusted to the committee.</summary>
    CarriedOutDirectly = 2,

    /// <summary>At least one condition is unmet: the community may refuse the work or decline to carry it out.</summary>
    Refusable = 3,

    /// <summary>A prohibited kind of work: no approval, funds or authority can admit it.</summary>
    Rejected = 4,
}
