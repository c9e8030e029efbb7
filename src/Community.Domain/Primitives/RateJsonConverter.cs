using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Primitives;

/// <summary>Reads and writes a <see cref="Rate"/> as a JSON number, its fraction, such as <c>1.5</c> for 150%.</summary>
/// <remarks><see cref="Rate"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class RateJsonConverter : JsonConverter<Rate>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a fraction, such as 1.5 for 150%, from 0 to 10,000.</exception>
    public override Rate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Rate.FromFraction(JsonValues.Decimal(ref reader, 10_000UL, signed: false, "a fraction, such as 1.5 for 150%, from 0 to 10,000"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Rate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Fraction);
    }
}
