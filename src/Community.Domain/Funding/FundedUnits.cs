using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Primitives;

namespace Community.Domain.Funding;

/// <summary>What a community's funding is counted on: its population, households, workers and party branches.</summary>
/// <remarks>Only what the policy's <see cref="FundingBasis"/> needs is read; the rest may be left out.
/// A count left out is not zero: a policy counted on it refuses the units, naming what is missing,
/// rather than answer 0.00 yuan.</remarks>
public readonly record struct FundedUnits : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal FundedUnits(Population population, HouseholdCount? households, int? workers, int? partyBranches, CommunityKind? communityKind = null)
    {
        _made = true;
        CommunityKind = communityKind is { } kind ? Guard.Against.UndefinedEnum(kind, nameof(communityKind)) : null;
        Population = population;
        Households = households;
        Workers = Count(workers);
        PartyBranches = Count(partyBranches);
    }

    /// <summary>Gets the resident population, which chooses a population band.</summary>
    public Population Population { get => _made ? field : throw GuardExtensions.DefaultInstance<FundedUnits>("FundedUnits.Of or FundedUnits.For"); }

    /// <summary>Gets the households, for funds per 100 households; null when not given.</summary>
    public HouseholdCount? Households { get => _made ? field : throw GuardExtensions.DefaultInstance<FundedUnits>("FundedUnits.Of or FundedUnits.For"); }

    /// <summary>Gets the funded workers, for funds per worker; null when not given.</summary>
    public int? Workers { get => _made ? field : throw GuardExtensions.DefaultInstance<FundedUnits>("FundedUnits.Of or FundedUnits.For"); }

    /// <summary>Gets the party branches, for funds per branch; null when not given.</summary>
    public int? PartyBranches { get => _made ? field : throw GuardExtensions.DefaultInstance<FundedUnits>("FundedUnits.Of or FundedUnits.For"); }

    /// <summary>Gets the community's kind, when the units were made from a community (<see cref="For"/>): a policy that excludes the kind gives nothing. Null when not known, which no exclusion matches.</summary>
    public CommunityKind? CommunityKind { get => _made ? field : throw GuardExtensions.DefaultInstance<FundedUnits>("FundedUnits.Of or FundedUnits.For"); }

    /// <summary>Creates the units of a community.</summary>
    /// <param name="population">The resident population.</param>
    /// <param name="households">The households; null when not known (a policy per 100 households then refuses the units).</param>
    /// <param name="workers">The funded workers, zero or more; null when not known (a policy per worker then refuses the units).</param>
    /// <param name="partyBranches">The party branches, zero or more; null when not known (a policy per branch then refuses the units).</param>
    /// <returns>The units.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> or <paramref name="partyBranches"/> is negative.</exception>
    public static FundedUnits Of(Population population, HouseholdCount? households = null, int? workers = null, int? partyBranches = null) =>
        new(population, households, Count(workers), Count(partyBranches));

    /// <summary>Creates the units of a described community: its population, households and kind, and the workers and branches given.</summary>
    /// <param name="community">The community.</param>
    /// <param name="workers">The funded workers, zero or more; null when not known.</param>
    /// <param name="partyBranches">The party branches, zero or more; null when not known.</param>
    /// <returns>The units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> or <paramref name="partyBranches"/> is negative.</exception>
    public static FundedUnits For(CommunityProfile community, int? workers = null, int? partyBranches = null)
    {
        Guard.Against.NullArgument(community);
        return new(community.Population, community.Households, Count(workers), Count(partyBranches), community.Kind);
    }

    private static int? Count(int? count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(count))] string? parameterName = null) =>
        count is { } given ? Guard.Against.NegativeCount(given, parameterName) : null;
}
