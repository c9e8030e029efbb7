using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Community.Domain.Serialization;

/// <summary>What the tuple-list converters share.</summary>
internal static class TupleListJson
{
    /// <summary>Reads one member's value.</summary>
    public delegate void MemberReader(ref Utf8JsonReader reader, int member, object?[] values);

    /// <summary>Gets the options' metadata of <typeparamref name="T"/>.</summary>
    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>Reads one item, refusing null.</summary>
    public static T Item<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, Info<T>(options)) ?? throw new JsonException($"A list item gives null where {typeof(T).Name} is expected.");

    /// <summary>Reads an array of objects with exactly the named members, calling back for each member and each object.</summary>
    public static void ReadObjects(ref Utf8JsonReader reader, string[] names, MemberReader readMember, Action<object?[]> add)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValues.Refused(ref reader, $"a list of objects with {string.Join(", ", names)}");
        }

        var index = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var values = new object?[names.Length];
            var given = new bool[names.Length];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                var member = Array.IndexOf(names, name);
                if (member < 0)
                {
                    throw new JsonException($"Item {index} has \"{name}\", which is not {string.Join(" or ", names)}.");
                }

                if (given[member])
                {
                    throw JsonValues.Twice($"Item {index}", name);
                }

                reader.Read();
                readMember(ref reader, member, values);
                given[member] = true;
            }

            var missing = Array.IndexOf(given, false);
            if (missing >= 0)
            {
                throw new JsonException($"Item {index} gives no {names[missing]}.");
            }

            add(values);
            index++;
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw JsonValues.Refused(ref reader, $"an object with {string.Join(", ", names)}");
        }
    }
}
