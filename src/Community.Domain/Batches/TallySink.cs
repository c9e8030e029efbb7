using Community.Domain.Budgets;
using Community.Domain.Jurisdictions;

namespace Community.Domain.Batches;

/// <summary>
/// The running figures of one group of a batch: the committees of one county-level unit, or those
/// placed directly in a province (or above), counted without allocating per committee.
/// </summary>
internal sealed class TallySink(JurisdictionCode? county, JurisdictionCode? province)
{
    public JurisdictionCode? County { get; } = county;

    public JurisdictionCode? Province { get; } = province;

    /// <summary>The code the group is kept under: its county's, else its province's, else 0 for committees placed above any province.</summary>
    public int Key => County?.Value ?? Province?.Value ?? 0;

    public BudgetTotalsSink Budget { get; } = new();

    public int Committees;
    public long Population;
    public long Households;
    public int WithoutQuota;
    public long MembersMinimum;
    public long MembersMaximum;
    public int WithinScale;
    public int AboveScale;
    public int BelowScale;
    public int WithoutScale;
    public long SuggestedCommunities;

    /// <summary>Adds another group's figures after this one's, as its tally gives them.</summary>
    public void Add(TallySink other) => Add(other.Tally(null));

    /// <summary>Adds a tally (another group's, or another shard's) after this one's figures.</summary>
    public void Add(BatchTally other)
    {
        Committees += other.Committees;
        Population += other.Population;
        Households += other.Households;
        WithoutQuota += other.WithoutQuota;
        MembersMinimum += other.MembersMinimum;
        MembersMaximum += other.MembersMaximum;
        WithinScale += other.WithinScale;
        AboveScale += other.AboveScale;
        BelowScale += other.BelowScale;
        WithoutScale += other.WithoutScale;
        SuggestedCommunities += other.SuggestedCommunities;
        Budget.Add(other.Budget);
    }

    public BatchTally Tally(JurisdictionCode? jurisdiction) => new(
        jurisdiction,
        Committees,
        Population,
        Households,
        WithoutQuota,
        MembersMinimum,
        MembersMaximum,
        WithinScale,
        AboveScale,
        BelowScale,
        WithoutScale,
        SuggestedCommunities,
        Budget.Totals());
}
