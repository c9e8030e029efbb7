using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Community.Domain.Policies;

/// <summary>Creates <see cref="BandTable{TQuantity, TValue}"/> values with the types inferred.</summary>
public static class BandTable
{
    /// <summary>Defines a band table, checking it whole.</summary>
    /// <typeparam name="TQuantity">The ordered quantity.</typeparam>
    /// <typeparam name="TValue">The value each band gives.</typeparam>
    /// <param name="reading">How to treat a value that two neighbouring bands both include.</param>
    /// <param name="bands">The bands, in the order the source lists them (ascending or descending).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> or one of its bands is null.</exception>
    /// <exception cref="PolicyDefinitionException">The bands are empty, unordered, leave a gap or overlap; every problem is listed.</exception>
    public static BandTable<TQuantity, TValue> Define<TQuantity, TValue>(BoundaryReading reading, params IEnumerable<Band<TQuantity, TValue>> bands)
        where TQuantity : struct, IComparable<TQuantity> =>
        TryDefine(reading, bands, out var table, out var problems)
            ? table
            : throw new PolicyDefinitionException("band table", problems);

    /// <summary>Tries to define a band table, returning every problem instead of throwing.</summary>
    /// <typeparam name="TQuantity">The ordered quantity.</typeparam>
    /// <typeparam name="TValue">The value each band gives.</typeparam>
    /// <param name="reading">How to treat a value that two neighbouring bands both include.</param>
    /// <param name="bands">The bands, in the order the source lists them.</param>
    /// <param name="table">The table, when the bands are valid.</param>
    /// <param name="problems">Every problem found; empty when the bands are valid.</param>
    /// <returns><see langword="true"/> when the bands form a valid table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> or one of its bands is null.</exception>
    public static bool TryDefine<TQuantity, TValue>(
        BoundaryReading reading,
        IEnumerable<Band<TQuantity, TValue>> bands,
        [NotNullWhen(true)] out BandTable<TQuantity, TValue>? table,
        out ImmutableArray<DefinitionProblem> problems)
        where TQuantity : struct, IComparable<TQuantity>
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(bands);
        Ardalis.GuardClauses.Guard.Against.UndefinedEnum(reading);
        var listed = bands.ToImmutableArray();
        for (var i = 0; i < listed.Length; i++)
        {
            if (listed[i] is null)
            {
                throw GuardExtensions.Null(string.Create(CultureInfo.InvariantCulture, $"bands[{i}]"));
            }
        }

        var found = ImmutableArray.CreateBuilder<DefinitionProblem>();
        if (listed.IsEmpty)
        {
            found.Add(new(DefinitionProblemKind.NoBands, "The table has no bands; expected at least one.", "bands"));
        }

        for (var i = 0; i < listed.Length; i++)
        {
            if (listed[i].IsEmpty)
            {
                found.Add(new(DefinitionProblemKind.EmptyBand, $"Band {i + 1} {listed[i]} contains no value.", Bands(i)));
            }
        }

        BandTable<TQuantity, TValue>.CheckListingOrder(listed, found);

        var order = Enumerable.Range(0, listed.Length).ToArray();
        Array.Sort(order, (a, b) => BandTable<TQuantity, TValue>.CompareBands(listed[a], listed[b]) is var c && c != 0 ? c : a.CompareTo(b));
        for (var i = 0; i + 1 < order.Length; i++)
        {
            BandTable<TQuantity, TValue>.CheckNeighbours(listed, order[i], order[i + 1], reading, found);
        }

        problems = found.ToImmutable();
        if (!problems.IsEmpty)
        {
            table = null;
            return false;
        }

        var sorted = new Band<TQuantity, TValue>[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = listed[order[i]];
        }

        table = new BandTable<TQuantity, TValue>(listed, reading, sorted, order);
        return true;
    }

    /// <summary>Names band <paramref name="index"/> as the argument of a definition problem, <c>bands[1]</c>.</summary>
    internal static string Bands(int index) => string.Create(CultureInfo.InvariantCulture, $"bands[{index}]");
}
