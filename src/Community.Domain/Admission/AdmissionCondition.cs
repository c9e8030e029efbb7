using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>A condition a policy sets for admitting work, used as a set of flags; serialised by name.</summary>
/// <remarks>
/// A condition that depends on another is only checked when the other holds: a misdirected
/// application is reported only when there is an application, an approval from the wrong
/// authority or after the start only when there is an approval, and a form of entrustment only
/// when there is one. So each unmet condition names one thing to put right.
/// </remarks>
[Flags]
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<AdmissionCondition>))]
public enum AdmissionCondition
{
    /// <summary>No condition.</summary>
    None = 0,

    /// <summary>The department applied in writing (ADM-01).</summary>
    WrittenApplication = 1 << 0,

    /// <summary>The application went to the office the policy names (ADM-01: the district community office).</summary>
    ApplicationToNamedOffice = 1 << 1,

    /// <summary>The superior authority's document came with the request (ADM-01).</summary>
    SuperiorDocument = 1 << 2,

    /// <summary>A concrete implementation plan came with the request (ADM-01).</summary>
    ImplementationPlan = 1 << 3,

    /// <summary>The work was approved (ADM-01, ADM-02, ADM-03).</summary>
    Approval = 1 << 4,

    /// <summary>The approval came from the authority the policy names (ADM-01: the district party committee and government; ADM-02: the city community-building leading group office).</summary>
    ApprovalByNamedAuthority = 1 << 5,

    /// <summary>The approval was given no later than the day the work begins.</summary>
    ApprovalBeforeStart = 1 << 6,

    /// <summary>Funds come with the task (费随事转).</summary>
    FundsTransferred = 1 << 7,

    /// <summary>Authority comes with the responsibility (权随责走).</summary>
    AuthorityTransferred = 1 << 8,

    /// <summary>The work is entrusted in a stated form (ADM-02).</summary>
    Entrustment = 1 << 9,

    /// <summary>The form of entrustment is one the policy accepts (ADM-02: agreement, purchase of services or project management).</summary>
    EntrustmentFormAccepted = 1 << 10,
}
