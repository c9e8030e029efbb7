using System.Text.Json;
using Community.Domain.Policies;

namespace Community.Domain.Documents;

/// <summary>
/// Band tables in a policy document: <c>{"reading":"FirstListedWins","bands":[{"lower":{"value":1000,"inclusive":true},"upper":null,"value":…,"sourceText":"1000人以上"}]}</c>.
/// A band without a lower or upper bound is open on that side.
/// </summary>
public static class DocumentBands
{
    /// <summary>Reads a band table, its quantities and values by the readers given; a table <see cref="BandTable.Define{TQuantity, TValue}"/> refuses is refused at the table's path.</summary>
    /// <typeparam name="TQuantity">The quantity the bands divide.</typeparam>
    /// <typeparam name="TValue">The value of each band.</typeparam>
    /// <param name="table">The table's node, an object with <c>reading</c> and <c>bands</c>.</param>
    /// <param name="quantity">Reads a bound's quantity.</param>
    /// <param name="value">Reads a band's value.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="DocumentNodeException">A member is missing, unknown or unreadable, or the bands do not make a table.</exception>
    public static BandTable<TQuantity, TValue> Read<TQuantity, TValue>(DocumentNode table, Func<DocumentNode, TQuantity> quantity, Func<DocumentNode, TValue> value)
        where TQuantity : struct, IComparable<TQuantity>
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(quantity);
        Ardalis.GuardClauses.Guard.Against.NullArgument(value);
        table.OnlyMembers("reading", "bands");
        var reading = table.Optional("reading")?.Name<BoundaryReading>() ?? BoundaryReading.Strict;
        var bands = new List<Band<TQuantity, TValue>>();
        foreach (var band in table.Required("bands").Items())
        {
            band.OnlyMembers("lower", "upper", "value", "sourceText");
            var lower = band.Optional("lower") is { } from ? ReadBound(from, quantity) : (Bound<TQuantity>?)null;
            var upper = band.Optional("upper") is { } to ? ReadBound(to, quantity) : (Bound<TQuantity>?)null;
            var given = band.Required("value").Made(value);
            var text = band.OptionalText("sourceText");
            bands.Add((lower, upper) switch
            {
                ({ } least, { } most) => Band.Between(least, most, given, text),
                ({ } least, null) => Band.From(least, given, text),
                (null, { } most) => Band.UpTo(most, given, text),
                _ => Band.Everywhere<TQuantity, TValue>(given, text),
            });
        }

        try
        {
            return BandTable.Define(reading, bands);
        }
        catch (PolicyDefinitionException refused)
        {
            throw new DocumentNodeException(table, refused);
        }
    }

    /// <summary>Writes a band table, its quantities and values by the writers given, as <see cref="Read"/> reads it.</summary>
    /// <typeparam name="TQuantity">The quantity the bands divide.</typeparam>
    /// <typeparam name="TValue">The value of each band.</typeparam>
    /// <param name="writer">The writer, where the table's value goes.</param>
    /// <param name="table">The table.</param>
    /// <param name="quantity">Writes a bound's quantity.</param>
    /// <param name="value">Writes a band's value.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write<TQuantity, TValue>(Utf8JsonWriter writer, BandTable<TQuantity, TValue> table, Action<Utf8JsonWriter, TQuantity> quantity, Action<Utf8JsonWriter, TValue> value)
        where TQuantity : struct, IComparable<TQuantity>
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(writer);
        Ardalis.GuardClauses.Guard.Against.NullArgument(table);
        Ardalis.GuardClauses.Guard.Against.NullArgument(quantity);
        Ardalis.GuardClauses.Guard.Against.NullArgument(value);
        writer.WriteStartObject();
        writer.WriteString("reading", table.Reading.ToString());
        writer.WriteStartArray("bands");
        foreach (var band in table.Bands)
        {
            writer.WriteStartObject();
            WriteBound(writer, "lower", band.Lower, quantity);
            WriteBound(writer, "upper", band.Upper, quantity);
            writer.WritePropertyName("value");
            value(writer, band.Value);
            if (band.SourceText is { } text)
            {
                writer.WriteString("sourceText", text);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Bound<TQuantity> ReadBound<TQuantity>(DocumentNode bound, Func<DocumentNode, TQuantity> quantity)
        where TQuantity : struct, IComparable<TQuantity>
    {
        bound.OnlyMembers("value", "inclusive");
        var at = bound.Required("value").Made(quantity);
        var inclusive = bound.Required("inclusive");
        return inclusive.Element.ValueKind switch
        {
            JsonValueKind.True => Bound.Inclusive(at),
            JsonValueKind.False => Bound.Exclusive(at),
            _ => throw new DocumentNodeException(inclusive.Path, DocumentProblemKind.WrongType, "is not true or false; expected whether the bound's value is in the band."),
        };
    }

    private static void WriteBound<TQuantity>(Utf8JsonWriter writer, string name, Bound<TQuantity>? bound, Action<Utf8JsonWriter, TQuantity> quantity)
        where TQuantity : struct, IComparable<TQuantity>
    {
        if (bound is not { } given)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WritePropertyName("value");
        quantity(writer, given.Value);
        writer.WriteBoolean("inclusive", given.IsInclusive);
        writer.WriteEndObject();
    }
}
