using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Community.Domain.Statistics;

/// <summary>A breakdown of a reported total into parts, as the source gives them; the parts may or may not add up to the total, which is what a check finds out.</summary>
public sealed class StatisticalBreakdown
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal StatisticalBreakdown(string chinese, string english, ImmutableArray<StatisticalPart> parts)
    {
        Chinese = Guard.Against.BlankText(chinese);
        English = Guard.Against.BlankText(english);
        Parts = Guard.Against.NoNullElements(parts);
        if (parts.IsEmpty)
        {
            throw new ArgumentException("parts is empty; expected at least one part.", nameof(parts));
        }

        var sum = Int128.Zero;
        foreach (var part in parts)
        {
            sum += part.Value;
        }

        Sum = sum >= long.MinValue && sum <= long.MaxValue
            ? (long)sum
            : throw new ArgumentOutOfRangeException(nameof(parts), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"parts add up to {sum}; expected a sum of at most {long.MaxValue}."));
    }

    /// <summary>Gets what the breakdown divides by, in Chinese, such as 按类型.</summary>
    public string Chinese { get; }

    /// <summary>Gets what the breakdown divides by, in English.</summary>
    public string English { get; }

    /// <summary>Gets the parts, in the source's order.</summary>
    public ImmutableArray<StatisticalPart> Parts { get; }

    /// <summary>Gets the parts' sum.</summary>
    public long Sum { get; }

    /// <summary>Creates a breakdown.</summary>
    /// <param name="chinese">What it divides by, in Chinese; not blank.</param>
    /// <param name="english">What it divides by, in English; not blank.</param>
    /// <param name="parts">The parts; at least one.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentException">A name is blank, or there are no parts.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a part is null.</exception>
    public static StatisticalBreakdown Of(string chinese, string english, params IEnumerable<StatisticalPart> parts) =>
        new(chinese, english, Guard.Against.NoNullElements(parts));

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is StatisticalBreakdown other && Equals(Chinese, other.Chinese) && Equals(English, other.English) && Equality.Same(Parts, other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Chinese, English, Equality.Hash(Parts));

    /// <summary>Formats the breakdown, for diagnostics.</summary>
    /// <returns>A text such as <c>by type: pure 21 + village-converted 35 = 56</c>.</returns>
    public override string ToString() => $"{English}: {string.Join(" + ", Parts)} = {Sum}";
}
