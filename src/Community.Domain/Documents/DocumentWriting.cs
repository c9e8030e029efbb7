using System.Text.Json;

namespace Community.Domain.Documents;

/// <summary>What every document writer shares, as <see cref="DocumentReading"/> is for readers: the root object, its header (format and version), Chinese unescaped, indented or not.</summary>
internal static class DocumentWriting
{
    /// <summary>Writes a document: the header, then the members <paramref name="members"/> writes into the root object.</summary>
    /// <param name="format">The format's name, such as <c>community-domain.catalog</c>.</param>
    /// <param name="formatVersion">The format's version.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="members">Writes the root's other members.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(string format, int formatVersion, bool indented, Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", format);
            writer.WriteNumber("formatVersion", formatVersion);
            members(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
