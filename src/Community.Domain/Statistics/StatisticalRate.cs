using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Statistics;

/// <summary>A rate a source reports: its counts, its percentage, or both, as the source gives them.</summary>
/// <remarks>
/// Furong's petitions: 52 received, 51 mediated, reported as 98% (counts and percentage, which a check
/// compares at the percentage's own precision). Shashi's 居民说事: 2320 of "2400余" closed (counts only,
/// the whole approximate, so the rate is at most what the counts give), and 97% satisfied (a percentage
/// with no counts, which nothing can check).
/// </remarks>
public sealed class StatisticalRate
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal StatisticalRate(string chinese, string english, Proportion? counts, bool wholeIsApproximate, decimal? reportedPercent, int decimals)
    {
        Chinese = Guard.Against.BlankText(chinese);
        English = Guard.Against.BlankText(english);
        Counts = counts;
        WholeIsApproximate = wholeIsApproximate && counts is not null;
        ReportedPercent = reportedPercent is { } percent ? CheckPercent(percent, decimals) : null;
        Decimals = decimals;
        if (counts is null && reportedPercent is null)
        {
            throw new ArgumentException("counts and reportedPercent are both null; expected a rate counted, reported or both.", nameof(counts));
        }
    }

    /// <summary>Gets what the rate measures, in Chinese, such as 调处率.</summary>
    public string Chinese { get; }

    /// <summary>Gets what the rate measures, in English.</summary>
    public string English { get; }

    /// <summary>Gets the counts the source gives, if any.</summary>
    public Proportion? Counts { get; }

    /// <summary>Gets a value indicating whether the source gives the whole as "more than" a figure (余), so that the counts give an upper bound on the rate.</summary>
    public bool WholeIsApproximate { get; }

    /// <summary>Gets the percentage the source reports, if any, such as 98.</summary>
    public decimal? ReportedPercent { get; }

    /// <summary>Gets the decimals of the reported percentage: 0 for "98%".</summary>
    public int Decimals { get; }

    /// <summary>Creates a rate the source gives as counts: 2320 matters closed of 2400 received.</summary>
    /// <param name="chinese">What the rate measures, in Chinese; not blank.</param>
    /// <param name="english">What the rate measures, in English; not blank.</param>
    /// <param name="part">The part counted, from 0 to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, zero or more.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is negative, or <paramref name="part"/> is outside 0 to it.</exception>
    public static StatisticalRate Counted(string chinese, string english, long part, long whole) =>
        new(Guard.Against.BlankText(chinese), Guard.Against.BlankText(english), Proportion.Of(part, whole), false, null, 0);

    /// <summary>Creates a rate the source gives as a percentage only, with no counts: 97% satisfied.</summary>
    /// <param name="chinese">What the rate measures, in Chinese; not blank.</param>
    /// <param name="english">What the rate measures, in English; not blank.</param>
    /// <param name="percent">The reported percentage, from 0 to 100.</param>
    /// <param name="decimals">Its decimals, from 0 to 6; the percentage may have no more.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> or <paramref name="decimals"/> is out of range.</exception>
    public static StatisticalRate Reported(string chinese, string english, decimal percent, int decimals = 0) =>
        new(Guard.Against.BlankText(chinese), Guard.Against.BlankText(english), null, false, CheckPercent(percent, decimals), decimals);

    /// <summary>Returns a copy that also carries the percentage the source reports for these counts.</summary>
    /// <param name="percent">The reported percentage, from 0 to 100.</param>
    /// <param name="decimals">Its decimals, from 0 to 6; the percentage may have no more.</param>
    /// <returns>The rate with its reported percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> or <paramref name="decimals"/> is out of range.</exception>
    public StatisticalRate ReportedAs(decimal percent, int decimals = 0) =>
        new(Chinese, English, Counts, WholeIsApproximate, CheckPercent(percent, decimals), decimals);

    /// <summary>Returns a copy whose whole the source gives as "more than" its figure (2400余).</summary>
    /// <returns>The rate with an approximate whole.</returns>
    /// <exception cref="InvalidOperationException">The rate has no counts.</exception>
    public StatisticalRate WithApproximateWhole() => Counts is null
        ? throw new InvalidOperationException($"The rate \"{English}\" has no counts, so its whole cannot be approximate.")
        : new(Chinese, English, Counts, true, ReportedPercent, Decimals);

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is StatisticalRate other && Equals(Chinese, other.Chinese) && Equals(English, other.English) && Equals(Counts, other.Counts) && Equals(WholeIsApproximate, other.WholeIsApproximate) && Equals(ReportedPercent, other.ReportedPercent) && Equals(Decimals, other.Decimals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Chinese, English, Counts, WholeIsApproximate, ReportedPercent, Decimals);

    /// <summary>Formats the rate, for diagnostics.</summary>
    /// <returns>A text such as <c>mediation rate: 51 of 52 (98.08%), reported as 98%</c>.</returns>
    public override string ToString()
    {
        var counts = Counts is { } c ? c.ToString() : "no counts";
        return ReportedPercent is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{English}: {counts}, reported as {p}%")
            : $"{English}: {counts}";
    }

    private static decimal CheckPercent(decimal percent, int decimals)
    {
        if (decimals is < 0 or > 6)
        {
            throw GuardExtensions.OutOfRange(nameof(decimals), decimals, "must be from 0 to 6");
        }

        return percent is >= 0m and <= 100m && Math.Round(percent, decimals) == percent
            ? percent
            : throw GuardExtensions.OutOfRange(nameof(percent), percent, string.Create(CultureInfo.InvariantCulture, $"must be from 0 to 100 with at most {decimals} decimals"));
    }
}
