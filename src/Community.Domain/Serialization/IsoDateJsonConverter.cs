using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Community.Domain.Serialization;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO date string such as <c>2008-01-01</c>: the converter on the date properties of the kernel's lower types (a citation's coverage), which lie below Explanations and so may not use <c>IsoLocalDateJsonConverter</c>; both read and write alike.</summary>
/// <remarks>Public because a module's own source-generated JSON metadata (a user's module among them) must be able to name the converters of the library's types it includes.</remarks>
public sealed class IsoDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => IsoDates.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => IsoDates.Write(writer, value);
}
