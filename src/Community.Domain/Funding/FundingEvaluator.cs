using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Funding;

/// <summary>Evaluates funding policies for a community: the annual amount in force for its jurisdiction, date and population.</summary>
/// <remarks>
/// Stateless and thread-safe; register it as a singleton. <see cref="Evaluate"/> allocates nothing;
/// <see cref="Explain"/> gives the same result with its explanation.
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
    public FundingAmount Evaluate(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, Population population) =>
        Compute(_catalog.Resolve(kind, jurisdiction, asOf).Version, population, out _);

    /// <summary>Returns the annual amount of a kind of funds for a community, with its explanation.</summary>
    /// <param name="kind">The kind of funds, such as <see cref="FundingKinds.OfficeFunds"/>.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The same amount as <see cref="Evaluate"/>, with the rule, version, band, boundary reading and sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    public Explained<FundingAmount> Explain(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, Population population)
    {
        var resolution = _catalog.Resolve(kind, jurisdiction, asOf);
        var amount = Compute(resolution.Version, population, out var match);
        var explanation = ExplanationBuilder.For(_catalog, resolution)
            .Input("population", population)
            .Band(match, Wording.AnnualMoney)
            .Result(
                "annual-amount",
                $"{kind.EnglishName}: {Wording.AnnualMoney(amount.Annual, ExplanationLanguage.English)}",
                $"{kind.ChineseName}:{Wording.AnnualMoney(amount.Annual, ExplanationLanguage.Chinese)}");
        return new(amount, explanation);
    }

    private static FundingAmount Compute(PolicyVersion<FundingPolicy> version, Population population, out BandMatch<Population, Money> match)
    {
        match = version.Policy.Evaluate(population);
        return new FundingAmount(match.Value, version.RuleId, match.ListedIndex, match.IsDecidedByFirstListedWins);
    }
}
