using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Primitives;

/// <summary>Reads and writes a <see cref="Money"/> as a JSON number of yuan, such as <c>855.00</c>.</summary>
/// <remarks><see cref="Money"/> carries this converter, so System.Text.Json handles it with no set-up and reads back the value it wrote.</remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not an amount in yuan, such as 855.00, within ±10^15.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Money.FromYuan(JsonValues.Decimal(ref reader, 1_000_000_000_000_000UL, signed: true, "an amount in yuan, such as 855.00, within ±10^15"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Yuan);
    }
}
