namespace Community.Domain.Policies;

/// <summary>Where a lookup landed, by listed positions only, small enough to return in registers: the band that applies, and the band it beat at a shared boundary.</summary>
/// <param name="Listed">The listed position of the band that applies, or -1 when none does.</param>
/// <param name="Tied">The listed position of the band that also includes the quantity and lost under first-listed-wins, or -1.</param>
internal readonly record struct BandHit(int Listed, int Tied)
{
    public static BandHit None => new(-1, -1);

    public bool IsFound => Listed >= 0;

    public bool IsDecidedByFirstListedWins => Tied >= 0;
}
