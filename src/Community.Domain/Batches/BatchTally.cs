using System.Globalization;
using Community.Domain.Budgets;

namespace Community.Domain.Batches;

/// <summary>
/// What a batch (<see cref="CommitteeBatch"/>) found for one province, one county-level unit or the
/// whole batch: how many committees and people, the members their quotas allow, how their sizes
/// compare with the recommended scale, and their budget in totals only.
/// </summary>
public sealed class BatchTally
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal BatchTally(
        Jurisdictions.JurisdictionCode? jurisdiction,
        int committees,
        long population,
        long households,
        int withoutQuota,
        long membersMinimum,
        long membersMaximum,
        int withinScale,
        int aboveScale,
        int belowScale,
        int withoutScale,
        long suggestedCommunities,
        BudgetTotals budget)
    {
        Counted(committees, nameof(committees));
        Counted(population, nameof(population));
        Counted(households, nameof(households));
        Counted(withoutQuota, nameof(withoutQuota));
        Counted(membersMinimum, nameof(membersMinimum));
        Counted(withinScale, nameof(withinScale));
        Counted(aboveScale, nameof(aboveScale));
        Counted(belowScale, nameof(belowScale));
        Counted(withoutScale, nameof(withoutScale));
        Counted(suggestedCommunities, nameof(suggestedCommunities));
        if (membersMaximum < membersMinimum || withoutQuota > committees)
        {
            throw JsonValues.Invalid(
                string.Create(CultureInfo.InvariantCulture, $"a tally of {committees} committees, {withoutQuota} without a quota, {membersMinimum} to {membersMaximum} members"),
                "a tally with no more committees without a quota than committees, and the most members no fewer than the least");
        }

        Jurisdiction = jurisdiction;
        Committees = committees;
        Population = population;
        Households = households;
        WithoutQuota = withoutQuota;
        MembersMinimum = membersMinimum;
        MembersMaximum = membersMaximum;
        WithinScale = withinScale;
        AboveScale = aboveScale;
        BelowScale = belowScale;
        WithoutScale = withoutScale;
        SuggestedCommunities = suggestedCommunities;
        Budget = budget ?? throw JsonValues.Invalid("no Budget", "the budget totals of the tally");
    }

    private static void Counted(long count, string name)
    {
        if (count < 0)
        {
            throw JsonValues.Invalid(string.Create(CultureInfo.InvariantCulture, $"{name} {count}"), "a count of zero or more");
        }
    }

    /// <summary>Gets the province or county-level unit tallied, or <see langword="null"/> for the whole batch.</summary>
    public Jurisdictions.JurisdictionCode? Jurisdiction { get; }

    /// <summary>Gets how many committees were assessed.</summary>
    public int Committees { get; }

    /// <summary>Gets their resident population in all.</summary>
    public long Population { get; }

    /// <summary>Gets their households in all.</summary>
    public long Households { get; }

    /// <summary>Gets how many committees had no quota policy in force at their place (they add nothing to the members).</summary>
    public int WithoutQuota { get; }

    /// <summary>Gets the least number of members the committees' quotas allow, added up.</summary>
    public long MembersMinimum { get; }

    /// <summary>Gets the most members the committees' quotas allow, added up.</summary>
    public long MembersMaximum { get; }

    /// <summary>Gets how many communities are within the recommended scale in force at their place.</summary>
    public int WithinScale { get; }

    /// <summary>Gets how many communities are above it: a split is suggested.</summary>
    public int AboveScale { get; }

    /// <summary>Gets how many communities are below it: a merge is suggested.</summary>
    public int BelowScale { get; }

    /// <summary>Gets how many communities had no scale policy in force at their place.</summary>
    public int WithoutScale { get; }

    /// <summary>Gets how many communities those above the scale would split into, added up (each the least number within the most size).</summary>
    public long SuggestedCommunities { get; }

    /// <summary>Gets the committees' budget in totals only: by post, fund and payer.</summary>
    public BudgetTotals Budget { get; }

    /// <summary>Tells whether two tallies give the same figures for the same place.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns><see langword="true"/> when every figure is the same.</returns>
    public override bool Equals(object? obj) =>
        obj is BatchTally other && Jurisdiction == other.Jurisdiction && Committees == other.Committees && Population == other.Population
        && Households == other.Households && WithoutQuota == other.WithoutQuota && MembersMinimum == other.MembersMinimum
        && MembersMaximum == other.MembersMaximum && WithinScale == other.WithinScale && AboveScale == other.AboveScale
        && BelowScale == other.BelowScale && WithoutScale == other.WithoutScale && SuggestedCommunities == other.SuggestedCommunities
        && Budget.Equals(other.Budget);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Jurisdiction);
        hash.Add(Committees);
        hash.Add(Population);
        hash.Add(Households);
        hash.Add(WithoutQuota);
        hash.Add(MembersMinimum);
        hash.Add(MembersMaximum);
        hash.Add(WithinScale);
        hash.Add(AboveScale);
        hash.Add(BelowScale);
        hash.Add(WithoutScale);
        hash.Add(SuggestedCommunities);
        hash.Add(Budget);
        return hash.ToHashCode();
    }

    /// <summary>Describes the tally, for diagnostics.</summary>
    /// <returns>A text such as <c>350802: 120 committees, 600 to 1080 members, 3 above scale, 12 below, 0 without a scale rule; 120 communities: 4560000.00 CNY</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Jurisdiction is { } code ? code.ToString() : "all")}: {Committees} committees, {MembersMinimum} to {MembersMaximum} members, {AboveScale} above scale, {BelowScale} below, {WithoutScale} without a scale rule; {Budget}");
}
