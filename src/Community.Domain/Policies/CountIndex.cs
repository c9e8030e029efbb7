namespace Community.Domain.Policies;

/// <summary>
/// A band table over a whole-number quantity (population, households) with every bound and every
/// shared boundary settled in advance, so that a lookup is a search over longs and one comparison.
/// </summary>
/// <remarks>
/// Each band's bounds become inclusive whole numbers (an exclusive bound x becomes x - 1 above or
/// x + 1 below). Where two neighbouring bands both include a boundary b (allowed only under
/// <see cref="BoundaryReading.FirstListedWins"/>), the later-listed band gives b up in advance, and
/// b is remembered as the winning band's tie, with the listed position of the band it beat.
/// </remarks>
internal readonly struct CountIndex
{
    // One element per band, ascending: a lookup reads the element its search ends on and nothing else.
    private readonly CountBand[]? _bands;

    private CountIndex(CountBand[] bands) => _bands = bands;

    /// <summary>Gets a value indicating whether the index was made; it is not for tables that are not over counts.</summary>
    public bool IsMade => _bands is not null;

    /// <summary>Settles the bounds of sorted bands given as inclusive whole numbers; not made when a band would be left with no value, which the general lookup then handles.</summary>
    public static CountIndex Create(long[] lowers, long[] uppers, int[] sortedToListed, bool[] sharesUpperWithNext)
    {
        var n = lowers.Length;
        lowers = (long[])lowers.Clone();
        uppers = (long[])uppers.Clone();
        var tieAt = new long[n];
        var tiedWith = new int[n];
        Array.Fill(tieAt, long.MinValue);
        Array.Fill(tiedWith, -1);
        for (var i = 0; i + 1 < n; i++)
        {
            if (!sharesUpperWithNext[i])
            {
                continue;
            }

            // The later-listed band gives the boundary up. A band can win only one tie: winning both
            // its neighbours' would need it listed before both, which an ordered listing cannot give.
            var boundary = uppers[i];
            if (sortedToListed[i] < sortedToListed[i + 1])
            {
                lowers[i + 1] = boundary + 1;
                (tieAt[i], tiedWith[i]) = (boundary, sortedToListed[i + 1]);
            }
            else
            {
                uppers[i] = boundary - 1;
                (tieAt[i + 1], tiedWith[i + 1]) = (boundary, sortedToListed[i]);
            }
        }

        var bands = new CountBand[n];
        for (var i = 0; i < n; i++)
        {
            if (lowers[i] > uppers[i] || (i > 0 && uppers[i] < uppers[i - 1]))
            {
                return default;
            }

            bands[i] = new(lowers[i], uppers[i], tieAt[i], sortedToListed[i], tiedWith[i]);
        }

        return new(bands);
    }

    /// <summary>Finds the band holding a count; the index must be made.</summary>
    public BandHit Find(long count)
    {
        var bands = _bands!;
        var low = 0;
        var high = bands.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (count <= bands[middle].Upper)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        if ((uint)low >= (uint)bands.Length)
        {
            return BandHit.None;
        }

        ref readonly var band = ref bands[low];
        return count < band.Lower ? BandHit.None : new(band.Listed, count == band.TieAt ? band.TiedWith : -1);
    }

    private readonly record struct CountBand(long Lower, long Upper, long TieAt, int Listed, int TiedWith);
}
