using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Serialization;

/// <summary>
/// Writes a list of pairs as objects with named members, such as <c>[{"Role":"Director","People":1}]</c>,
/// and reads them back: System.Text.Json writes no tuple fields. Each item is written and read
/// through the options' own metadata of its type, so no reflection is needed.
/// </summary>
/// <typeparam name="T1">The first item's type.</typeparam>
/// <typeparam name="T2">The second item's type.</typeparam>
internal abstract class PairListJsonConverter<T1, T2>(string first, string second) : JsonConverter<ImmutableArray<(T1, T2)>>
{
    /// <inheritdoc />
    public override ImmutableArray<(T1, T2)> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = ImmutableArray.CreateBuilder<(T1, T2)>();
        var names = new[] { first, second };
        TupleListJson.ReadObjects(ref reader, names, (ref Utf8JsonReader item, int member, object?[] values) =>
            values[member] = member == 0 ? TupleListJson.Item<T1>(ref item, options) : TupleListJson.Item<T2>(ref item, options),
            values => items.Add(((T1)values[0]!, (T2)values[1]!)));
        return items.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableArray<(T1, T2)> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var (one, two) in value.IsDefault ? [] : value)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(first);
            JsonSerializer.Serialize(writer, one, TupleListJson.Info<T1>(options));
            writer.WritePropertyName(second);
            JsonSerializer.Serialize(writer, two, TupleListJson.Info<T2>(options));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
