using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Community.Domain.Sources;

/// <summary>Reads and writes a <see cref="SourceDate"/> at its known precision, as a JSON string such as <c>"2005"</c>, <c>"2008-02"</c> or <c>"2016-11-22"</c>.</summary>
/// <remarks><see cref="SourceDate"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class SourceDateJsonConverter : JsonConverter<SourceDate>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a year, a year and month, or a day from 1949 to 9999 written as such.</exception>
    public override SourceDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return text is not null && TryParse(text, out var date) ? date : throw Refused(text ?? reader.TokenType.ToString());
    }

    /// <summary>Reads a source date written as <see cref="Write"/> writes it.</summary>
    /// <param name="text">The text, such as <c>"2008-02"</c>.</param>
    /// <param name="date">The date, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a year, a year and month, or a day from 1949 to 9999.</returns>
    internal static bool TryParse(string text, out SourceDate date)
    {
        try
        {
            date = text.Split('-') switch
            {
                [{ Length: 4 } year] => SourceDate.InYear(Number(year)),
                [{ Length: 4 } year, { Length: 2 } month] => SourceDate.InMonth(Number(year), Number(month)),
                [{ Length: 4 } year, { Length: 2 } month, { Length: 2 } day] => SourceDate.On(new LocalDate(Number(year), Number(month), Number(day))),
                _ => default,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            date = default;
        }

        return date != default;
    }

    /// <summary>What a source date looks like, for messages.</summary>
    internal const string Expected = "a source date such as \"2005\", \"2008-02\" or \"2016-11-22\", from 1949 to 9999";

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SourceDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value == default)
        {
            throw GuardExtensions.DefaultArgument<SourceDate>(nameof(value), "SourceDate.InYear, InMonth or On");
        }

        writer.WriteStringValue(value.ToString());
    }

    private static int Number(string digits) =>
        digits.All(char.IsAsciiDigit) ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(digits));

    private static JsonException Refused(string text) =>
        new($"{text} is not {Expected}.");
}
