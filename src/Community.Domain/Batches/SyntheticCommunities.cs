using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Budgets;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Batches;

/// <summary>
/// Makes up communities for trying a batch or a budget at scale: each placed where asked, with a
/// population, households, paid posts and party branches drawn at random within given ranges. The
/// same seed, ranges and places give the same communities, on any machine and any runtime: the draws
/// come from SplitMix64, written out here, not from <c>System.Random</c>, whose sequence is not promised.
/// </summary>
/// <remarks>
/// The figures are not statistics of any real place; they exercise the rules over realistic ranges.
/// Each community has a director, its deputies and full-time members (all paid), as many funded
/// workers as paid posts, and its party branches.
/// </remarks>
public sealed class SyntheticCommunities
{
    private SyntheticCommunities(int seed, CountRange population, CountRange personsPerHundredHouseholds, CountRange deputies, CountRange fullTimeMembers, CountRange partyBranches)
    {
        Seed = seed;
        Population = population;
        PersonsPerHundredHouseholds = personsPerHundredHouseholds;
        Deputies = deputies;
        FullTimeMembers = fullTimeMembers;
        PartyBranches = partyBranches;
    }

    /// <summary>The most communities one call makes: ten million, some fifteen times the country's village-level units.</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Gets the seed.</summary>
    public int Seed { get; }

    /// <summary>Gets the range a community's resident population is drawn from.</summary>
    public CountRange Population { get; }

    /// <summary>Gets the range of residents per 100 households, from which households follow (population × 100 ÷ this, rounded down, at least 1).</summary>
    public CountRange PersonsPerHundredHouseholds { get; }

    /// <summary>Gets the range of deputy directors.</summary>
    public CountRange Deputies { get; }

    /// <summary>Gets the range of full-time members besides the director and deputies.</summary>
    public CountRange FullTimeMembers { get; }

    /// <summary>Gets the range of party branches.</summary>
    public CountRange PartyBranches { get; }

    /// <summary>
    /// Creates a generator with the default ranges: 1,000 to 15,000 residents, 250 to 320 residents
    /// per 100 households, 1 or 2 deputies, 2 to 5 full-time members and 1 to 4 party branches.
    /// </summary>
    /// <param name="seed">The seed, zero or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seed"/> is negative.</exception>
    public static SyntheticCommunities WithSeed(int seed) =>
        Create(seed, CountRange.Between(1_000, 15_000), CountRange.Between(250, 320), CountRange.Between(1, 2), CountRange.Between(2, 5), CountRange.Between(1, 4));

    /// <summary>Creates a generator with the ranges given.</summary>
    /// <param name="seed">The seed, zero or more.</param>
    /// <param name="population">The resident population: at least 1.</param>
    /// <param name="personsPerHundredHouseholds">Residents per 100 households: from 100 (one per household) to 2,000.</param>
    /// <param name="deputies">Deputy directors: zero or more.</param>
    /// <param name="fullTimeMembers">Full-time members: zero or more.</param>
    /// <param name="partyBranches">Party branches: zero or more.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seed"/> is negative, or a range lies outside what it allows (the message names it, its value and the bounds).</exception>
    public static SyntheticCommunities Create(int seed, CountRange population, CountRange personsPerHundredHouseholds, CountRange deputies, CountRange fullTimeMembers, CountRange partyBranches)
    {
        if (seed < 0)
        {
            throw GuardExtensions.OutOfRange(nameof(seed), seed, "must be zero or more");
        }

        return new(
            seed,
            Within(population, 1, int.MaxValue, nameof(population)),
            Within(personsPerHundredHouseholds, 100, 2_000, nameof(personsPerHundredHouseholds)),
            Within(deputies, 0, 100, nameof(deputies)),
            Within(fullTimeMembers, 0, 100, nameof(fullTimeMembers)),
            Within(partyBranches, 0, 1_000, nameof(partyBranches)));
    }

    /// <summary>Makes one community at each place given, in order.</summary>
    /// <param name="places">The places, each a unit the catalog that will cost them knows (usually a township); at most <see cref="MaxCount"/>.</param>
    /// <returns>The communities, named <c>synthetic 1</c>, <c>synthetic 2</c>, …</returns>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> is null.</exception>
    /// <exception cref="ArgumentException">A place is the default code (named by its index), or there are more than <see cref="MaxCount"/>.</exception>
    public ImmutableArray<BudgetCommunity> Generate(IEnumerable<JurisdictionCode> places)
    {
        var given = Guard.Against.NullArgument(places);
        var random = new SplitMix(Seed);
        var result = ImmutableArray.CreateBuilder<BudgetCommunity>();
        foreach (var place in given)
        {
            if (result.Count == MaxCount || (result.Count == 0 && given.TryGetNonEnumeratedCount(out var known) && known > MaxCount))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"places gives more than {MaxCount} places; expected at most SyntheticCommunities.MaxCount."), nameof(places));
            }

            Guard.Against.DefaultValue(place, "JurisdictionCode.Of or JurisdictionCode.Parse", string.Create(CultureInfo.InvariantCulture, $"places[{result.Count}]"));
            result.Add(Next(random, place, result.Count));
        }

        return result.DrainToImmutable();
    }

    /// <summary>Makes a number of communities spread at random over places, each place as likely as the next.</summary>
    /// <param name="count">How many communities: from zero to <see cref="MaxCount"/>.</param>
    /// <param name="places">The places to spread them over: at least one when <paramref name="count"/> is positive.</param>
    /// <returns>The communities, named <c>synthetic 1</c>, <c>synthetic 2</c>, …</returns>
    /// <exception cref="ArgumentNullException"><paramref name="places"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="MaxCount"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="places"/> is empty while <paramref name="count"/> is positive, or a place is the default code.</exception>
    public ImmutableArray<BudgetCommunity> Generate(int count, IReadOnlyList<JurisdictionCode> places)
    {
        Guard.Against.NullArgument(places);
        if (count is < 0 or > MaxCount)
        {
            throw GuardExtensions.OutOfRange(nameof(count), count, string.Create(CultureInfo.InvariantCulture, $"must lie within 0 to {MaxCount} (SyntheticCommunities.MaxCount)"));
        }

        if (count > 0 && places.Count == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"places is empty; expected at least one place to spread the {count} communities over."), nameof(places));
        }

        for (var i = 0; i < places.Count; i++)
        {
            Guard.Against.DefaultValue(places[i], "JurisdictionCode.Of or JurisdictionCode.Parse", string.Create(CultureInfo.InvariantCulture, $"places[{i}]"));
        }

        var random = new SplitMix(Seed);
        var result = ImmutableArray.CreateBuilder<BudgetCommunity>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(Next(random, places[(int)random.Below(places.Count)], i));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Describes the generator, for diagnostics.</summary>
    /// <returns>A text such as <c>seed 42: 1000 to 15000 residents, 250 to 320 per 100 households, …</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"seed {Seed}: {Population} residents, {PersonsPerHundredHouseholds} per 100 households, {Deputies} deputies, {FullTimeMembers} full-time members, {PartyBranches} party branches");

    private static CountRange Within(CountRange range, int least, int most, string parameterName) =>
        range.Equals(default) ? throw GuardExtensions.DefaultArgument<CountRange>(parameterName, CountRange.Factories)
        : range.Min >= least && range.Max <= most
            ? range
            : throw GuardExtensions.OutOfRange(parameterName, range, string.Create(CultureInfo.InvariantCulture, $"must lie within {least} to {most}"));

    private static int Draw(SplitMix random, CountRange range) => range.Min + (int)random.Below((long)range.Max - range.Min + 1);

    private BudgetCommunity Next(SplitMix random, JurisdictionCode place, int index)
    {
        var residents = Draw(random, Population);
        var households = (int)Math.Max(1, Math.Min(residents, (long)residents * 100 / Draw(random, PersonsPerHundredHouseholds)));
        var deputies = Draw(random, Deputies);
        var members = Draw(random, FullTimeMembers);
        var branches = Draw(random, PartyBranches);
        var profile = CommunityProfile.Create(
            place,
            string.Create(CultureInfo.InvariantCulture, $"synthetic {index + 1}"),
            CommunityKind.PureResidential,
            CommunitySetting.Urban,
            Primitives.Population.Of(residents),
            HouseholdCount.Of(households),
            gridCount: null);
        return BudgetCommunity.Create(profile, [(PayRole.Director, 1), (PayRole.DeputyDirector, deputies), (PayRole.FullTimeMember, members)], 1 + deputies + members, branches);
    }

    // SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose sequence depends on the seed alone.
    private sealed class SplitMix(int seed)
    {
        private ulong _state = (ulong)seed;

        // A draw from 0 to bound - 1: the high half of a 64-bit draw times the bound.
        public long Below(long bound)
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                var z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return (long)Math.BigMul(z ^ (z >> 31), (ulong)bound, out _);
            }
        }
    }
}
