using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Community.Domain.Serialization;

/// <summary>The one reading and writing of a <see cref="LocalDate"/> as an ISO date string such as <c>2008-01-01</c>, for every converter of the kernel.</summary>
internal static class IsoDates
{
    public static LocalDate Read(ref Utf8JsonReader reader)
    {
        var text = reader.GetString();
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success
            ? result.Value
            : throw new JsonException($"\"{text}\" is not an ISO date such as 2008-01-01.");
    }

    public static void Write(Utf8JsonWriter writer, LocalDate value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
    }
}
