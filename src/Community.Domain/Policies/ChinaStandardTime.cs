using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Policies;

/// <summary>Turns a caller's clock into the date in China, for callers who hold an <see cref="IClock"/> rather than a date.</summary>
/// <remarks>
/// The library never reads a clock of its own: every evaluation takes a <see cref="LocalDate"/>.
/// China has kept one fixed offset, UTC+8, since 1991, so no time-zone database is needed.
/// </remarks>
public static class ChinaStandardTime
{
    /// <summary>Gets the fixed UTC+8 zone of China Standard Time.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset.FromHours(8));

    /// <summary>Returns today's date in China according to the caller's clock.</summary>
    /// <param name="clock">The caller's clock, such as NodaTime's system clock in a service or a fake clock in a test.</param>
    /// <returns>The current date at UTC+8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock) => Guard.Against.NullArgument(clock).GetCurrentInstant().InZone(Zone).Date;
}
