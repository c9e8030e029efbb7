using System.Buffers;
using Ardalis.GuardClauses;

namespace Community.Domain.Sources;

/// <summary>The identifier of a rule, such as <c>COM-01</c>, as listed in the rule catalogue.</summary>
/// <remarks>
/// <para>Every built-in policy carries the id of the rule it encodes (the constants on this type),
/// and every explanation names it. A user-defined rule picks its own id in the same shape: upper-case
/// letters and digits in two or more groups joined by hyphens, such as <c>WH-QUOTA-01</c>.</para>
/// <para>The default value is an empty id, which no definition accepts.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(RuleIdJsonConverter))]
public readonly record struct RuleId
{
    private static readonly SearchValues<char> GroupCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private readonly string? _value;

    private RuleId(string value) => _value = value;

    /// <summary>Gets the id's text, such as <c>COM-01</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, empty id.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Creates a rule id from its text.</summary>
    /// <param name="value">The id: upper-case letters and digits in two or more hyphen-joined groups, such as <c>COM-01</c>.</param>
    /// <returns>The rule id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not in that shape.</exception>
    public static RuleId Of(string value)
    {
        Guard.Against.NullArgument(value);
        return IsWellFormed(value)
            ? new RuleId(value)
            : throw new ArgumentException(
                $"{nameof(value)} is \"{value}\"; expected upper-case letters and digits in two or more groups joined by hyphens, such as \"COM-01\".",
                nameof(value));
    }

    /// <summary>Tries to create a rule id from untrusted text.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="ruleId">The rule id, when the text is well formed.</param>
    /// <returns><see langword="true"/> when the text is a well-formed rule id.</returns>
    public static bool TryOf(string? value, out RuleId ruleId)
    {
        if (value is not null && IsWellFormed(value))
        {
            ruleId = new RuleId(value);
            return true;
        }

        ruleId = default;
        return false;
    }

    private static bool IsWellFormed(string value)
    {
        var groups = 0;
        foreach (var range in value.AsSpan().Split('-'))
        {
            var group = value.AsSpan()[range];
            if (group.IsEmpty || group.ContainsAnyExcept(GroupCharacters))
            {
                return false;
            }

            groups++;
        }

        return groups >= 2 && value[0] is >= 'A' and <= 'Z';
    }

    /// <summary>Returns the id's text.</summary>
    /// <returns>The text, such as <c>COM-01</c>.</returns>
    public override string ToString() => Value;

    /// <summary>Gets COM-01: the 3+X committee quota by population (Xiantao).</summary>
    public static RuleId Com01 { get; } = new("COM-01");

    /// <summary>Gets COM-02: the sources part-time members are elected from (Xiantao).</summary>
    public static RuleId Com02 { get; } = new("COM-02");

    /// <summary>Gets COM-03: 4 to 7 community staff by size (an unnamed city).</summary>
    public static RuleId Com03 { get; } = new("COM-03");

    /// <summary>Gets COM-04: recommending a director for the next term (Xiantao).</summary>
    public static RuleId Com04 { get; } = new("COM-04");

    /// <summary>Gets COM-05: one office room per residents' committee (Xiantao).</summary>
    public static RuleId Com05 { get; } = new("COM-05");

    /// <summary>Gets SUB-01: subsidy floors at 150% and 130% of the minimum wage (Fujian, via Xinluo).</summary>
    public static RuleId Sub01 { get; } = new("SUB-01");

    /// <summary>Gets SUB-02: Xinluo's actual pay from February 2008.</summary>
    public static RuleId Sub02 { get; } = new("SUB-02");

    /// <summary>Gets SUB-03: Xiantao's actual pay.</summary>
    public static RuleId Sub03 { get; } = new("SUB-03");

    /// <summary>Gets SUB-04: Furong town's actual pay.</summary>
    public static RuleId Sub04 { get; } = new("SUB-04");

    /// <summary>Gets SUB-05: public-welfare and specialist posts (Shashi).</summary>
    public static RuleId Sub05 { get; } = new("SUB-05");

    /// <summary>Gets SUB-06: pay not below the local average social wage (Hefei).</summary>
    public static RuleId Sub06 { get; } = new("SUB-06");

    /// <summary>Gets FUN-01: office funds by population (Fujian, via Xinluo).</summary>
    public static RuleId Fun01 { get; } = new("FUN-01");

    /// <summary>Gets FUN-02: staff and work funds (an unnamed city).</summary>
    public static RuleId Fun02 { get; } = new("FUN-02");

    /// <summary>Gets FUN-03: work funds per community, raised from 2008 (Shashi).</summary>
    public static RuleId Fun03 { get; } = new("FUN-03");

    /// <summary>Gets FUN-04: work funds and a per-100-households fund (Xiantao).</summary>
    public static RuleId Fun04 { get; } = new("FUN-04");

    /// <summary>Gets FUN-05: party branch funds (an unnamed city).</summary>
    public static RuleId Fun05 { get; } = new("FUN-05");

    /// <summary>Gets FAC-01: premises of six rooms and a hall, at least 300 m² (Xiantao).</summary>
    public static RuleId Fac01 { get; } = new("FAC-01");

    /// <summary>Gets FAC-02: office premises of at least 100 m² (Fujian, via Xinluo).</summary>
    public static RuleId Fac02 { get; } = new("FAC-02");

    /// <summary>Gets FAC-03: a developer's reservation of 3% or 2% of floor area (Longyan).</summary>
    public static RuleId Fac03 { get; } = new("FAC-03");

    /// <summary>Gets FAC-04: 20 m² of service premises per 100 households (Xiantao).</summary>
    public static RuleId Fac04 { get; } = new("FAC-04");

    /// <summary>Gets FAC-05: fees on building a community office, and the city grant (Xinluo).</summary>
    public static RuleId Fac05 { get; } = new("FAC-05");

    /// <summary>Gets FAC-06: land and floor area of new community centres (Xinluo).</summary>
    public static RuleId Fac06 { get; } = new("FAC-06");

    /// <summary>Gets GRD-01: grids of about 300 households (an unnamed city).</summary>
    public static RuleId Grd01 { get; } = new("GRD-01");

    /// <summary>Gets GRD-02: grids of 300 to 500 households (Hefei).</summary>
    public static RuleId Grd02 { get; } = new("GRD-02");

    /// <summary>Gets ADM-01: Xinluo's work-admission procedure.</summary>
    public static RuleId Adm01 { get; } = new("ADM-01");

    /// <summary>Gets ADM-02: an unnamed city's work-admission rule and prohibited kinds.</summary>
    public static RuleId Adm02 { get; } = new("ADM-02");

    /// <summary>Gets ADM-03: the community's own duties (Xiantao).</summary>
    public static RuleId Adm03 { get; } = new("ADM-03");

    /// <summary>Gets ADM-04: the burden of departments' work seen in practice.</summary>
    public static RuleId Adm04 { get; } = new("ADM-04");

    /// <summary>Gets WF-01: grid event handling (Xiantao).</summary>
    public static RuleId Wf01 { get; } = new("WF-01");

    /// <summary>Gets WF-02: the six-step residents' say procedure (Shashi).</summary>
    public static RuleId Wf02 { get; } = new("WF-02");

    /// <summary>Gets WF-03: petitions and the mediation rate (Furong).</summary>
    public static RuleId Wf03 { get; } = new("WF-03");

    /// <summary>Gets WF-04: the cadres' duties to attend and to visit (Xiantao).</summary>
    public static RuleId Wf04 { get; } = new("WF-04");

    /// <summary>Gets PAR-01: volunteer organisations per community (Xiantao).</summary>
    public static RuleId Par01 { get; } = new("PAR-01");

    /// <summary>Gets PAR-02: volunteer participation targets (Xiantao).</summary>
    public static RuleId Par02 { get; } = new("PAR-02");

    /// <summary>Gets PAR-03: public-benefit and fellowship societies (Xiantao).</summary>
    public static RuleId Par03 { get; } = new("PAR-03");

    /// <summary>Gets PAR-04: activity frequency targets (Xiantao).</summary>
    public static RuleId Par04 { get; } = new("PAR-04");

    /// <summary>Gets STA-01: Xiantao's community statistics.</summary>
    public static RuleId Sta01 { get; } = new("STA-01");

    /// <summary>Gets STA-02: Xiantao's cadre statistics.</summary>
    public static RuleId Sta02 { get; } = new("STA-02");

    /// <summary>Gets STA-03: Hefei's staffing statistics.</summary>
    public static RuleId Sta03 { get; } = new("STA-03");

    /// <summary>Gets STA-04: Xinluo's community statistics.</summary>
    public static RuleId Sta04 { get; } = new("STA-04");
}
