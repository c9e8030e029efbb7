using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Jurisdictions;

/// <summary>Reads and writes a <see cref="JurisdictionCode"/> as its digits as a JSON string, such as <c>"350802"</c>.</summary>
/// <remarks><see cref="JurisdictionCode"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class JurisdictionCodeJsonConverter : JsonConverter<JurisdictionCode>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a division code of six or nine digits, such as "350802".</exception>
    public override JurisdictionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && JurisdictionCode.TryParse(reader.GetString(), out var code) ? code : throw JsonValues.Refused(ref reader, "a division code of six or nine digits, such as \"350802\"");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JurisdictionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value == default)
        {
            throw GuardExtensions.DefaultArgument<JurisdictionCode>(nameof(value), "JurisdictionCode.Of or JurisdictionCode.Parse");
        }

        writer.WriteStringValue(value.ToString());
    }
}
