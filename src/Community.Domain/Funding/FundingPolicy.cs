using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Funding;

/// <summary>A funding policy: the amount a year per community (fixed, by population band, or a range), per worker, per 100 households or per party branch.</summary>
/// <remarks>
/// Implements, for example, FUN-01 (office funds by population, first-listed-wins at 5000), FUN-02
/// (18000 yuan a worker; 30000 to 50000 yuan a community, a range), FUN-03 (work funds of 20000
/// yuan a year, 30000 from 2008, as two effective-dated versions), FUN-04 (an amount per 100
/// households) and FUN-05 (an amount per party branch). The amounts are the source's own and are
/// not rounded; only a share of 100 households is.
/// </remarks>
public sealed class FundingPolicy
{
    private FundingPolicy(FundingBasis basis, BandTable<Population, Money> annualAmounts, Money? annualMaximum = null, CostShare? costShare = null, ImmutableArray<CommunityKind> excludedKinds = default, Money? annualFloor = null, Money? annualCap = null)
    {
        Basis = basis;
        AnnualAmounts = annualAmounts;
        AnnualMaximum = annualMaximum;
        CostShare = costShare;
        ExcludedKinds = excludedKinds.IsDefault ? [] : excludedKinds;
        AnnualFloor = annualFloor;
        AnnualCap = annualCap;
    }

    /// <summary>Gets the least a community receives a year of a fund counted per unit, whatever its count ("200 yuan per 100 households, at least 3,000 yuan"), or null.</summary>
    public Money? AnnualFloor { get; }

    /// <summary>Gets the most a community receives a year of a fund counted per unit, whatever its count, or null.</summary>
    public Money? AnnualCap { get; }

    /// <summary>Returns the same fund with a floor: a community whose count gives less receives the floor.</summary>
    /// <param name="annualFloor">The least a year; zero or more, and not above the cap.</param>
    /// <returns>The fund with the floor.</returns>
    /// <exception cref="ArgumentException">The fund is counted per community, which has one amount and no floor.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualFloor"/> is negative or above the cap.</exception>
    public FundingPolicy WithFloor(Money annualFloor)
    {
        PerUnitOnly(nameof(annualFloor));
        NotNegative(annualFloor);
        return AnnualCap is { } cap && annualFloor > cap
            ? throw GuardExtensions.OutOfRange(nameof(annualFloor), annualFloor, $"must not be above the cap, {cap}")
            : new(Basis, AnnualAmounts, AnnualMaximum, CostShare, ExcludedKinds, annualFloor, AnnualCap);
    }

    /// <summary>Returns the same fund with a cap: a community whose count gives more receives the cap.</summary>
    /// <param name="annualCap">The most a year; zero or more, and not below the floor.</param>
    /// <returns>The fund with the cap.</returns>
    /// <exception cref="ArgumentException">The fund is counted per community, which has one amount and no cap.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualCap"/> is negative or below the floor.</exception>
    public FundingPolicy WithCap(Money annualCap)
    {
        PerUnitOnly(nameof(annualCap));
        NotNegative(annualCap);
        return AnnualFloor is { } floor && annualCap < floor
            ? throw GuardExtensions.OutOfRange(nameof(annualCap), annualCap, $"must not be below the floor, {floor}")
            : new(Basis, AnnualAmounts, AnnualMaximum, CostShare, ExcludedKinds, AnnualFloor, annualCap);
    }

    /// <summary>Holds an amount a count gives between the floor and the cap.</summary>
    internal Money Bounded(Money annual) =>
        AnnualCap is { } cap && annual > cap ? cap : AnnualFloor is { } floor && annual < floor ? floor : annual;

    private void PerUnitOnly(string parameterName)
    {
        if (Basis == FundingBasis.PerCommunity)
        {
            throw new ArgumentException($"{parameterName} is given for a fund counted per community, which has one amount (or a range) and no floor or cap; expected a fund counted per worker, per 100 households or per party branch.", parameterName);
        }
    }

    /// <summary>Gets how the cost is shared between payers, or <see langword="null"/> when the policy does not say.</summary>
    public CostShare? CostShare { get; }

    /// <summary>Gets the kinds of community the funds do not go to, such as village-converted communities (村改居); empty when every kind receives them.</summary>
    public ImmutableArray<CommunityKind> ExcludedKinds { get; }

    /// <summary>Returns a copy of the policy whose cost the payers share as given.</summary>
    /// <param name="share">The share, such as city 6 : district 4.</param>
    /// <returns>The policy with its share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="share"/> is null.</exception>
    public FundingPolicy WithCostShare(CostShare share) =>
        new(Basis, AnnualAmounts, AnnualMaximum, Guard.Against.NullArgument(share), ExcludedKinds, AnnualFloor, AnnualCap);

    /// <summary>Returns a copy of the policy that does not fund communities of the given kinds.</summary>
    /// <param name="kinds">The kinds excluded, such as <see cref="CommunityKind.VillageConverted"/>.</param>
    /// <returns>The policy with its exclusions, replacing any it had.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentException">A kind is not a defined <see cref="CommunityKind"/>.</exception>
    public FundingPolicy Excluding(params IEnumerable<CommunityKind> kinds)
    {
        var given = Guard.Against.NullArgument(kinds).ToImmutableArray();
        foreach (var kind in given)
        {
            Guard.Against.UndefinedEnum(kind, nameof(kinds));
        }

        return new(Basis, AnnualAmounts, AnnualMaximum, CostShare, [.. given.Distinct()], AnnualFloor, AnnualCap);
    }

    /// <summary>Says whether the policy funds communities of a kind.</summary>
    /// <param name="kind">The community's kind.</param>
    /// <returns><see langword="false"/> when the kind is excluded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="CommunityKind"/>.</exception>
    public bool Funds(CommunityKind kind) => !ExcludedKinds.Contains(Guard.Against.UndefinedEnum(kind));

    /// <summary>Gets what the amount is counted per.</summary>
    public FundingBasis Basis { get; }

    /// <summary>Gets the most a unit receives a year, when the source gives a range; null otherwise.</summary>
    public Money? AnnualMaximum { get; }

    /// <summary>Gets a value indicating whether the source gives a range rather than one amount.</summary>
    public bool IsRange => AnnualMaximum is not null;

    /// <summary>Gets the annual amount per unit of the basis (per community, worker, 100 households or branch) by population band; the least of a range.</summary>
    public BandTable<Population, Money> AnnualAmounts { get; }

    /// <summary>Creates a policy that gives every community the same annual amount.</summary>
    /// <param name="annualAmount">The amount a year; zero or more.</param>
    /// <param name="sourceText">The source's wording of the amount, if any.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualAmount"/> is negative.</exception>
    public static FundingPolicy Fixed(Money annualAmount, string? sourceText = null) =>
        new(FundingBasis.PerCommunity, Everywhere(NotNegative(annualAmount), sourceText));

    /// <summary>Creates a policy whose annual amount depends on the community's population.</summary>
    /// <param name="annualAmounts">The amount a year for each population band.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annualAmounts"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">A band's amount is negative; every such band is listed.</exception>
    public static FundingPolicy ByPopulation(BandTable<Population, Money> annualAmounts)
    {
        Guard.Against.NullArgument(annualAmounts);
        var problems = new List<DefinitionProblem>();
        for (var i = 0; i < annualAmounts.Bands.Length; i++)
        {
            if (annualAmounts.Bands[i].Value.IsNegative)
            {
                problems.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, $"Band {i + 1} {annualAmounts.Bands[i]} gives a negative amount; expected zero or more.", BandTable.Bands(i)).Within(nameof(annualAmounts)));
            }
        }

        return problems.Count == 0 ? new(FundingBasis.PerCommunity, annualAmounts) : throw new PolicyDefinitionException("funding policy", problems);
    }

    /// <summary>Creates a policy the source gives as a range per community, such as 30000 to 50000 yuan a year (FUN-02); the range is returned, never a number within it.</summary>
    /// <param name="minimumAnnual">The least per community a year; zero or more.</param>
    /// <param name="maximumAnnual">The most per community a year; at least <paramref name="minimumAnnual"/>.</param>
    /// <param name="sourceText">The source's words, optional.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumAnnual"/> is negative, or <paramref name="maximumAnnual"/> is below it.</exception>
    public static FundingPolicy Between(Money minimumAnnual, Money maximumAnnual, string? sourceText = null)
    {
        NotNegative(minimumAnnual);
        if (maximumAnnual < minimumAnnual)
        {
            throw GuardExtensions.OutOfRange(nameof(maximumAnnual), maximumAnnual, $"must be at least minimumAnnual, {minimumAnnual}");
        }

        return new(FundingBasis.PerCommunity, Everywhere(minimumAnnual, sourceText), maximumAnnual);
    }

    /// <summary>Creates a policy paying a fixed amount a year per worker (FUN-02: 18000 yuan).</summary>
    /// <param name="annualPerWorker">The amount per worker a year; zero or more.</param>
    /// <param name="sourceText">The source's words, optional.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualPerWorker"/> is negative.</exception>
    public static FundingPolicy PerWorker(Money annualPerWorker, string? sourceText = null) =>
        new(FundingBasis.PerWorker, Everywhere(NotNegative(annualPerWorker), sourceText));

    /// <summary>Creates a policy paying an amount a year per 100 households, in proportion (FUN-04, whose amount the source leaves to the policy).</summary>
    /// <param name="annualPerHundred">The amount per 100 households a year; zero or more.</param>
    /// <param name="sourceText">The source's words, optional.</param>
    /// <returns>The policy; 250 households receive 2.5 times the amount, rounded half away from zero to 0.01 yuan.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualPerHundred"/> is negative.</exception>
    public static FundingPolicy PerHundredHouseholds(Money annualPerHundred, string? sourceText = null) =>
        new(FundingBasis.PerHundredHouseholds, Everywhere(NotNegative(annualPerHundred), sourceText));

    /// <summary>Creates a policy paying a fixed amount a year per party branch (FUN-05: 1000 yuan).</summary>
    /// <param name="annualPerBranch">The amount per branch a year; zero or more.</param>
    /// <param name="sourceText">The source's words, optional.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualPerBranch"/> is negative.</exception>
    public static FundingPolicy PerPartyBranch(Money annualPerBranch, string? sourceText = null) =>
        new(FundingBasis.PerPartyBranch, Everywhere(NotNegative(annualPerBranch), sourceText));

    /// <summary>Returns the band for a community of a given population: its amount per unit of the basis (the amount a year, for a policy counted per community; the least, for a range).</summary>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The band that applies, with its amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No band covers <paramref name="population"/>.</exception>
    public BandMatch<Population, Money> Evaluate(Population population) => AnnualAmounts.Find(population);

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>The bands.</returns>
    public override string ToString() =>
        (Basis == FundingBasis.PerCommunity ? string.Empty : Basis + ": ") + (AnnualMaximum is { } maximum ? $"{AnnualAmounts.Bands[0].Value} to {maximum} a year" : AnnualAmounts.ToString())
        + (AnnualFloor is { } least ? $", at least {least} a year" : string.Empty)
        + (AnnualCap is { } most ? $", at most {most} a year" : string.Empty)
        + (ExcludedKinds.IsEmpty ? string.Empty : "; not for " + string.Join(", ", ExcludedKinds))
        + (CostShare is null ? string.Empty : $"; shared {CostShare}");

    private static BandTable<Population, Money> Everywhere(Money annual, string? sourceText) =>
        BandTable.Define(BoundaryReading.Strict, Band.Everywhere<Population, Money>(annual, sourceText));

    private static Money NotNegative(Money annual, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(annual))] string? parameterName = null) =>
        annual.IsNegative ? throw GuardExtensions.OutOfRange(parameterName, annual, "must be zero or more") : annual;
}
