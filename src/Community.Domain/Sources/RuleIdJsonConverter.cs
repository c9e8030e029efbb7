using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Sources;

/// <summary>Reads and writes a <see cref="RuleId"/> as its text, such as <c>"COM-01"</c>.</summary>
/// <remarks><see cref="RuleId"/> carries this converter, so System.Text.Json handles it with no set-up.</remarks>
public sealed class RuleIdJsonConverter : JsonConverter<RuleId>
{
    /// <inheritdoc />
    public override RuleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return RuleId.TryOf(text, out var ruleId)
            ? ruleId
            : throw new JsonException($"\"{text}\" is not a rule id such as COM-01.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RuleId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
