using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>The shortfall of a group of people's pay against the floors in force: per person, and summed.</summary>
/// <remarks>Reports of several committees add up with <see cref="Combine"/>; people whose post has no floor are listed apart and add nothing.</remarks>
public sealed class GapReport
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal GapReport(ImmutableArray<(PaidPerson Person, SubsidyGap Gap)> gaps, ImmutableArray<PaidPerson> notCovered)
    {
        Gaps = gaps;
        NotCovered = notCovered;
        var monthly = Money.Zero;
        var annual = Money.Zero;
        var below = 0;
        foreach (var (_, gap) in gaps)
        {
            monthly += gap.ShortfallMonthly;
            annual += gap.ShortfallAnnual;
            below += gap.IsBelowFloor ? 1 : 0;
        }

        ShortfallMonthly = monthly;
        ShortfallAnnual = annual;
        BelowFloorCount = below;
    }

    /// <summary>Gets each person with a floor for their post, and their gap.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(GapsJsonConverter))]
    public ImmutableArray<(PaidPerson Person, SubsidyGap Gap)> Gaps { get; }

    /// <summary>Gets the people whose post the floor policy does not cover.</summary>
    public ImmutableArray<PaidPerson> NotCovered { get; }

    /// <summary>Gets the total shortfall per month.</summary>
    public Money ShortfallMonthly { get; }

    /// <summary>Gets the total shortfall per year: what lifting everyone to the floor costs a year, each person's from their yearly floor, rounded once.</summary>
    public Money ShortfallAnnual { get; }

    /// <summary>Gets how many people are paid below their floor.</summary>
    public int BelowFloorCount { get; }

    /// <summary>Adds reports up, such as those of a district's committees.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>One report holding every person of every report, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or a report is null.</exception>
    public static GapReport Combine(IEnumerable<GapReport> reports)
    {
        var all = Guard.Against.NullArgument(reports).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            _ = all[i] ?? throw GuardExtensions.Null($"reports[{i}]");
        }

        return new([.. all.SelectMany(r => r.Gaps)], [.. all.SelectMany(r => r.NotCovered)]);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is GapReport other && Equality.Same(Gaps, other.Gaps) && Equality.Same(NotCovered, other.NotCovered);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Gaps), Equality.Hash(NotCovered));

    /// <summary>Formats the report.</summary>
    /// <returns>The totals.</returns>
    public override string ToString() =>
        $"{BelowFloorCount} of {Gaps.Length} below the floor; short {ShortfallMonthly} a month, {ShortfallAnnual} a year";
}
