using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Community.Domain.Declarations;

/// <summary>Reads and writes a <see cref="DeclaredValue"/> as an object of exactly one member naming what it holds: <c>{"Number":1.5}</c>, <c>{"YesNo":true}</c>, <c>{"Date":"2016-11-01"}</c> or <c>{"Text":"甲类"}</c>.</summary>
/// <remarks><see cref="DeclaredValue"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class DeclaredValueJsonConverter : JsonConverter<DeclaredValue>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The JSON is not an object of exactly one of the members Number, YesNo, Date or Text, with a value of its type.</exception>
    public override DeclaredValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        const string Expected = "an object of exactly one of Number, YesNo, Date (an ISO date) or Text, such as {\"Number\":1.5}";
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw JsonValues.Refused(ref reader, Expected);
        }

        var name = reader.GetString();
        reader.Read();
        DeclaredValue value;
        try
        {
            value = (name, reader.TokenType) switch
            {
                ("Number", JsonTokenType.Number) => DeclaredValue.Of(reader.GetDecimal()),
                ("YesNo", JsonTokenType.True or JsonTokenType.False) => DeclaredValue.Of(reader.GetBoolean()),
                ("Date", JsonTokenType.String) => LocalDatePattern.Iso.Parse(reader.GetString()!) is { Success: true } parsed ? DeclaredValue.Of(parsed.Value) : throw JsonValues.Refused(ref reader, Expected),
                ("Text", JsonTokenType.String) => DeclaredValue.Of(reader.GetString()!),
                _ => throw JsonValues.Refused(ref reader, Expected),
            };
        }
        catch (FormatException)
        {
            throw JsonValues.Refused(ref reader, Expected);
        }
        catch (ArgumentException)
        {
            throw JsonValues.Refused(ref reader, Expected);
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            throw JsonValues.Refused(ref reader, Expected);
        }

        return value;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException"><paramref name="value"/> is the default, which holds nothing.</exception>
    public override void Write(Utf8JsonWriter writer, DeclaredValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        switch (value.Kind)
        {
            case DeclaredValueKind.Number:
                writer.WriteNumber("Number", value.RawNumber);
                break;
            case DeclaredValueKind.YesNo:
                writer.WriteBoolean("YesNo", value.RawNumber != 0m);
                break;
            case DeclaredValueKind.Date:
                writer.WriteString("Date", LocalDatePattern.Iso.Format(value.RawDate));
                break;
            default:
                writer.WriteString("Text", value.Text);
                break;
        }

        writer.WriteEndObject();
    }
}
