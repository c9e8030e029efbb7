using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Primitives;

/// <summary>Reads and writes a <see cref="Area"/> as a JSON number of square metres, such as <c>300</c>.</summary>
/// <remarks><see cref="Area"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class AreaJsonConverter : JsonConverter<Area>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not an area in m², from 0 to 10^13.</exception>
    public override Area Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Area.FromSquareMetres(JsonValues.Decimal(ref reader, 10_000_000_000_000UL, signed: false, "an area in m², from 0 to 10^13"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Area value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.SquareMetres);
    }
}
