using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Community.Domain.Explanations;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO date string such as <c>2008-01-01</c>.</summary>
/// <remarks>
/// The library's serialisable types put this converter on their date properties, so
/// System.Text.Json handles them with no set-up; a service may also add it to its own options.
/// </remarks>
public sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => IsoDates.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => IsoDates.Write(writer, value);
}
