using System.Text.Json;

namespace Community.Domain;

/// <summary>What the library's JSON converters share: the refusal of a token that is not the value expected, quoting it.</summary>
internal static class JsonValues
{
    /// <summary>The exception for a token that is not what a converter reads, such as <c>-1 is not a number of residents, zero or more.</c></summary>
    public static JsonException Refused(ref Utf8JsonReader reader, string expectation) =>
        new($"{(reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : reader.TokenType.ToString())} is not {expectation}.");
}
