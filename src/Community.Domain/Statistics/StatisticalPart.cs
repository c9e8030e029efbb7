using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Statistics;

/// <summary>One part of a reported breakdown: its name as the source gives it, and its figure.</summary>
public sealed record StatisticalPart
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal StatisticalPart(string chinese, string english, long value)
    {
        Chinese = Guard.Against.BlankText(chinese);
        English = Guard.Against.BlankText(english);
        Value = value < 0 ? throw GuardExtensions.OutOfRange(nameof(value), value, "must be zero or more") : value;
    }

    /// <summary>Gets the part's name as the source gives it, such as 纯社区.</summary>
    public string Chinese { get; }

    /// <summary>Gets the part's English name.</summary>
    public string English { get; }

    /// <summary>Gets the figure reported for the part.</summary>
    public long Value { get; }

    /// <summary>Creates a part.</summary>
    /// <param name="chinese">The Chinese name; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    /// <param name="value">The figure, zero or more.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static StatisticalPart Of(string chinese, string english, long value) =>
        new(chinese, english, value);

    /// <summary>Formats the part, for diagnostics.</summary>
    /// <returns>A text such as <c>pure 21</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{English} {Value}");
}
