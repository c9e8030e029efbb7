using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Jurisdictions;

/// <summary>An administrative division: its code, names, level and parent.</summary>
/// <remarks>
/// A jurisdiction refers to its parent by code; a <see cref="Policies.PolicyCatalog"/> links the
/// tree and checks it when it is built (every parent known, every parent of a higher tier). Policy
/// versions are inherited down this tree. Instances are immutable and compare by value.
/// </remarks>
public sealed record Jurisdiction
{
    private Jurisdiction(JurisdictionCode code, string chineseName, string englishName, JurisdictionLevel level, JurisdictionCode? parent)
    {
        Code = code;
        ChineseName = chineseName;
        EnglishName = englishName;
        Level = level;
        Parent = parent;
    }

    /// <summary>Gets the division code.</summary>
    public JurisdictionCode Code { get; }

    /// <summary>Gets the Chinese name, such as 新罗区.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name, such as Xinluo District.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the level.</summary>
    public JurisdictionLevel Level { get; }

    /// <summary>Gets the parent's code, or <see langword="null"/> at the top of a tree (the nation, or a province defined without one).</summary>
    public JurisdictionCode? Parent { get; }

    /// <summary>Creates a province, which has no parent.</summary>
    /// <param name="code">The code, ending in 0000.</param>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <param name="englishName">The English name; not blank.</param>
    /// <returns>The province.</returns>
    /// <exception cref="ArgumentException">A name is blank, or the code does not end in 0000.</exception>
    public static Jurisdiction Province(JurisdictionCode code, string chineseName, string englishName) =>
        Create(code, chineseName, englishName, JurisdictionLevel.Province, null);

    /// <summary>Creates the nation, the top of the tree, whose rules every province under it inherits.</summary>
    /// <param name="code">The code, ending in 0000; the statistical tables use 100000 for the whole country.</param>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <param name="englishName">The English name; not blank.</param>
    /// <returns>The nation.</returns>
    /// <exception cref="ArgumentException">A name is blank, or the code does not end in 0000.</exception>
    public static Jurisdiction Nation(JurisdictionCode code, string chineseName, string englishName) =>
        Create(code, chineseName, englishName, JurisdictionLevel.Nation, null);

    /// <summary>Creates a jurisdiction below a parent.</summary>
    /// <param name="code">The code; its shape must fit <paramref name="level"/>.</param>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <param name="englishName">The English name; not blank.</param>
    /// <param name="level">The level: province (below the nation), city, county, functional area, street or town.</param>
    /// <param name="parent">The parent's code.</param>
    /// <returns>The jurisdiction.</returns>
    /// <exception cref="ArgumentException">A name is blank, the level is the nation or undefined, the code does not fit the level, the parent is the jurisdiction itself, or the code does not agree with the parent's.</exception>
    /// <remarks>
    /// <para>The code must agree with its parent's, as the division tables build their codes: a
    /// nine-digit street or town code extends the six digits of its county (or of a city without
    /// districts, such as 东莞市 441900); a county-level code shares the first four digits of its city;
    /// a city's, or a county-level unit's directly under a province (省直辖县级单位 such as 仙桃市
    /// 429004 under 湖北省 420000, or the 兵团 cities of Xinjiang), shares the province's first two. A
    /// province below the nation (100000) is not constrained.</para>
    /// <para>The catalog checks that the parent is of a higher tier when it is built.</para>
    /// </remarks>
    public static Jurisdiction Below(JurisdictionCode parent, JurisdictionCode code, string chineseName, string englishName, JurisdictionLevel level)
    {
        if (level == JurisdictionLevel.Nation)
        {
            throw new ArgumentException("level is Nation; the nation has no parent, so create it with Jurisdiction.Nation.", nameof(level));
        }

        if (parent == code)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"parent is {parent}, the jurisdiction's own code; expected another jurisdiction's code."), nameof(parent));
        }

        var created = Create(code, chineseName, englishName, level, parent);
        return Disagreement(parent, code, level) is { } expected
            ? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"code is {code}, which does not agree with parent {parent}; expected {expected}, as the division tables build a child's code from its parent's."), nameof(code))
            : created;
    }

    // What a child's code must look like below its parent, or null when it agrees.
    private static string? Disagreement(JurisdictionCode parent, JurisdictionCode code, JurisdictionLevel level)
    {
        if (level == JurisdictionLevel.Province || parent.Value >= 100_000_000)
        {
            return null; // a province below the nation, or anything below a township (the catalog refuses its tier)
        }

        if (code.Value >= 100_000_000)
        {
            return code.Value / 1000 == parent.Value ? null : string.Create(CultureInfo.InvariantCulture, $"a nine-digit code extending {parent}'s six digits ({parent}001 to {parent}999)");
        }

        return parent.Value % 10_000 == 0
            ? code.Value / 10_000 == parent.Value / 10_000 ? null : string.Create(CultureInfo.InvariantCulture, $"a code sharing {parent}'s first two digits ({parent.Value / 10_000}xxxx)")
            : parent.Value % 100 == 0
                ? code.Value / 100 == parent.Value / 100 ? null : string.Create(CultureInfo.InvariantCulture, $"a code sharing {parent}'s first four digits ({parent.Value / 100}xx)")
                : null; // a six-digit code below a county-level unit: the catalog refuses its tier
    }

    private static Jurisdiction Create(JurisdictionCode code, string chineseName, string englishName, JurisdictionLevel level, JurisdictionCode? parent)
    {
        Guard.Against.UndefinedEnum(level);
        if (code == default)
        {
            throw new ArgumentException("code is the default value 0; expected a 6- or 9-digit division code.", nameof(code));
        }

        if (parent == default(JurisdictionCode))
        {
            throw new ArgumentException("parent is the default value 0; expected a 6-digit division code.", nameof(parent));
        }

        if (!code.Fits(level))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"code is {code}; a {level} needs {ExpectedShape(level)}."),
                nameof(code));
        }

        return new(code, Guard.Against.BlankText(chineseName), Guard.Against.BlankText(englishName), level, parent);
    }

    private static string ExpectedShape(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.Province or JurisdictionLevel.Nation => "a 6-digit code ending in 0000",
        JurisdictionLevel.City => "a 6-digit code ending in 00 but not 0000",
        JurisdictionLevel.County or JurisdictionLevel.FunctionalArea => "a 6-digit code not ending in 00",
        _ => "a 9-digit statistical code",
    };

    /// <summary>Formats the jurisdiction, for diagnostics.</summary>
    /// <returns>A text such as <c>新罗区 Xinluo District (350802)</c>.</returns>
    public override string ToString() => $"{ChineseName} {EnglishName} ({Code})";
}
