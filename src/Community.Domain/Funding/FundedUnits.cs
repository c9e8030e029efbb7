using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Primitives;

namespace Community.Domain.Funding;

/// <summary>What a community's funding is counted on: its population, households, workers and party branches.</summary>
/// <remarks>Only what the policy's <see cref="FundingBasis"/> needs is read; the rest may be zero.</remarks>
public readonly record struct FundedUnits
{
    private FundedUnits(Population population, HouseholdCount households, int workers, int partyBranches, CommunityKind? kind = null)
    {
        CommunityKind = kind;
        Population = population;
        Households = households;
        Workers = workers;
        PartyBranches = partyBranches;
    }

    /// <summary>Gets the resident population, which chooses a population band.</summary>
    public Population Population { get; }

    /// <summary>Gets the households, for funds per 100 households.</summary>
    public HouseholdCount Households { get; }

    /// <summary>Gets the funded workers, for funds per worker.</summary>
    public int Workers { get; }

    /// <summary>Gets the party branches, for funds per branch.</summary>
    public int PartyBranches { get; }

    /// <summary>Gets the community's kind, when the units were made from a community (<see cref="For"/>): a policy that excludes the kind gives nothing. Null when not known, which no exclusion matches.</summary>
    public CommunityKind? CommunityKind { get; }

    /// <summary>Creates the units of a community.</summary>
    /// <param name="population">The resident population.</param>
    /// <param name="households">The households; zero when not needed.</param>
    /// <param name="workers">The funded workers; zero or more.</param>
    /// <param name="partyBranches">The party branches; zero or more.</param>
    /// <returns>The units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> or <paramref name="partyBranches"/> is negative.</exception>
    public static FundedUnits Of(Population population, HouseholdCount households = default, int workers = 0, int partyBranches = 0) =>
        new(population, households, Guard.Against.NegativeCount(workers), Guard.Against.NegativeCount(partyBranches));

    /// <summary>Creates the units of a described community: its population, households and kind, and the workers and branches given.</summary>
    /// <param name="community">The community.</param>
    /// <param name="workers">The funded workers; zero or more.</param>
    /// <param name="partyBranches">The party branches; zero or more.</param>
    /// <returns>The units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> or <paramref name="partyBranches"/> is negative.</exception>
    public static FundedUnits For(CommunityProfile community, int workers = 0, int partyBranches = 0)
    {
        Guard.Against.NullArgument(community);
        return new(community.Population, community.Households, Guard.Against.NegativeCount(workers), Guard.Against.NegativeCount(partyBranches), community.Kind);
    }
}
