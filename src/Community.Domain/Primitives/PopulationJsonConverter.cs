using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Primitives;

/// <summary>Reads and writes a <see cref="Population"/> as a JSON number of residents, such as <c>5000</c>.</summary>
/// <remarks><see cref="Population"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class PopulationJsonConverter : JsonConverter<Population>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a number of residents, zero or more.</exception>
    public override Population Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Population.Of(JsonValues.Count(ref reader, "a number of residents, zero or more"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Population value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Residents);
    }
}
