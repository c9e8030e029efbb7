namespace Community.Domain.Policies;

/// <summary>The result of looking a quantity up in a <see cref="BandTable{TQuantity, TValue}"/>: which band matched, and why.</summary>
/// <typeparam name="TQuantity">The ordered quantity.</typeparam>
/// <typeparam name="TValue">The value the band gives.</typeparam>
/// <remarks>A match is a small struct that refers to the table's bands; looking up allocates nothing.</remarks>
public readonly record struct BandMatch<TQuantity, TValue> : Shared.IHoldsResult
    where TQuantity : struct, IComparable<TQuantity>
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    internal BandMatch(BandTable<TQuantity, TValue> table, Band<TQuantity, TValue> band, TQuantity quantity, int listedIndex, int tiedListedIndex)
    {
        _made = true;
        Table = table;
        Band = band;
        Quantity = quantity;
        ListedIndex = listedIndex;
        TiedListedIndex = tiedListedIndex;
    }

    /// <summary>Gets the table looked up.</summary>
    public BandTable<TQuantity, TValue> Table { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BandMatch<TQuantity, TValue>>("BandTable.Find"); }

    /// <summary>Gets the quantity looked up.</summary>
    public TQuantity Quantity { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BandMatch<TQuantity, TValue>>("BandTable.Find"); }

    /// <summary>Gets the zero-based position, in the order the source lists them, of the band that matched.</summary>
    public int ListedIndex { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BandMatch<TQuantity, TValue>>("BandTable.Find"); }

    /// <summary>Gets the band that matched.</summary>
    public Band<TQuantity, TValue> Band { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BandMatch<TQuantity, TValue>>("BandTable.Find"); }

    /// <summary>Gets the matched band's value.</summary>
    /// <exception cref="InvalidOperationException">The match is the default value, which holds none.</exception>
    public TValue Value => (Band ?? throw GuardExtensions.DefaultInstance<BandMatch<TQuantity, TValue>>("BandTable.Find")).Value;

    /// <summary>Gets a value indicating whether the quantity is a boundary value that a later-listed band also includes, so the first-listed-wins reading decided.</summary>
    public bool IsDecidedByFirstListedWins => TiedListedIndex >= 0;

    /// <summary>Gets the zero-based listed position of the other band that includes the quantity, or -1 when no other band does.</summary>
    public int TiedListedIndex { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BandMatch<TQuantity, TValue>>("BandTable.Find"); }

    /// <summary>Formats the match, for diagnostics.</summary>
    /// <returns>A text naming the quantity, the band and the reading.</returns>
    public override string ToString() =>
        !_made
            ? "no match"
            : $"{Quantity} in band {ListedIndex + 1} {Band}" + (IsDecidedByFirstListedWins ? $"; also in band {TiedListedIndex + 1}, first listed wins" : string.Empty);
}
