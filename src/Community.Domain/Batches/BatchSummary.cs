using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using NodaTime;

namespace Community.Domain.Batches;

/// <summary>
/// What a batch (<see cref="CommitteeBatch.Run"/>) found: the whole, each province and each
/// county-level unit, in code order. The same committees give the same summary however many cores ran.
/// </summary>
public sealed class BatchSummary
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal BatchSummary(LocalDate asOf, BatchTally total, ImmutableArray<BatchTally> provinces, ImmutableArray<BatchTally> counties)
    {
        AsOf = asOf;
        Total = total ?? throw JsonValues.Invalid("no Total", "the tally of the whole batch");
        Provinces = provinces.IsDefault ? [] : provinces;
        Counties = counties.IsDefault ? [] : counties;
    }

    /// <summary>Gets the date whose policies applied.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Explanations.IsoLocalDateJsonConverter))]
    public LocalDate AsOf { get; }

    /// <summary>Gets the whole batch.</summary>
    public BatchTally Total { get; }

    /// <summary>Gets each province with committees, in code order; committees placed directly in a province (above any county) count there and in no county.</summary>
    public ImmutableArray<BatchTally> Provinces { get; }

    /// <summary>Gets each county-level unit with committees (a county, a functional area, or a prefecture-level city without counties that holds townships itself), in code order.</summary>
    public ImmutableArray<BatchTally> Counties { get; }

    /// <summary>Finds a province's or county-level unit's tally.</summary>
    /// <param name="jurisdiction">A province or county-level unit of the summary.</param>
    /// <param name="tally">The tally, when the summary has one.</param>
    /// <returns><see langword="true"/> when a committee of the batch lies there.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code, which names no place.</exception>
    public bool TryGet(JurisdictionCode jurisdiction, [NotNullWhen(true)] out BatchTally? tally)
    {
        Guard.Against.DefaultValue(jurisdiction, "JurisdictionCode.Of or JurisdictionCode.Parse");
        tally = Find(Provinces, jurisdiction) ?? Find(Counties, jurisdiction);
        return tally is not null;
    }

    /// <summary>Returns a province's or county-level unit's tally.</summary>
    /// <param name="jurisdiction">A province or county-level unit of the summary.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">No committee of the batch lies in <paramref name="jurisdiction"/> as a province or county-level unit, or it is the default code.</exception>
    public BatchTally Of(JurisdictionCode jurisdiction) =>
        TryGet(jurisdiction, out var tally)
            ? tally
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"jurisdiction is {jurisdiction}; no committee of the batch lies in it as a province or county-level unit (the summary has {Provinces.Length} provinces and {Counties.Length} county-level units)."),
                nameof(jurisdiction));

    /// <summary>Tells whether two summaries give the same figures.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns><see langword="true"/> when the date and every tally are the same.</returns>
    public override bool Equals(object? obj) =>
        obj is BatchSummary other && AsOf == other.AsOf && Total.Equals(other.Total) && Equality.Same(Provinces, other.Provinces) && Equality.Same(Counties, other.Counties);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Total, Equality.Hash(Provinces), Equality.Hash(Counties));

    /// <summary>Describes the summary, for diagnostics.</summary>
    /// <returns>A text such as <c>2008-03-01: 126517 committees in 31 provinces and 2801 county-level units</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{AsOf:uuuu-MM-dd}: {Total.Committees} committees in {Provinces.Length} provinces and {Counties.Length} county-level units");

    // Tallies are in code order: a binary search finds one.
    private static BatchTally? Find(ImmutableArray<BatchTally> tallies, JurisdictionCode jurisdiction)
    {
        int low = 0, high = tallies.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var code = tallies[middle].Jurisdiction!.Value.Value;
            if (code == jurisdiction.Value)
            {
                return tallies[middle];
            }

            if (code < jurisdiction.Value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
