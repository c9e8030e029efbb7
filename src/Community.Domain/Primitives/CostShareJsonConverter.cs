using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Primitives;

/// <summary>Reads and writes a <see cref="CostShare"/> as its payers and their parts: <c>[{"Payer":{"Id":"city","ChineseName":"市","EnglishName":"City"},"Parts":1},…]</c>.</summary>
/// <remarks><see cref="CostShare"/> carries this converter, so System.Text.Json handles it with no set-up and reads back an equal share. It reads and writes tokens itself, so it needs no reflection (AOT and trimming).</remarks>
public sealed class CostShareJsonConverter : JsonConverter<CostShare>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The JSON is not an array of payers with whole parts, each payer once.</exception>
    public override CostShare Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var parts = new List<(Payer Payer, int Parts)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            Payer? payer = null;
            int? count = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString();
                if ((property == "Payer" && payer is not null) || (property == "Parts" && count is not null))
                {
                    throw Serialization.JsonValues.Twice($"Part {parts.Count} of the cost share", property);
                }

                reader.Read();
                switch (property)
                {
                    case "Payer":
                        payer = ReadPayer(ref reader);
                        break;
                    case "Parts" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number):
                        count = number;
                        break;
                    default:
                        throw Refused($"its part {parts.Count} has \"{property}\", which is not Payer or a whole number of Parts");
                }
            }

            parts.Add((payer ?? throw Refused($"its part {parts.Count} names no Payer"), count ?? throw Refused($"its part {parts.Count} gives no Parts")));
        }

        try
        {
            return CostShare.Ratio(parts);
        }
        catch (ArgumentException refused)
        {
            // The factory's own sentence, without the " (Parameter 'parts')" .NET appends.
            var message = refused.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw Refused(cut >= 0 ? message[..cut] : message);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CostShare value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        WriteParts(writer, value, camelCase: false);
    }

    /// <summary>Writes a share's payers and parts into an open array and closes it; results name members in PascalCase, policy documents in camelCase.</summary>
    internal static void WriteParts(Utf8JsonWriter writer, CostShare share, bool camelCase)
    {
        foreach (var (payer, parts) in share.Parts)
        {
            writer.WriteStartObject();
            writer.WriteStartObject(camelCase ? "payer" : "Payer");
            writer.WriteString(camelCase ? "id" : "Id", payer.Id);
            writer.WriteString(camelCase ? "chineseName" : "ChineseName", payer.ChineseName);
            writer.WriteString(camelCase ? "englishName" : "EnglishName", payer.EnglishName);
            writer.WriteEndObject();
            writer.WriteNumber(camelCase ? "parts" : "Parts", parts);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static Payer ReadPayer(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? id = null, chinese = null, english = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw Refused($"the payer's {property} is not a text");
            if ((property == "Id" && id is not null) || (property == "ChineseName" && chinese is not null) || (property == "EnglishName" && english is not null))
            {
                throw Serialization.JsonValues.Twice("A payer", property);
            }

            switch (property)
            {
                case "Id": id = text; break;
                case "ChineseName": chinese = text; break;
                case "EnglishName": english = text; break;
                default: throw Refused($"the payer has \"{property}\", which is not Id, ChineseName or EnglishName");
            }
        }

        try
        {
            return Payer.Of(id!, chinese!, english!);
        }
        catch (ArgumentException refused)
        {
            throw Refused(refused.Message);
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw Refused($"expected {token}, found {reader.TokenType}");
        }
    }

    private static JsonException Refused(string why) => new("The JSON is not a cost share: " + why + ".");
}
