using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>A precision (a step such as 0.01 yuan) together with the direction of rounding to it.</summary>
/// <remarks>
/// Rounding in this library is always explicit: a policy states its rounding, and nothing rounds
/// behind the caller's back. The default value rounds half away from zero to 0.01, the catalogue's
/// convention for computed amounts.
/// </remarks>
public readonly record struct Rounding
{
    private const decimal DefaultStep = 0.01m;
    private const decimal MinStep = 0.0000000001m;
    private const decimal MaxStep = 10_000_000_000m;

    // Zero means "the default step", which keeps default(Rounding) valid.
    private readonly decimal _step;

    private Rounding(decimal step, RoundingMode mode)
    {
        _step = step;
        Mode = mode;
    }

    /// <summary>Gets the precision to round to, such as 0.01 (a fen) or 1 (a whole yuan); always greater than zero.</summary>
    public decimal Step => _step == 0m ? DefaultStep : _step;

    /// <summary>Gets the direction of rounding.</summary>
    public RoundingMode Mode { get; }

    /// <summary>Gets the convention for computed amounts: half away from zero to 0.01.</summary>
    public static Rounding Amount => new(DefaultStep, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets the convention for floors: up to 0.01, so the rounded floor is never below the exact one.</summary>
    public static Rounding Floor => new(DefaultStep, RoundingMode.Up);

    /// <summary>Creates a rounding to the given step in the given direction.</summary>
    /// <param name="step">The precision, from 10^-10 to 10^10; for example 0.01, 0.1, 1 or 10.</param>
    /// <param name="mode">The direction of rounding.</param>
    /// <returns>The rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is outside 10^-10 to 10^10, or <paramref name="mode"/> is not defined.</exception>
    public static Rounding To(decimal step, RoundingMode mode) =>
        new(step is >= MinStep and <= MaxStep ? step : throw GuardExtensions.OutOfRange(nameof(step), step, "must be from 0.0000000001 to 10000000000"), Guard.Against.UndefinedEnum(mode));

    /// <summary>The largest value, either side of zero, that <see cref="Apply"/> rounds: 10^18.</summary>
    public const decimal MaxValue = 1_000_000_000_000_000_000m;

    /// <summary>Rounds a value to this precision in this direction.</summary>
    /// <param name="value">The exact value, within ±<see cref="MaxValue"/>.</param>
    /// <returns>The rounded value, a whole multiple of <see cref="Step"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is beyond ±<see cref="MaxValue"/>.</exception>
    public decimal Apply(decimal value)
    {
        Guard.Against.OutsideLimit(value, 1_000_000_000_000_000_000UL, "(a value Rounding rounds)");
        return ApplyWithinLimit(value);
    }

    /// <summary>Rounds a value already known to be within <see cref="MaxValue"/>, such as an amount of <see cref="Money"/>.</summary>
    internal decimal ApplyWithinLimit(decimal value)
    {
        var step = Step;
        var steps = value / step;
        var rounded = Mode switch
        {
            RoundingMode.Up => decimal.Ceiling(steps),
            RoundingMode.Down => decimal.Floor(steps),
            _ => decimal.Round(steps, MidpointRounding.AwayFromZero),
        };
        return rounded * step;
    }

    /// <summary>Tells whether two roundings have the same step and direction; the default value equals <see cref="Amount"/>.</summary>
    /// <param name="other">The other rounding.</param>
    /// <returns><see langword="true"/> when step and mode are equal.</returns>
    public bool Equals(Rounding other) => Step == other.Step && Mode == other.Mode;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Step, Mode);

    /// <summary>Describes the rounding, for diagnostics.</summary>
    /// <returns>A text such as <c>up to 0.01</c>.</returns>
    public override string ToString()
    {
        var direction = Mode switch
        {
            RoundingMode.Up => "up",
            RoundingMode.Down => "down",
            _ => "half away from zero",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{direction} to {Step}");
    }
}
