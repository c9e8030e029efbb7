using System.Text.Json;

namespace Community.Domain.Serialization;

/// <summary>What the library's JSON converters share: the refusal of a token that is not the value expected, quoting it.</summary>
internal static class JsonValues
{
    /// <summary>Reads a decimal within ±<paramref name="limit"/> (from zero when <paramref name="signed"/> is false), or refuses the token.</summary>
    public static decimal Decimal(ref Utf8JsonReader reader, ulong limit, bool signed, string expectation) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) && (signed || value >= 0m) && GuardExtensions.IsWithin(value, limit)
            ? value
            : throw Refused(ref reader, expectation);

    /// <summary>Reads a whole count, zero or more, or refuses the token.</summary>
    public static int Count(ref Utf8JsonReader reader, string expectation) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count) && count >= 0
            ? count
            : throw Refused(ref reader, expectation);

    /// <summary>The exception for a token that is not what a converter reads, such as <c>-1 is not a number of residents, zero or more.</c></summary>
    public static JsonException Refused(ref Utf8JsonReader reader, string expectation) =>
        new($"{(reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : reader.TokenType.ToString())} is not {expectation}.");

    /// <summary>The exception for a member given twice in one object, which System.Text.Json's strict options refuse for the objects it reads itself: <c>A date interval gives "Start" twice; each member is given once.</c></summary>
    public static JsonException Twice(string what, string? name) => new($"{what} gives \"{name}\" twice; each member is given once, so that no value is silently dropped.");

    /// <summary>The exception for a value read from JSON that its type's factories would refuse, such as <c>The JSON gives a count range from 5 to 2; expected counts from zero, the largest no smaller than the least.</c></summary>
    public static JsonException Invalid(string given, string expected) => new($"The JSON gives {given}; expected {expected}.");
}
