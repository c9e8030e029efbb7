using System.Globalization;

namespace Community.Domain.Communities;

/// <summary>A count given exactly (5) or only as a range (4 to 7), never invented.</summary>
/// <remarks>The default value holds no range: its members throw <see cref="InvalidOperationException"/>, and arguments refuse it; make a range with <see cref="Exactly(int)"/> or <see cref="Between(int, int)"/>.</remarks>
public readonly record struct CountRange : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    /// <summary>The factories that make a range, as a refusal of the default names them.</summary>
    internal const string Factories = "CountRange.Exactly or CountRange.Between";

    [System.Text.Json.Serialization.JsonConstructor]
    internal CountRange(int min, int max)
    {
        _made = true;
        if (min < 0 || max < min)
        {
            throw JsonValues.Invalid(string.Create(CultureInfo.InvariantCulture, $"a count range from {min} to {max}"), "counts from zero, the largest no smaller than the least");
        }

        Min = min;
        Max = max;
    }

    /// <summary>Gets the smallest count allowed.</summary>
    public int Min { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<CountRange>("CountRange.Exactly or CountRange.Between"); }

    /// <summary>Gets the largest count allowed.</summary>
    public int Max { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<CountRange>("CountRange.Exactly or CountRange.Between"); }

    /// <summary>Gets a value indicating whether the range is a single count.</summary>
    public bool IsExact => Min == Max;

    /// <summary>Creates a range of one count.</summary>
    /// <param name="count">The count, zero or more.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static CountRange Exactly(int count) => Exactly(count, nameof(count));

    /// <summary>Creates an exact count, naming the caller's parameter if it is refused.</summary>
    internal static CountRange Exactly(int count, string parameterName) => new(Ardalis.GuardClauses.Guard.Against.NegativeCount(count, parameterName), count);

    /// <summary>Creates a range of counts, both ends included.</summary>
    /// <param name="min">The smallest count, zero or more.</param>
    /// <param name="max">The largest count, at least <paramref name="min"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is negative or <paramref name="max"/> is below it.</exception>
    public static CountRange Between(int min, int max) => Between(min, max, nameof(min), nameof(max));

    /// <summary>Creates a range, naming the caller's parameters if it is refused.</summary>
    internal static CountRange Between(int min, int max, string minName, string maxName)
    {
        Ardalis.GuardClauses.Guard.Against.NegativeCount(min, minName);
        return max >= min
            ? new(min, max)
            : throw GuardExtensions.OutOfRange(maxName, max, string.Create(CultureInfo.InvariantCulture, $"must be at least {minName} ({min})"));
    }

    /// <summary>Tells whether a count lies in the range.</summary>
    /// <param name="count">The count.</param>
    /// <returns><see langword="true"/> when <paramref name="count"/> is from <see cref="Min"/> to <see cref="Max"/>.</returns>
    public bool Contains(int count) => count >= Min && count <= Max;

    /// <summary>Adds two ranges: the range of sums.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>From the sum of the minimums to the sum of the maximums.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sum's maximum is beyond <see cref="int.MaxValue"/>.</exception>
    public static CountRange operator +(CountRange left, CountRange right)
    {
        Ardalis.GuardClauses.Guard.Against.DefaultValue(left, Factories);
        Ardalis.GuardClauses.Guard.Against.DefaultValue(right, Factories);
        var max = (long)left.Max + right.Max;
        return max <= int.MaxValue
            ? new(left.Min + right.Min, (int)max)
            : throw new ArgumentOutOfRangeException(nameof(right), right, string.Create(CultureInfo.InvariantCulture, $"left + right reaches {max}, beyond {int.MaxValue}, the largest count a CountRange holds (the operand named is right)."));
    }

    /// <summary>Formats the range.</summary>
    /// <returns><c>5</c> or <c>4-7</c>.</returns>
    public override string ToString() =>
        !_made ? "default CountRange" : IsExact ? Min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");
}
