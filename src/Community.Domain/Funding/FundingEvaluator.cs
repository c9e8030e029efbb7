using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Funding;

/// <summary>Evaluates funding policies for a community: the annual amount in force for its jurisdiction, date, population and, where the policy counts them, its workers, households or party branches.</summary>
/// <remarks>
/// Stateless and thread-safe; register it as a singleton. The <c>Evaluate</c> methods allocate
/// nothing; each <c>Explain</c> method gives the same result with its explanation.
/// </remarks>
public sealed class FundingEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="FundingEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public FundingEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Returns the annual amount of a kind of funds for a community.</summary>
    /// <param name="kind">The kind of funds, such as <see cref="FundingKinds.OfficeFunds"/>.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The amount, with the rule and band that gave it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    /// <exception cref="ArgumentException">The policy counts per worker, 100 households or branch: call the overload with <see cref="FundedUnits"/>.</exception>
    public FundingAmount Evaluate(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, Population population) =>
        Compute(PerCommunity(_catalog.ResolveVersion(kind, jurisdiction, asOf), nameof(population)), FundedUnits.Of(population), out _);

    /// <summary>Returns the annual amount of a kind of funds for a community counted on its population, households, workers or branches, as the policy says.</summary>
    /// <param name="kind">The kind of funds, such as <see cref="FundingKinds.StaffFunds"/>.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="units">The community's population, households, workers and party branches.</param>
    /// <returns>The amount (or range), the units counted, and the rule and band that gave it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers the population.</exception>
    public FundingAmount Evaluate(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units) =>
        Compute(_catalog.ResolveVersion(kind, jurisdiction, asOf), units, out _);

    /// <summary>Returns the annual amount of a kind of funds for a community, with its explanation.</summary>
    /// <param name="kind">The kind of funds, such as <see cref="FundingKinds.OfficeFunds"/>.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The same amount as <see cref="Evaluate(PolicyKind{FundingPolicy}, JurisdictionCode, LocalDate, Population)"/>, with the rule, version, band, boundary reading and sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    /// <exception cref="ArgumentException">The policy counts per worker, 100 households or branch: call the overload with <see cref="FundedUnits"/>.</exception>
    public Explained<FundingAmount> Explain(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, Population population)
    {
        var resolution = _catalog.Resolve(kind, jurisdiction, asOf);
        PerCommunity(resolution.Version, nameof(population));
        return Explain(resolution, FundedUnits.Of(population));
    }

    /// <summary>Returns the annual amount of a kind of funds for a community, counted as the policy says, with its explanation.</summary>
    /// <param name="kind">The kind of funds.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="units">The community's population, households, workers and party branches.</param>
    /// <returns>The same amount as <see cref="Evaluate(PolicyKind{FundingPolicy}, JurisdictionCode, LocalDate, FundedUnits)"/>, with the rule, version, band, formula and sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers the population.</exception>
    public Explained<FundingAmount> Explain(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units) =>
        Explain(_catalog.Resolve(kind, jurisdiction, asOf), units);

    private Explained<FundingAmount> Explain(PolicyResolution<FundingPolicy> resolution, FundedUnits units)
    {
        var amount = Compute(resolution.Version, units, out var match);
        var policy = resolution.Policy;
        var explanation = ExplanationRecorder.Start(_catalog, resolution).Input("population", units.Population);
        if (FundingText.UnitsInput(policy.Basis, units) is { } input)
        {
            explanation.Input(input.Name, input.English, input.Chinese);
        }

        explanation.Band(match, FundingText.PerUnit(policy.Basis));
        if (policy.IsRange || policy.Basis != FundingBasis.PerCommunity)
        {
            explanation.Step(FundingText.Formula(policy, amount, match.Value));
        }

        var kind = resolution.Version.Kind;
        return new(amount, explanation.Result(
            "annual-amount",
            $"{kind.EnglishName}: {FundingText.Amount(amount, ExplanationLanguage.English)}",
            $"{kind.ChineseName}:{FundingText.Amount(amount, ExplanationLanguage.Chinese)}"));
    }

    // The population overloads serve policies counted per community; any other basis needs units.
    private static PolicyVersion<FundingPolicy> PerCommunity(PolicyVersion<FundingPolicy> version, string parameterName) =>
        version.Policy.Basis == FundingBasis.PerCommunity
            ? version
            : throw new ArgumentException(
                $"{parameterName} is all that was given, but the {version.Kind.EnglishName} in force ({version.RuleId}) is counted {version.Policy.Basis}; call the overload that takes FundedUnits.",
                parameterName);

    private static FundingAmount Compute(PolicyVersion<FundingPolicy> version, FundedUnits units, out BandMatch<Population, Money> match)
    {
        var policy = version.Policy;
        match = policy.Evaluate(units.Population);
        var count = policy.Basis switch
        {
            FundingBasis.PerCommunity => 1m,
            FundingBasis.PerWorker => units.Workers,
            FundingBasis.PerHundredHouseholds => units.Households.Households / 100m,
            _ => units.PartyBranches,
        };
        var annual = Scale(match.Value, count);
        var maximum = policy.AnnualMaximum is { } most ? Scale(most, count) : annual;
        return new FundingAmount(annual, maximum, policy.Basis, count, version.RuleId, match.ListedIndex, match.IsDecidedByFirstListedWins);
    }

    // Whole units multiply exactly; a share of 100 households rounds half away from zero to the fen.
    private static Money Scale(Money perUnit, decimal count) => Money.FromYuan(perUnit.Yuan * count).Round(Rounding.Amount);
}
