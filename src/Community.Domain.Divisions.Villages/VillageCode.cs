using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Community.Domain.Jurisdictions;

namespace Community.Domain.Divisions.Villages;

/// <summary>A twelve-digit statistical code of a village-level unit: its township's nine digits and three more, such as <c>110101001001</c>.</summary>
/// <remarks>The default value is the invalid code 0, which no table holds.</remarks>
public readonly record struct VillageCode
{
    private const long Minimum = 100_000_000_000;
    private const long Maximum = 999_999_999_999;

    private VillageCode(long value) => Value = value;

    /// <summary>Gets the code as a number.</summary>
    public long Value { get; }

    /// <summary>Gets the township the unit lies in: the code's first nine digits.</summary>
    /// <exception cref="InvalidOperationException">The code is the default, which names no unit.</exception>
    public JurisdictionCode Township => Value == 0
        ? throw new InvalidOperationException("The default VillageCode names no unit; create one with VillageCode.Of or VillageCode.Parse.")
        : JurisdictionCode.Of((int)(Value / 1000));

    /// <summary>Creates a code from its number.</summary>
    /// <param name="value">Twelve digits: 100000000000 to 999999999999.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> does not have twelve digits.</exception>
    public static VillageCode Of(long value) =>
        value is >= Minimum and <= Maximum
            ? new VillageCode(value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"value is {value}; it must be a twelve-digit village-level code (100000000000 to 999999999999)."));

    /// <summary>Parses a code from its digits.</summary>
    /// <param name="text">Twelve digits, such as <c>110101001001</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not twelve digits starting with 1 to 9.</exception>
    public static VillageCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"text is \"{text}\"; expected twelve digits starting with 1 to 9, such as \"110101001001\".");
    }

    /// <summary>Tries to parse a code from untrusted text.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="code">The code, when the text is well formed.</param>
    /// <returns><see langword="true"/> when the text is twelve digits starting with 1 to 9.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out VillageCode code)
    {
        code = default;
        if (text is not { Length: 12 } || text[0] is < '1' or > '9')
        {
            return false;
        }

        var value = 0L;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        code = new VillageCode(value);
        return true;
    }

    /// <summary>Writes the code's twelve digits.</summary>
    /// <returns>The digits, such as <c>110101001001</c>.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
