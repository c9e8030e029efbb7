namespace Community.Domain.Policies;

/// <summary>Creates <see cref="Bound{T}"/> values with the type inferred.</summary>
public static class Bound
{
    /// <summary>Creates a bound that includes its value (以上, 以下, 以内: "at least", "at most").</summary>
    /// <typeparam name="T">The ordered quantity.</typeparam>
    /// <param name="value">The boundary value.</param>
    /// <returns>The inclusive bound.</returns>
    public static Bound<T> Inclusive<T>(T value)
        where T : struct, IComparable<T> => new(value, isInclusive: true);

    /// <summary>Creates a bound that excludes its value (超过, 不满: "more than", "less than").</summary>
    /// <typeparam name="T">The ordered quantity.</typeparam>
    /// <param name="value">The boundary value.</param>
    /// <returns>The exclusive bound.</returns>
    public static Bound<T> Exclusive<T>(T value)
        where T : struct, IComparable<T> => new(value, isInclusive: false);
}
