using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Assessments;

/// <summary>Reads and writes a <see cref="FindingCode"/> as its text, such as <c>"committees.too-few-members"</c>.</summary>
/// <remarks><see cref="FindingCode"/> carries this converter, so System.Text.Json handles it with no set-up.</remarks>
public sealed class FindingCodeJsonConverter : JsonConverter<FindingCode>
{
    /// <inheritdoc />
    public override FindingCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return FindingCode.TryOf(text, out var code)
            ? code
            : throw new JsonException($"\"{text}\" is not a finding code such as committees.too-few-members.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, FindingCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
