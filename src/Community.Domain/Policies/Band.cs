namespace Community.Domain.Policies;

/// <summary>Creates <see cref="Band{TQuantity, TValue}"/> values with the types inferred.</summary>
public static class Band
{
    /// <summary>Creates a band between two bounds.</summary>
    /// <typeparam name="TQuantity">The ordered quantity.</typeparam>
    /// <typeparam name="TValue">The value the band gives.</typeparam>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <param name="value">The value for quantities in the band.</param>
    /// <param name="sourceText">The band's wording in the source, such as 5000人以下, if any.</param>
    /// <returns>The band; a <see cref="BandTable{TQuantity, TValue}"/> checks it is not empty.</returns>
    public static Band<TQuantity, TValue> Between<TQuantity, TValue>(Bound<TQuantity> lower, Bound<TQuantity> upper, TValue value, string? sourceText = null)
        where TQuantity : struct, IComparable<TQuantity> => new(lower, upper, value, sourceText);

    /// <summary>Creates a band with a lower bound and no upper bound.</summary>
    /// <typeparam name="TQuantity">The ordered quantity.</typeparam>
    /// <typeparam name="TValue">The value the band gives.</typeparam>
    /// <param name="lower">The lower bound.</param>
    /// <param name="value">The value for quantities in the band.</param>
    /// <param name="sourceText">The band's wording in the source, such as 10000人以上, if any.</param>
    /// <returns>The band.</returns>
    public static Band<TQuantity, TValue> From<TQuantity, TValue>(Bound<TQuantity> lower, TValue value, string? sourceText = null)
        where TQuantity : struct, IComparable<TQuantity> => new(lower, null, value, sourceText);

    /// <summary>Creates a band with an upper bound and no lower bound.</summary>
    /// <typeparam name="TQuantity">The ordered quantity.</typeparam>
    /// <typeparam name="TValue">The value the band gives.</typeparam>
    /// <param name="upper">The upper bound.</param>
    /// <param name="value">The value for quantities in the band.</param>
    /// <param name="sourceText">The band's wording in the source, if any.</param>
    /// <returns>The band.</returns>
    public static Band<TQuantity, TValue> UpTo<TQuantity, TValue>(Bound<TQuantity> upper, TValue value, string? sourceText = null)
        where TQuantity : struct, IComparable<TQuantity> => new(null, upper, value, sourceText);

    /// <summary>Creates a band that covers every quantity, for a rule that does not depend on it.</summary>
    /// <typeparam name="TQuantity">The ordered quantity.</typeparam>
    /// <typeparam name="TValue">The value the band gives.</typeparam>
    /// <param name="value">The value for every quantity.</param>
    /// <param name="sourceText">The rule's wording in the source, if any.</param>
    /// <returns>The band.</returns>
    public static Band<TQuantity, TValue> Everywhere<TQuantity, TValue>(TValue value, string? sourceText = null)
        where TQuantity : struct, IComparable<TQuantity> => new(null, null, value, sourceText);
}
