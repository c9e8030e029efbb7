using System.Globalization;
using NodaTime;

namespace Community.Domain.Policies;

/// <summary>The dates on which a policy version is in force: from a start date (inclusive) to an optional end date (exclusive).</summary>
/// <remarks>
/// <para>The end is always <em>exclusive</em> and is named so everywhere: <see cref="EndExclusive"/>
/// is the first day on which the version is no longer in force, the day its successor starts. Build
/// a bounded period with <see cref="EndingBefore"/> (the exclusive end) or <see cref="EndingOn"/>
/// (the last day in force); both produce the same value, so neither reading can be mistaken.</para>
/// <para>A source sometimes says when a rule changed but not when it first applied ("20000 yuan,
/// raised to 30000 in 2008"). Such a version has no stated start (<see cref="Start"/> is
/// <see langword="null"/>) rather than an invented one. The default value is <see cref="Always"/>.</para>
/// <para>Dates must be in the ISO calendar.</para>
/// </remarks>
public readonly record struct EffectivePeriod
{
    private EffectivePeriod(LocalDate? start, LocalDate? endExclusive)
    {
        Start = start;
        EndExclusive = endExclusive;
    }

    /// <summary>Gets the first day in force, or <see langword="null"/> when the source states no start.</summary>
    public LocalDate? Start { get; }

    /// <summary>Gets the first day <em>no longer</em> in force, or <see langword="null"/> when the period is open-ended.</summary>
    public LocalDate? EndExclusive { get; }

    /// <summary>Gets the last day in force (the day before <see cref="EndExclusive"/>), or <see langword="null"/> when open-ended.</summary>
    public LocalDate? LastDay => EndExclusive?.PlusDays(-1);

    /// <summary>Gets a period with no stated start and no end.</summary>
    public static EffectivePeriod Always => default;

    /// <summary>Creates an open-ended period starting on a date.</summary>
    /// <param name="start">The first day in force, in the ISO calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not in the ISO calendar.</exception>
    public static EffectivePeriod From(LocalDate start) => new(CheckIso(start), null);

    /// <summary>Returns this period ending before a date: <paramref name="endExclusive"/> is the first day no longer in force.</summary>
    /// <param name="endExclusive">The first day no longer in force; after <see cref="Start"/>.</param>
    /// <returns>The bounded period.</returns>
    /// <exception cref="ArgumentException"><paramref name="endExclusive"/> is not in the ISO calendar, or is on or before <see cref="Start"/>.</exception>
    public EffectivePeriod EndingBefore(LocalDate endExclusive)
    {
        CheckIso(endExclusive);
        if (Start is { } start && endExclusive <= start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"endExclusive is {endExclusive:uuuu-MM-dd}; expected a day after the start, {start:uuuu-MM-dd}, since the end is the first day no longer in force."),
                nameof(endExclusive));
        }

        return new(Start, endExclusive);
    }

    /// <summary>Returns this period ending on a date: <paramref name="lastDay"/> is the last day in force.</summary>
    /// <param name="lastDay">The last day in force; on or after <see cref="Start"/>.</param>
    /// <returns>The bounded period, whose <see cref="EndExclusive"/> is the day after <paramref name="lastDay"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastDay"/> is not in the ISO calendar, is before <see cref="Start"/>, or is 9999-12-31, NodaTime's last date.</exception>
    public EffectivePeriod EndingOn(LocalDate lastDay)
    {
        CheckIso(lastDay);
        if (Start is { } start && lastDay < start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"lastDay is {lastDay:uuuu-MM-dd}; expected the start, {start:uuuu-MM-dd}, or a later day."),
                nameof(lastDay));
        }

        return lastDay < LocalDate.MaxIsoValue
            ? new(Start, lastDay.PlusDays(1))
            : throw GuardExtensions.OutOfRange(nameof(lastDay), lastDay, "must be before 9999-12-31, the last date NodaTime holds, since a period ends the day after its last day; leave a period still in force open instead");
    }

    /// <summary>Tells whether the period is in force on a date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is on or after the start and before the exclusive end.</returns>
    public bool Contains(LocalDate date) =>
        (Start is not { } start || date >= start) && (EndExclusive is not { } end || date < end);

    /// <summary>Tells whether two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when some day is in force in both.</returns>
    public bool Overlaps(EffectivePeriod other) =>
        StartsBefore(EndExclusive, other.Start) && StartsBefore(other.EndExclusive, Start);

    // True when a period ending (exclusively) at endExclusive reaches past a start.
    private static bool StartsBefore(LocalDate? endExclusive, LocalDate? start) =>
        endExclusive is not { } end || start is not { } s || s < end;

    /// <summary>Converts a bounded period to NodaTime's inclusive <see cref="DateInterval"/>.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="LastDay"/>, both inclusive.</returns>
    /// <exception cref="InvalidOperationException">The period has no stated start or no end.</exception>
    public DateInterval ToDateInterval() =>
        Start is { } start && LastDay is { } last
            ? new DateInterval(start, last)
            : throw new InvalidOperationException($"The period {this} has no stated start or no end, so it is not a DateInterval.");

    /// <summary>Formats the period as a half-open interval, for diagnostics.</summary>
    /// <returns>A text such as <c>[2008-01-01, open)</c> or <c>[not stated, 2008-01-01)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Start?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "not stated"}, {EndExclusive?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "open"})");

    /// <summary>Orders ISO dates as whole numbers without the calendar checks of <see cref="LocalDate"/>'s comparisons: a later day has a larger key.</summary>
    internal static int DayKey(LocalDate date) => unchecked((date.Year * 512) + (date.Month * 32) + date.Day);

    internal static LocalDate CheckIso(LocalDate date, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(date))] string? parameterName = null) =>
        date.Calendar == CalendarSystem.Iso ? date : throw GuardExtensions.NotIso(date, parameterName);
}
