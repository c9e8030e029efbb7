using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Primitives;

/// <summary>Reads and writes a <see cref="HouseholdCount"/> as a JSON number of households, such as <c>1600</c>.</summary>
/// <remarks><see cref="HouseholdCount"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class HouseholdCountJsonConverter : JsonConverter<HouseholdCount>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a number of households, zero or more.</exception>
    public override HouseholdCount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        HouseholdCount.Of(JsonValues.Count(ref reader, "a number of households, zero or more"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, HouseholdCount value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Households);
    }
}
