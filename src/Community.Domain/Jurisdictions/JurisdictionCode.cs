using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Jurisdictions;

/// <summary>An official administrative division code: 6 digits (GB/T 2260) for a province, city or county, 9 for a street or town.</summary>
/// <remarks>
/// <para>Codes never start with 0, so a 6-digit code (such as 350802, Xinluo) and a 9-digit
/// statistical code (the county's six digits and three more) never collide as numbers.
/// The code says which tier it can name: <c>xx0000</c> a province, <c>xxxx00</c> a city, other
/// 6-digit codes a county, and 9-digit codes a street or town.</para>
/// <para>The default value is the invalid code 0, which no catalog accepts.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(JurisdictionCodeJsonConverter))]
public readonly record struct JurisdictionCode
{
    private const int SixDigitMinimum = 100_000;
    private const int SixDigitMaximum = 999_999;
    private const int NineDigitMinimum = 100_000_000;
    private const int NineDigitMaximum = 999_999_999;

    private JurisdictionCode(int value) => Value = value;

    /// <summary>Gets the code as a number, such as 350802.</summary>
    public int Value { get; }

    /// <summary>Gets a value indicating whether this is a 9-digit street or town code.</summary>
    public bool IsStreetOrTown => Value >= NineDigitMinimum;

    /// <summary>Creates a code from its number.</summary>
    /// <param name="value">A 6-digit code (100000 to 999999) or a 9-digit code (100000000 to 999999999).</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> has neither 6 nor 9 digits.</exception>
    public static JurisdictionCode Of(int value) =>
        IsWellFormed(value)
            ? new JurisdictionCode(value)
            : throw GuardExtensions.OutOfRange(nameof(value), value, "must be a 6-digit GB/T 2260 code (100000 to 999999) or a 9-digit street or town code (100000000 to 999999999)");

    /// <summary>Parses a code from its digits.</summary>
    /// <param name="text">Six or nine digits, such as <c>350802</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not six or nine digits starting with 1 to 9.</exception>
    public static JurisdictionCode Parse(string text)
    {
        Guard.Against.NullArgument(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"text is \"{text}\"; expected six or nine digits starting with 1 to 9, such as \"350802\".");
    }

    /// <summary>Tries to parse a code from untrusted text.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="code">The code, when the text is well formed.</param>
    /// <returns><see langword="true"/> when the text is six or nine digits starting with 1 to 9.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out JurisdictionCode code)
    {
        code = default;
        if (text is null || (text.Length != 6 && text.Length != 9))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (!IsWellFormed(value))
        {
            return false;
        }

        code = new JurisdictionCode(value);
        return true;
    }

    /// <summary>The codes that can lie above this one by its digits, nearest first: for a township its county, then city and province; for a county its city and province; for a city its province.</summary>
    /// <returns>The candidate ancestors, none of them this code.</returns>
    internal IEnumerable<JurisdictionCode> AncestorsByDigits()
    {
        var six = IsStreetOrTown ? Value / 1000 : Value;
        int[] candidates = IsStreetOrTown ? [six, six / 100 * 100, six / 10_000 * 10_000] : [six / 100 * 100, six / 10_000 * 10_000];
        foreach (var candidate in candidates.Distinct())
        {
            if (candidate != Value)
            {
                yield return new JurisdictionCode(candidate);
            }
        }
    }

    private static bool IsWellFormed(int value) =>
        value is >= SixDigitMinimum and <= SixDigitMaximum or >= NineDigitMinimum and <= NineDigitMaximum;

    /// <summary>Tells whether a jurisdiction of the given level may carry this code.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when the code's shape fits the level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined <see cref="JurisdictionLevel"/>.</exception>
    public bool Fits(JurisdictionLevel level) => Guard.Against.UndefinedEnum(level) switch
    {
        JurisdictionLevel.Province or JurisdictionLevel.Nation => !IsStreetOrTown && Value % 10_000 == 0,
        JurisdictionLevel.City => !IsStreetOrTown && Value % 100 == 0 && Value % 10_000 != 0,
        JurisdictionLevel.County or JurisdictionLevel.FunctionalArea => !IsStreetOrTown && Value % 100 != 0,
        JurisdictionLevel.Street or JurisdictionLevel.Town => IsStreetOrTown,
        _ => false,
    };

    /// <summary>Returns the code's digits.</summary>
    /// <returns>The digits, such as <c>350802</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
