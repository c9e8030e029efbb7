using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Statistics;

/// <summary>A total a source reports, with every breakdown of it the source gives.</summary>
public sealed class StatisticalTotal
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal StatisticalTotal(string chinese, string english, long value, ImmutableArray<StatisticalBreakdown> breakdowns)
    {
        Chinese = Guard.Against.BlankText(chinese);
        English = Guard.Against.BlankText(english);
        Value = value < 0 ? throw GuardExtensions.OutOfRange(nameof(value), value, "must be zero or more") : value;
        Breakdowns = Guard.Against.NoNullElements(breakdowns);
        if (breakdowns.IsEmpty)
        {
            throw new ArgumentException("breakdowns is empty; expected at least one breakdown to check.", nameof(breakdowns));
        }
    }

    /// <summary>Gets what is counted, in Chinese, such as 城乡社区.</summary>
    public string Chinese { get; }

    /// <summary>Gets what is counted, in English.</summary>
    public string English { get; }

    /// <summary>Gets the total as reported.</summary>
    public long Value { get; }

    /// <summary>Gets the breakdowns the source gives, in its order.</summary>
    public ImmutableArray<StatisticalBreakdown> Breakdowns { get; }

    /// <summary>Creates a total.</summary>
    /// <param name="chinese">What is counted, in Chinese; not blank.</param>
    /// <param name="english">What is counted, in English; not blank.</param>
    /// <param name="value">The total, zero or more.</param>
    /// <param name="breakdowns">Its breakdowns; at least one.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">A name is blank, or there are no breakdowns.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="breakdowns"/> or a breakdown is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static StatisticalTotal Of(string chinese, string english, long value, params IEnumerable<StatisticalBreakdown> breakdowns) =>
        new(chinese, english, value, Guard.Against.NoNullElements(breakdowns));

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is StatisticalTotal other && Equals(Chinese, other.Chinese) && Equals(English, other.English) && Equals(Value, other.Value) && Equality.Same(Breakdowns, other.Breakdowns);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Chinese, English, Value, Equality.Hash(Breakdowns));

    /// <summary>Formats the total, for diagnostics.</summary>
    /// <returns>A text such as <c>communities 79 (3 breakdowns)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{English} {Value} ({Breakdowns.Length} breakdowns)");
}
