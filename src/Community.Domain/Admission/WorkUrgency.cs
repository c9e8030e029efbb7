using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>Whether a request is ordinary work, temporary important work or an emergency; serialised by name.</summary>
/// <remarks>Under a policy with the emergency exception (ADM-02) the last two are carried out in the community directly by the town (street office) and the departments, not entrusted to the committee.</remarks>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<WorkUrgency>))]
public enum WorkUrgency
{
    /// <summary>Ordinary work.</summary>
    Ordinary = 0,

    /// <summary>Temporary important work (临时性重要工作).</summary>
    TemporaryImportant = 1,

    /// <summary>A sudden major event (突发性重大事件).</summary>
    Emergency = 2,
}
