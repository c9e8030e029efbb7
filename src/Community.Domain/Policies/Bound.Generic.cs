namespace Community.Domain.Policies;

/// <summary>One end of a band: a value and whether the band includes it.</summary>
/// <typeparam name="T">The ordered quantity, such as a population or an area.</typeparam>
/// <remarks>
/// Create bounds with <see cref="Bound.Inclusive{T}(T)"/> and <see cref="Bound.Exclusive{T}(T)"/>,
/// which read like the statute: 以上/以下 include the number, 超过/不满 exclude it.
/// An unbounded end is a missing bound (<see langword="null"/>) on the band.
/// </remarks>
public readonly record struct Bound<T> : Shared.IHoldsResult
    where T : struct, IComparable<T>
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    internal Bound(T value, bool isInclusive)
    {
        _made = true;
        Value = value;
        IsInclusive = isInclusive;
    }

    /// <summary>Gets the boundary value.</summary>
    public T Value { get => _made ? field : throw GuardExtensions.DefaultInstance<Bound<T>>("Bound.Inclusive or Bound.Exclusive"); }

    /// <summary>Gets a value indicating whether the band includes <see cref="Value"/>.</summary>
    public bool IsInclusive { get => _made ? field : throw GuardExtensions.DefaultInstance<Bound<T>>("Bound.Inclusive or Bound.Exclusive"); }

    /// <summary>Tells whether a value lies on the inner side of this bound used as a lower bound.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is above the bound, or at it and the bound is inclusive.</returns>
    public bool AdmitsFromAbove(T value)
    {
        var comparison = value.CompareTo(Value);
        return comparison > 0 || (comparison == 0 && IsInclusive);
    }

    /// <summary>Tells whether a value lies on the inner side of this bound used as an upper bound.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is below the bound, or at it and the bound is inclusive.</returns>
    public bool AdmitsFromBelow(T value)
    {
        var comparison = value.CompareTo(Value);
        return comparison < 0 || (comparison == 0 && IsInclusive);
    }

    /// <summary>Formats the bound, for diagnostics.</summary>
    /// <returns>A text such as <c>5000 residents (inclusive)</c>.</returns>
    public override string ToString() => !_made ? "default Bound" : $"{Value} ({(IsInclusive ? "inclusive" : "exclusive")})";
}
