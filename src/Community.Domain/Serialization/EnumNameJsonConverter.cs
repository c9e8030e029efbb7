using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Serialization;

/// <summary>
/// Reads and writes an enum value by its declared name, exactly: a number, a name in another case, an
/// undeclared value or names joined by commas are refused, where System.Text.Json's
/// <see cref="JsonStringEnumConverter{TEnum}"/> would read them as a value nobody wrote. A
/// <see cref="FlagsAttribute"/> enum is written and read as its declared names joined by <c>", "</c>,
/// each given once.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>Public because a module's own source-generated JSON metadata (a user's module among them) must be able to name the converters of the library's types it includes.</remarks>
public sealed class EnumNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<TEnum>();

    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);

    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a text that is one of the enum's names (for a flags enum, names joined by <c>", "</c>, each once); the message lists the names.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()!) : throw Refused(reader.TokenType.ToString());

    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not one the enum declares.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    private static TEnum Parse(string text)
    {
        var index = Array.IndexOf(Names, text);
        if (index >= 0)
        {
            return Values[index];
        }

        if (!IsFlags || !text.Contains(',', StringComparison.Ordinal))
        {
            throw Refused($"\"{text}\"");
        }

        ulong bits = 0;
        foreach (var name in text.Split(", "))
        {
            var part = Array.IndexOf(Names, name);
            var value = part >= 0 ? Convert.ToUInt64(Values[part], System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (value == 0 || (bits & value) == value)
            {
                throw Refused($"\"{text}\"");
            }

            bits |= value;
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), bits);
    }

    private static string Format(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        if (index >= 0)
        {
            return Names[index];
        }

        var text = value.ToString();
        return IsFlags && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            ? text
            : throw new JsonException($"{text} is not a value {typeof(TEnum).Name} declares; expected one of {string.Join(", ", Names)}.");
    }

    private static JsonException Refused(string given) =>
        new($"{given} is not a {typeof(TEnum).Name}; expected {(IsFlags ? "one or more of" : "one of")} {string.Join(", ", Names)}{(IsFlags ? ", joined by \", \"" : string.Empty)}.");
}
