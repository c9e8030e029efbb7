namespace Community.Domain.Declarations;

/// <summary>Whether a declared timetable's date falls before or after its event.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DeclaredDirection>))]
public enum DeclaredDirection
{
    /// <summary>Before the event: apply at least five working days before a task starts.</summary>
    Before = 1,

    /// <summary>After the event: hold the next election five years after the last.</summary>
    After = 2,
}
