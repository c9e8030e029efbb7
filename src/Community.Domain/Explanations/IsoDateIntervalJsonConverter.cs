using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Community.Domain.Explanations;

/// <summary>Writes a NodaTime <see cref="DateInterval"/> as its first and last days, <c>{"Start":"2010-01-01","End":"2010-12-31"}</c>, and reads it back.</summary>
public sealed class IsoDateIntervalJsonConverter : JsonConverter<DateInterval>
{
    private const string Shape = "a date interval: an object with the ISO dates Start and End, such as {\"Start\":\"2010-01-01\",\"End\":\"2010-12-31\"}";

    /// <summary>Reads an interval.</summary>
    /// <param name="reader">The reader, at the interval's object.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer options.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="JsonException">The JSON is not an object with two ISO dates, the start no later than the end.</exception>
    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Refused(ref reader, Shape);
        }

        LocalDate? start = null, end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (name is not ("Start" or "End"))
            {
                throw new JsonException($"A date interval has \"{name}\", which is not Start or End.");
            }

            reader.Read();
            var date = reader.TokenType == JsonTokenType.String && LocalDatePattern.Iso.Parse(reader.GetString()!) is { Success: true } parsed
                ? parsed.Value
                : throw JsonValues.Refused(ref reader, "an ISO date such as \"2010-01-01\"");
            if ((name == "Start" ? start : end) is not null)
            {
                throw Serialization.JsonValues.Twice("A date interval", name);
            }

            switch (name)
            {
                case "Start":
                    start = date;
                    break;
                default:
                    end = date;
                    break;
            }
        }

        return start is { } first && end is { } last
            ? last >= first ? new DateInterval(first, last) : throw new JsonException($"The interval ends on {last:uuuu-MM-dd}, before it starts on {first:uuuu-MM-dd}.")
            : throw new JsonException($"The JSON is not {Shape}: it gives no {(start is null ? "Start" : "End")}.");
    }

    /// <summary>Writes an interval.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The interval.</param>
    /// <param name="options">The serializer options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("Start", value.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("End", value.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }
}
