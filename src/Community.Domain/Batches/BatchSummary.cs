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
        Provinces = InCodeOrder(provinces, "Provinces");
        Counties = InCodeOrder(counties, "Counties");
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

    /// <summary>
    /// Adds up the summaries of several runs on the same day, such as one run per province on
    /// different machines: the whole, and each province and county-level unit (a unit in more than one
    /// summary is added up). The sums are exact, so the figures are those of one run over every
    /// committee; given in the order of their committees (by province code, for shards by province),
    /// the summaries also list the budget's items in the same order, and the result equals that run's.
    /// </summary>
    /// <param name="summaries">The summaries, at least one, all of the same day.</param>
    /// <returns>The summary of all of them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summaries"/> or one of them is null (named by its index).</exception>
    /// <exception cref="ArgumentException">There is no summary, or one is of another day than the first (named by its index).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A budget sum is beyond <see cref="Primitives.Money.MaxYuan"/>.</exception>
    public static BatchSummary Combine(IEnumerable<BatchSummary> summaries)
    {
        var given = Guard.Against.NullArgument(summaries).ToList();
        if (given.Count == 0)
        {
            throw new ArgumentException("summaries is empty; expected at least one summary to add up.", nameof(summaries));
        }

        var whole = new TallySink(null, null);
        var provinces = new SortedDictionary<int, TallySink>();
        var counties = new SortedDictionary<int, TallySink>();
        for (var i = 0; i < given.Count; i++)
        {
            var summary = given[i] ?? throw GuardExtensions.Null(string.Create(CultureInfo.InvariantCulture, $"summaries[{i}]"));
            if (summary.AsOf != given[0].AsOf)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"summaries[{i}]");
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} is of {summary.AsOf:uuuu-MM-dd}, the first of {given[0].AsOf:uuuu-MM-dd}; add up summaries of one day."), name);
            }

            whole.Add(summary.Total);
            AddEach(provinces, summary.Provinces);
            AddEach(counties, summary.Counties);
        }

        return new BatchSummary(
            given[0].AsOf,
            whole.Tally(null),
            [.. provinces.Values.Select(sum => sum.Tally(sum.Province))],
            [.. counties.Values.Select(sum => sum.Tally(sum.County))]);
    }

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

    // Tallies read back must each name their place, in code order, for TryGet's binary search.
    private static ImmutableArray<BatchTally> InCodeOrder(ImmutableArray<BatchTally> tallies, string member)
    {
        if (tallies.IsDefault)
        {
            return [];
        }

        for (var i = 0; i < tallies.Length; i++)
        {
            if (tallies[i]?.Jurisdiction is not { } code || (i > 0 && code.Value <= tallies[i - 1].Jurisdiction!.Value.Value))
            {
                throw JsonValues.Invalid(string.Create(CultureInfo.InvariantCulture, $"{member}[{i}] without a jurisdiction or out of code order"), "tallies each naming its place, in ascending code order");
            }
        }

        return tallies;
    }

    private static void AddEach(SortedDictionary<int, TallySink> sums, ImmutableArray<BatchTally> tallies)
    {
        foreach (var tally in tallies)
        {
            var code = tally.Jurisdiction!.Value;
            if (!sums.TryGetValue(code.Value, out var sum))
            {
                sum = new TallySink(code, code);
                sums.Add(code.Value, sum);
            }

            sum.Add(tally);
        }
    }

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
