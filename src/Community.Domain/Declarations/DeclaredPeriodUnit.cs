namespace Community.Domain.Declarations;

/// <summary>The unit of a declared timetable's offset from its event.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DeclaredPeriodUnit>))]
public enum DeclaredPeriodUnit
{
    /// <summary>Calendar days (日).</summary>
    CalendarDays = 1,

    /// <summary>Working days (工作日), counted on the working calendar the caller gives.</summary>
    WorkingDays = 2,

    /// <summary>Weeks (周) of seven days.</summary>
    Weeks = 3,

    /// <summary>Calendar months (个月); a day the month lacks becomes its last day.</summary>
    Months = 4,

    /// <summary>Years (年); 29 February becomes 28 February in a common year. "Every N years" is N years after the last time.</summary>
    Years = 5,
}
