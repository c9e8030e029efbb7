using System.Globalization;
using NodaTime;

namespace Community.Domain.Sources;

/// <summary>The date of a source document, to the precision the document gives: a year, a month or a day.</summary>
/// <remarks>
/// Many governance reports state only the year of a regulation ("从2005年开始"), so a citation
/// records what is known and no more rather than inventing a day. The default value is the year 1
/// with no month or day, which no built-in citation uses.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SourceDateJsonConverter))]
public readonly record struct SourceDate
{
    private SourceDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month, 1 to 12, when the document gives it.</summary>
    public int? Month { get; }

    /// <summary>Gets the day of the month, when the document gives it.</summary>
    public int? Day { get; }

    /// <summary>Creates a date known to the year only.</summary>
    /// <param name="year">The year, from 1949 to 9999.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1949 to 9999.</exception>
    public static SourceDate InYear(int year) => new(CheckYear(year), null, null);

    /// <summary>Creates a date known to the month.</summary>
    /// <param name="year">The year, from 1949 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static SourceDate InMonth(int year, int month)
    {
        if (month is < 1 or > 12)
        {
            throw GuardExtensions.OutOfRange(nameof(month), month, "must be from 1 to 12");
        }

        return new(CheckYear(year), month, null);
    }

    /// <summary>Creates a date known to the day.</summary>
    /// <param name="date">The date, in the ISO calendar, from 1949 on.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 1949 or not in the ISO calendar.</exception>
    public static SourceDate On(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw GuardExtensions.OutOfRange(nameof(date), date, "must be in the ISO calendar");
        }

        return new(CheckYear(date.Year, nameof(date)), date.Month, date.Day);
    }

    private static int CheckYear(int year, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(year))] string? parameterName = null) =>
        year is >= 1949 and <= 9999 ? year : throw GuardExtensions.OutOfRange(parameterName, year, "must be in a year from 1949 to 9999");

    /// <summary>Formats the date to its known precision: <c>2005</c>, <c>2008-02</c> or <c>2016-11-22</c>.</summary>
    /// <returns>The ISO-style text.</returns>
    public override string ToString() => (Month, Day) switch
    {
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}-{d:00}"),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    /// <summary>Formats the date in Chinese to its known precision: <c>2005年</c>, <c>2008年2月</c> or <c>2016年11月22日</c>.</summary>
    /// <returns>The Chinese text.</returns>
    public string ToChineseString() => SourcesText.Date(Year, Month, Day);
}
