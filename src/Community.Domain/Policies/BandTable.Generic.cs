using System.Collections.Immutable;

namespace Community.Domain.Policies;

/// <summary>An immutable table of bands over an ordered quantity (population, area, households), each band giving a value.</summary>
/// <typeparam name="TQuantity">The ordered quantity.</typeparam>
/// <typeparam name="TValue">The value each band gives.</typeparam>
/// <remarks>
/// <para>A table is checked whole when it is defined: no bands, an empty band, bands listed in
/// neither ascending nor descending order, a gap between neighbours, or an overlap are errors, and
/// a <see cref="PolicyDefinitionException"/> lists all of them. Two neighbours may share an included
/// boundary value only when the definer states <see cref="BoundaryReading.FirstListedWins"/>, the
/// reading every built-in policy uses; the value then belongs to the band listed first.</para>
/// <para>Neighbours meet without a gap when one includes the boundary value and the other excludes
/// it: <c>[0, 5000]</c> then <c>(5000, 10000]</c>. The table need not cover every value: a quantity
/// below the first band or above the last has no band, which <see cref="TryFind"/> reports.</para>
/// <para>Looking up is a binary search over bands sorted once at definition, and allocates nothing.</para>
/// </remarks>
public sealed class BandTable<TQuantity, TValue>
    where TQuantity : struct, IComparable<TQuantity>
{
    // For each band in ascending order, its position in the source's listing.
    private readonly int[] _sortedToListed;

    // The sorted bands' bounds in flat arrays, and whether each band shares its included upper bound
    // with the next: the lookup reads these and never dereferences a band.
    private readonly Bound<TQuantity>?[] _lowers;
    private readonly Bound<TQuantity>?[] _uppers;
    private readonly bool[] _sharesUpperWithNext;

    // For counts (Population, HouseholdCount), the bands with every bound settled in advance, so that
    // the lookup compares longs. Null otherwise.
    private readonly CountIndex _counts;

    internal BandTable(ImmutableArray<Band<TQuantity, TValue>> bands, BoundaryReading reading, Band<TQuantity, TValue>[] sorted, int[] sortedToListed)
    {
        Bands = bands;
        Reading = reading;
        _sortedToListed = sortedToListed;
        _lowers = Array.ConvertAll(sorted, b => b.Lower);
        _uppers = Array.ConvertAll(sorted, b => b.Upper);
        _sharesUpperWithNext = new bool[sorted.Length];
        for (var i = 0; i + 1 < sorted.Length; i++)
        {
            _sharesUpperWithNext[i] = sorted[i].Upper is { IsInclusive: true } upper
                && sorted[i + 1].Lower is { IsInclusive: true } lower
                && upper.Value.CompareTo(lower.Value) == 0;
        }

        if (IsCount)
        {
            _counts = CountIndex.Create(
                Array.ConvertAll(sorted, b => b.Lower is { } l ? Count(l.Value) + (l.IsInclusive ? 0 : 1) : long.MinValue),
                Array.ConvertAll(sorted, b => b.Upper is { } u ? Count(u.Value) - (u.IsInclusive ? 0 : 1) : long.MaxValue),
                sortedToListed,
                _sharesUpperWithNext);
        }
    }

    /// <summary>Gets the bands in the order the source lists them.</summary>
    public ImmutableArray<Band<TQuantity, TValue>> Bands { get; }

    /// <summary>Gets how a value that two neighbouring bands both include is read.</summary>
    public BoundaryReading Reading { get; }

    /// <summary>Returns a table with the same bands and reading, each band's value mapped by a function.</summary>
    /// <typeparam name="TResult">The new value type.</typeparam>
    /// <param name="selector">Maps a band's value to the new value; called once per band, now.</param>
    /// <returns>The mapped table; its bounds, source texts and listing order are this table's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="selector"/> is null.</exception>
    public BandTable<TQuantity, TResult> Select<TResult>(Func<TValue, TResult> selector)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(selector);
        var listed = Bands.Select(b => new Band<TQuantity, TResult>(b.Lower, b.Upper, selector(b.Value), b.SourceText)).ToImmutableArray();
        var sorted = new Band<TQuantity, TResult>[Bands.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = listed[_sortedToListed[i]];
        }

        return new BandTable<TQuantity, TResult>(listed, Reading, sorted, _sortedToListed);
    }

    /// <summary>Finds the band a quantity falls in.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The match: the band, its listed position, and whether the first-listed-wins reading decided.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No band contains <paramref name="quantity"/>.</exception>
    public BandMatch<TQuantity, TValue> Find(TQuantity quantity) =>
        Locate(quantity) is { IsFound: true } hit
            ? new BandMatch<TQuantity, TValue>(this, Bands[hit.Listed], quantity, hit.Listed, hit.Tied)
            : throw NoBand(quantity);

    /// <summary>Finds the band a quantity falls in, by listed positions only: the evaluators' hot path.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No band contains <paramref name="quantity"/>.</exception>
    internal BandHit Hit(TQuantity quantity) =>
        Locate(quantity) is { IsFound: true } hit ? hit : throw NoBand(quantity);

    /// <summary>Tries to find the band a quantity falls in.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="match">The match, when a band contains the quantity.</param>
    /// <returns><see langword="true"/> when a band contains <paramref name="quantity"/>.</returns>
    public bool TryFind(TQuantity quantity, out BandMatch<TQuantity, TValue> match)
    {
        match = Locate(quantity) is { IsFound: true } hit
            ? new BandMatch<TQuantity, TValue>(this, Bands[hit.Listed], quantity, hit.Listed, hit.Tied)
            : default;
        return !match.Equals(default);
    }

    // Finds the band by positions only: the match, which holds references, is built by the caller
    // as a return value, and the hit comes back in registers.
    private BandHit Locate(TQuantity quantity)
    {
        if (_counts.IsMade)
        {
            return _counts.Find(Count(quantity));
        }

        if (!TryFindSorted(quantity, out var low))
        {
            return BandHit.None;
        }

        // At an included boundary shared with the next bands (allowed only under FirstListedWins),
        // every band sharing it contains the quantity: the earliest listed wins, the next is the tie.
        var listed = _sortedToListed[low];
        var tied = -1;
        for (var j = low; _sharesUpperWithNext[j] && quantity.CompareTo(_uppers[j]!.Value.Value) == 0; j++)
        {
            var other = _sortedToListed[j + 1];
            if (other < listed)
            {
                (listed, tied) = (other, listed);
            }
            else if (tied < 0 || other < tied)
            {
                tied = other;
            }
        }

        return new(listed, tied);
    }

    private ArgumentOutOfRangeException NoBand(TQuantity quantity) =>
        GuardExtensions.OutOfRange(nameof(quantity), quantity, $"must fall in one of the table's bands: {string.Join("; ", Bands)}");

    private static bool IsCount => typeof(TQuantity) == typeof(Primitives.Population) || typeof(TQuantity) == typeof(Primitives.HouseholdCount) || typeof(TQuantity) == typeof(long);

    // The JIT resolves these type tests per instantiation and removes the boxing.
    private static long Count(TQuantity quantity) =>
        typeof(TQuantity) == typeof(Primitives.Population) ? ((Primitives.Population)(object)quantity).Residents
        : typeof(TQuantity) == typeof(Primitives.HouseholdCount) ? ((Primitives.HouseholdCount)(object)quantity).Households
        : typeof(TQuantity) == typeof(long) ? (long)(object)quantity
        : throw new InvalidOperationException(typeof(TQuantity).Name + " is not a count.");

    // Upper bounds ascend in a valid table: find the first band whose upper bound admits the quantity.
    private bool TryFindSorted(TQuantity quantity, out int low)
    {
        var uppers = _uppers;
        low = 0;
        var high = uppers.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (uppers[middle] is not { } upper || upper.AdmitsFromBelow(quantity))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low < uppers.Length && (_lowers[low] is not { } lower || lower.AdmitsFromAbove(quantity));
    }

    /// <summary>Formats the table, for diagnostics.</summary>
    /// <returns>The bands in listed order.</returns>
    public override string ToString() => $"{Reading}: " + string.Join("; ", Bands);

    internal static void CheckListingOrder(ImmutableArray<Band<TQuantity, TValue>> listed, ImmutableArray<DefinitionProblem>.Builder found)
    {
        var direction = 0;
        for (var i = 0; i + 1 < listed.Length; i++)
        {
            var step = Math.Sign(CompareBands(listed[i], listed[i + 1]));
            if (step == 0)
            {
                continue;
            }

            if (direction == 0)
            {
                direction = step;
            }
            else if (step != direction)
            {
                found.Add(new(
                    DefinitionProblemKind.UnorderedBands,
                    $"Band {i + 2} {listed[i + 1]} breaks the {(direction < 0 ? "ascending" : "descending")} order of the bands before it; list bands in ascending or descending order.",
                    "bands"));
            }
        }
    }

    internal static void CheckNeighbours(
        ImmutableArray<Band<TQuantity, TValue>> listed, int first, int second, BoundaryReading reading, ImmutableArray<DefinitionProblem>.Builder found)
    {
        var a = listed[first];
        var b = listed[second];
        var names = $"bands {first + 1} {a} and {second + 1} {b}";
        const string neighbours = "bands"; // A problem of two neighbours is the list's, not one band's.
        if (a.Upper is not { } upper || b.Lower is not { } lower)
        {
            found.Add(new(DefinitionProblemKind.Overlap, $"The {names} overlap: one is unbounded towards the other.", neighbours));
            return;
        }

        var comparison = upper.Value.CompareTo(lower.Value);
        if (comparison < 0 || (comparison == 0 && !upper.IsInclusive && !lower.IsInclusive))
        {
            found.Add(new(DefinitionProblemKind.Gap, $"Between {names} lie values in neither band.", neighbours));
        }
        else if (comparison > 0)
        {
            found.Add(new(DefinitionProblemKind.Overlap, $"The {names} overlap beyond a single boundary value.", neighbours));
        }
        else if (upper.IsInclusive && lower.IsInclusive && reading == BoundaryReading.Strict)
        {
            found.Add(new(
                DefinitionProblemKind.SharedBoundary,
                $"The {names} both include {upper.Value}; make one bound exclusive, or define the table with the first-listed-wins reading.",
                neighbours));
        }
    }

    // Orders bands by lower bound (unbounded first, inclusive before exclusive at one value), then by upper bound.
    internal static int CompareBands(Band<TQuantity, TValue> a, Band<TQuantity, TValue> b)
    {
        var byLower = CompareLower(a.Lower, b.Lower);
        return byLower != 0 ? byLower : CompareUpper(a.Upper, b.Upper);
    }

    private static int CompareLower(Bound<TQuantity>? a, Bound<TQuantity>? b)
    {
        if (a is not { } x)
        {
            return b is null ? 0 : -1;
        }

        if (b is not { } y)
        {
            return 1;
        }

        var comparison = x.Value.CompareTo(y.Value);
        return comparison != 0 ? comparison : x.IsInclusive.CompareTo(y.IsInclusive) * -1;
    }

    private static int CompareUpper(Bound<TQuantity>? a, Bound<TQuantity>? b)
    {
        if (a is not { } x)
        {
            return b is null ? 0 : 1;
        }

        if (b is not { } y)
        {
            return -1;
        }

        var comparison = x.Value.CompareTo(y.Value);
        return comparison != 0 ? comparison : x.IsInclusive.CompareTo(y.IsInclusive);
    }
}
