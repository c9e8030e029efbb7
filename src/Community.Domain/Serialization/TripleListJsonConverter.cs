using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Serialization;

/// <summary>Writes a list of triples as objects with named members and reads them back (see <see cref="PairListJsonConverter{T1, T2}"/>).</summary>
/// <typeparam name="T1">The first item's type.</typeparam>
/// <typeparam name="T2">The second item's type.</typeparam>
/// <typeparam name="T3">The third item's type.</typeparam>
internal abstract class TripleListJsonConverter<T1, T2, T3>(string first, string second, string third) : JsonConverter<ImmutableArray<(T1, T2, T3)>>
{
    /// <inheritdoc />
    public override ImmutableArray<(T1, T2, T3)> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = ImmutableArray.CreateBuilder<(T1, T2, T3)>();
        TupleListJson.ReadObjects(ref reader, [first, second, third], (ref Utf8JsonReader item, int member, object?[] values) =>
            values[member] = member switch
            {
                0 => TupleListJson.Item<T1>(ref item, options),
                1 => TupleListJson.Item<T2>(ref item, options),
                _ => TupleListJson.Item<T3>(ref item, options),
            },
            values => items.Add(((T1)values[0]!, (T2)values[1]!, (T3)values[2]!)));
        return items.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableArray<(T1, T2, T3)> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var (one, two, three) in value.IsDefault ? [] : value)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(first);
            JsonSerializer.Serialize(writer, one, TupleListJson.Info<T1>(options));
            writer.WritePropertyName(second);
            JsonSerializer.Serialize(writer, two, TupleListJson.Info<T2>(options));
            writer.WritePropertyName(third);
            JsonSerializer.Serialize(writer, three, TupleListJson.Info<T3>(options));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
