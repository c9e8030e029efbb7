namespace Community.Domain.Declarations;

/// <summary>What a declared input measures: a count of something, an area, an amount of money, a share, a yes or no, or a date.</summary>
/// <remarks>A rule compares only measures of one unit: households are never compared with residents, votes never with members.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<MeasureUnit>))]
public enum MeasureUnit
{
    /// <summary>Residents (居民, 人口), a whole number.</summary>
    Residents = 1,

    /// <summary>Households (户), a whole number.</summary>
    Households = 2,

    /// <summary>Persons (人), such as nominators or workers, a whole number.</summary>
    Persons = 3,

    /// <summary>Votes (票), a whole number.</summary>
    Votes = 4,

    /// <summary>Members (名成员) of a committee, council or meeting, a whole number.</summary>
    Members = 5,

    /// <summary>Working days (工作日), a whole number.</summary>
    WorkingDays = 6,

    /// <summary>Calendar days (日), a whole number; also the difference of two dates.</summary>
    CalendarDays = 7,

    /// <summary>Square metres (平方米) of floor area, a number of at most two decimals.</summary>
    SquareMetres = 8,

    /// <summary>Yuan (元), a number of at most two decimals (fen).</summary>
    Yuan = 9,

    /// <summary>A share of a whole, from 0 to 1; also the ratio of two inputs of one unit.</summary>
    Share = 10,

    /// <summary>A yes or no, such as whether a plan was published.</summary>
    YesNo = 11,

    /// <summary>A date, such as the day a term began.</summary>
    Date = 12,
}
