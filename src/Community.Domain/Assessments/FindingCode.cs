using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Community.Domain.Assessments;

/// <summary>The stable code of an assessment finding, such as <c>committees.too-few-members</c>; each module defines its own codes, and a user may define more.</summary>
/// <remarks>
/// <para>An open value type, like <see cref="Sources.RuleId"/>: the committees' codes are in
/// <c>CommitteeFindingCodes</c>, the grids' in <c>GridFindingCodes</c>, the premises' in
/// <c>PremisesFindingCodes</c>. A code is lower-case letters and digits in words joined by hyphens,
/// in two or more dot-separated parts of which the first names the module. Serialised as its text.</para>
/// <para>The default value is the empty code, which no finding carries.</para>
/// </remarks>
[JsonConverter(typeof(FindingCodeJsonConverter))]
public readonly record struct FindingCode
{
    private readonly string? _value;

    private FindingCode(string value) => _value = value;

    /// <summary>Gets the code's text, or the empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default, empty code.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Creates a finding code from its text.</summary>
    /// <param name="value">The text, such as <c>committees.too-few-members</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed code; the message names it.</exception>
    public static FindingCode Of(string value)
    {
        Guard.Against.NullArgument(value);
        return IsWellFormed(value)
            ? new FindingCode(value)
            : throw new ArgumentException(
                $"{nameof(value)} is \"{value}\"; expected lower-case words joined by hyphens, in two or more parts joined by dots, such as \"committees.too-few-members\".",
                nameof(value));
    }

    /// <summary>Tries to create a finding code from its text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="code">The code, when the text is well formed.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a well-formed code.</returns>
    public static bool TryOf(string? value, out FindingCode code)
    {
        code = value is not null && IsWellFormed(value) ? new FindingCode(value) : default;
        return !code.IsEmpty;
    }

    /// <summary>Returns the code's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    private static bool IsWellFormed(string value)
    {
        var parts = 0;
        foreach (var range in value.AsSpan().Split('.'))
        {
            var part = value.AsSpan()[range];
            if (part.IsEmpty || part[0] == '-' || part[^1] == '-' || part.Contains("--", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                {
                    return false;
                }
            }

            parts++;
        }

        return parts >= 2;
    }
}
