using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>What every quota benchmark asks about: Xiantao on the report's date, and populations around and at every COM-01 boundary in turn, so no band and no branch is favoured.</summary>
internal sealed class PopulationCycle
{
    public static readonly LocalDate AsOf = new(2016, 11, 22);
    public static readonly JurisdictionCode Xiantao = KnownJurisdictions.Xiantao.Code;

    private readonly int[] _residents = [0, 4999, 5000, 5001, 9999, 10000, 10001, 25000];
    private int _next;

    public int NextResidents()
    {
        var residents = _residents[_next];
        _next = (_next + 1) & 7;
        return residents;
    }

    public Population Next() => Population.Of(NextResidents());
}
