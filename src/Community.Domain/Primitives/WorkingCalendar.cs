using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Primitives;

/// <summary>Which days are working days: Monday to Friday, less the holidays the caller gives, plus the weekend days the caller gives as working days (调休).</summary>
/// <remarks>
/// The library ships no calendar data and reads no clock: the caller passes the State Council's
/// holiday arrangement (or its own) for the years it asks about. Deadlines "within N working days"
/// count from the day after the start: <see cref="AddWorkingDays"/> of 1 is the next working day.
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly FrozenSet<LocalDate> _holidays;
    private readonly FrozenSet<LocalDate> _workingWeekendDays;

    private WorkingCalendar(ImmutableArray<LocalDate> holidays, ImmutableArray<LocalDate> workingWeekendDays)
    {
        Holidays = holidays;
        WorkingWeekendDays = workingWeekendDays;
        _holidays = holidays.ToFrozenSet();
        _workingWeekendDays = workingWeekendDays.ToFrozenSet();
    }

    /// <summary>Gets a calendar of Monday to Friday with no holidays.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([], []);

    /// <summary>Gets the holidays: weekdays that are not working days.</summary>
    public ImmutableArray<LocalDate> Holidays { get; }

    /// <summary>Gets the weekend days that are working days.</summary>
    public ImmutableArray<LocalDate> WorkingWeekendDays { get; }

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Days off that fall on weekdays (weekend days given are ignored: they are off anyway).</param>
    /// <param name="workingWeekendDays">Saturdays and Sundays that are working days; each must be a weekend day and not a holiday.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A working weekend day is a weekday or also a holiday, or a date is not ISO.</exception>
    public static WorkingCalendar Create(IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> workingWeekendDays)
    {
        var off = Guard.Against.NullArgument(holidays).Select(d => Guard.Against.IsoDate(d, nameof(holidays))).Distinct().Order().ToImmutableArray();
        var on = Guard.Against.NullArgument(workingWeekendDays).Select(d => Guard.Against.IsoDate(d, nameof(workingWeekendDays))).Distinct().Order().ToImmutableArray();
        foreach (var day in on)
        {
            if (!IsWeekend(day))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"workingWeekendDays holds {day:uuuu-MM-dd}, a {day.DayOfWeek}; expected Saturdays and Sundays only."), nameof(workingWeekendDays));
            }

            if (off.Contains(day))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"workingWeekendDays holds {day:uuuu-MM-dd}, which holidays also holds; a day is either off or on."), nameof(workingWeekendDays));
            }
        }

        return new([.. off.Where(d => !IsWeekend(d))], on);
    }

    /// <summary>Says whether a day is a working day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> for a weekday that is not a holiday, or a weekend day given as a working day.</returns>
    public bool IsWorkingDay(LocalDate date) =>
        IsWeekend(date) ? _workingWeekendDays.Contains(date) : !_holidays.Contains(date);

    /// <summary>Returns the day that is a number of working days after a start: the last day of "within N working days".</summary>
    /// <param name="start">The start, which itself does not count.</param>
    /// <param name="workingDays">The working days, positive.</param>
    /// <returns>The N-th working day after <paramref name="start"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is not positive or above 3650, or the day reached would pass 9999-12-31.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        if (workingDays is < 1 or > 3650)
        {
            throw GuardExtensions.OutOfRange(nameof(workingDays), workingDays, "must be from 1 to 3650");
        }

        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day < LocalDate.MaxIsoValue
                ? day.PlusDays(1)
                : throw GuardExtensions.OutOfRange(nameof(start), start, string.Create(CultureInfo.InvariantCulture, $"is too late: {workingDays} working days after it pass 9999-12-31, the last date NodaTime holds"));
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Counts the working days after a start up to and including an end.</summary>
    /// <param name="start">The start, which itself does not count.</param>
    /// <param name="end">The end, which counts when it is a working day.</param>
    /// <returns>The working days; zero when <paramref name="end"/> is not after <paramref name="start"/>.</returns>
    /// <remarks>Counted in whole weeks, then the few days left, then corrected by the holidays and working
    /// weekend days in the span: as fast for a span of centuries as for a week.</remarks>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        if (end <= start)
        {
            return 0;
        }

        var days = Period.Between(start, end, PeriodUnits.Days).Days;
        var count = days / 7 * 5;
        var day = start.PlusDays(days / 7 * 7);
        while (day < end)
        {
            day = day.PlusDays(1);
            count += IsWeekend(day) ? 0 : 1;
        }

        foreach (var holiday in Holidays)
        {
            count -= holiday > start && holiday <= end && !IsWeekend(holiday) ? 1 : 0;
        }

        foreach (var workingDay in WorkingWeekendDays)
        {
            count += workingDay > start && workingDay <= end && IsWeekend(workingDay) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Formats the calendar, for diagnostics.</summary>
    /// <returns>A text such as <c>weekdays less 7 holidays, plus 2 working weekend days</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"weekdays less {Holidays.Length} holidays, plus {WorkingWeekendDays.Length} working weekend days");

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
