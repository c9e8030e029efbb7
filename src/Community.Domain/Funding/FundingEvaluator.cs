using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Funding;

/// <summary>Evaluates funding policies for a community: the annual amount in force for its jurisdiction, date, population and, where the policy counts them, its workers, households or party branches.</summary>
/// <remarks>
/// Every question has three forms, as in every evaluator: <c>Amount</c>, <c>TryAmount</c> (no
/// exception where no policy of the kind is in force) and <c>ExplainAmount</c>, with arguments in
/// one order: kind, jurisdiction, date, input. Stateless and thread-safe; register it as a
/// singleton. The <c>Amount</c> methods allocate nothing.
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
    /// <exception cref="ArgumentException">The policy in force is not counted per community (call the overload that takes <see cref="FundedUnits"/>), the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of that kind is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    public FundingAmount Amount(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, Population population) =>
        AmountUnder(PerCommunity(_catalog.ResolveVersion(kind, jurisdiction, asOf), nameof(population)), FundedUnits.Of(population), null);

    /// <summary>Returns the annual amount of a kind of funds for a community counted on its population, households, workers or branches, as the policy says.</summary>
    /// <param name="kind">The kind of funds.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="units">What the community counts: population, households, workers, party branches (<see cref="FundedUnits.For"/> reads them from a community).</param>
    /// <returns>The amount (or range), the units counted, and the rule and band that gave it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or <paramref name="units"/> is the default value.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of that kind is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers the population.</exception>
    public FundingAmount Amount(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units) =>
        AmountUnder(_catalog.ResolveVersion(kind, jurisdiction, asOf), units, null);

    /// <summary>Tries to return the annual amount of a kind of funds, without throwing where no policy of that kind is in force.</summary>
    /// <param name="kind">The kind of funds.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="units">What the community counts.</param>
    /// <param name="amount">The amount, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a policy of that kind is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or <paramref name="units"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy in force covers the population.</exception>
    public bool TryAmount(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units, out FundingAmount amount)
    {
        var version = _catalog.FindVersion(kind, jurisdiction, asOf);
        amount = version is null ? default : AmountUnder(version, units, null);
        return version is not null;
    }

    /// <summary>Returns the annual amount of a kind of funds for a community, with its explanation.</summary>
    /// <param name="kind">The kind of funds.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The same amount as <see cref="Amount(PolicyKind{FundingPolicy}, JurisdictionCode, LocalDate, Population)"/>, with the rule, version, band, boundary reading and sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy in force is not counted per community, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of that kind is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    public Explained<FundingAmount> ExplainAmount(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, Population population) =>
        Explain(PerCommunity(_catalog.ResolveVersion(kind, jurisdiction, asOf), nameof(population)), jurisdiction, asOf, FundedUnits.Of(population));

    /// <summary>Returns the annual amount of a kind of funds for a community, counted as the policy says, with its explanation.</summary>
    /// <param name="kind">The kind of funds.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="units">What the community counts.</param>
    /// <returns>The same amount as <see cref="Amount(PolicyKind{FundingPolicy}, JurisdictionCode, LocalDate, FundedUnits)"/>, with the rule, version, band, formula and sources.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or <paramref name="units"/> is the default value.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of that kind is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers the population.</exception>
    public Explained<FundingAmount> ExplainAmount(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units) =>
        Explain(_catalog.ResolveVersion(kind, jurisdiction, asOf), jurisdiction, asOf, units);

    /// <summary>Tries to return the annual amount of a kind of funds with its explanation, without throwing where no policy of that kind is in force.</summary>
    /// <param name="kind">The kind of funds.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="units">What the community counts.</param>
    /// <param name="amount">The amount with its explanation, when a policy is in force; otherwise the default value.</param>
    /// <returns><see langword="true"/> when a policy of that kind is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or <paramref name="units"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy in force covers the population.</exception>
    public bool TryExplainAmount(PolicyKind<FundingPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units, out Explained<FundingAmount> amount)
    {
        var version = _catalog.FindVersion(kind, jurisdiction, asOf);
        amount = version is null ? default : Explain(version, jurisdiction, asOf, units);
        return version is not null;
    }

    /// <summary>The amount under a version already resolved: budgets resolve once and cost with it.</summary>
    internal static FundingAmount AmountIn(PolicyVersion<FundingPolicy> version, FundedUnits units) => AmountUnder(version, units, null);

    /// <summary>The amount under a version already resolved, with its explanation.</summary>
    internal Explained<FundingAmount> ExplainIn(PolicyVersion<FundingPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units) =>
        Explain(version, jurisdiction, asOf, units);

    private Explained<FundingAmount> Explain(PolicyVersion<FundingPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, FundedUnits units)
    {
        Guard.Against.DefaultValue(units, "FundedUnits.Of or FundedUnits.For");
        CountOf(version, units); // refuses units without the count the policy needs, before anything is recorded
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf).Input("population", units.Population);
        if (FundingText.UnitsInput(version.Policy.Basis, units) is { } input)
        {
            recorder.Input(input.Name, input.English, input.Chinese);
        }

        var amount = AmountUnder(version, units, recorder);
        var (english, chinese) = FundingText.Result(version.Kind, amount);
        return new(amount, recorder.Result("annual-amount", english, chinese));
    }

    // The population overloads serve policies counted per community; any other basis needs units.
    private static PolicyVersion<FundingPolicy> PerCommunity(PolicyVersion<FundingPolicy> version, string parameterName) =>
        version.Policy.Basis == FundingBasis.PerCommunity
            ? version
            : throw new ArgumentException(
                $"{parameterName} is all that was given, but the {version.Kind.EnglishName} in force ({version.RuleId}) is counted {version.Policy.Basis}; call the overload that takes FundedUnits.",
                parameterName);

    // The one computation of an amount; the plain path passes no recorder and allocates nothing.
    private static FundingAmount AmountUnder(PolicyVersion<FundingPolicy> version, FundedUnits units, ExplanationRecorder? recorder)
    {
        Guard.Against.DefaultValue(units, "FundedUnits.Of or FundedUnits.For");
        var policy = version.Policy;
        var match = policy.Evaluate(units.Population);
        if (units.CommunityKind is { } kind && !policy.Funds(kind))
        {
            var none = new FundingAmount(Money.Zero, Money.Zero, policy.Basis, 0m, version.RuleId, match.ListedIndex, match.IsDecidedByFirstListedWins, policy.CostShare, isExcluded: true);
            recorder?.Step(FundingText.Excluded(kind));
            return none;
        }

        var count = CountOf(version, units);
        var counted = Scale(match.Value, count);
        var annual = policy.Bounded(counted);
        var maximum = policy.AnnualMaximum is { } most ? Scale(most, count) : annual;
        var amount = new FundingAmount(annual, maximum, policy.Basis, count, version.RuleId, match.ListedIndex, match.IsDecidedByFirstListedWins, policy.CostShare);
        if (recorder is not null)
        {
            recorder.Band(match, FundingText.PerUnit(policy.Basis));
            if (policy.IsRange || policy.Basis != FundingBasis.PerCommunity)
            {
                recorder.Step(FundingText.Formula(policy, counted, amount, match.Value));
            }

            if (FundingText.Bounds(policy, counted) is { } bounded)
            {
                recorder.Step(bounded);
            }
        }

        return amount;
    }

    /// <summary>The count a policy multiplies by; a count the units leave out is refused, naming what is missing.</summary>
    /// <exception cref="ArgumentException">The units leave out the count the policy is counted on.</exception>
    internal static decimal CountOf(PolicyVersion<FundingPolicy> version, FundedUnits units) =>
        MissingCount(version.Policy, units) is { } missing
            ? throw Uncounted(version, units, missing)
            : version.Policy.Basis switch
            {
                FundingBasis.PerCommunity => 1m,
                FundingBasis.PerWorker => units.Workers.GetValueOrDefault(),
                FundingBasis.PerHundredHouseholds => units.Households.GetValueOrDefault().Households / 100m,
                _ => units.PartyBranches.GetValueOrDefault(),
            };

    /// <summary>Gets the count a policy needs that the units leave out, or null when they give it.</summary>
    internal static string? MissingCount(FundingPolicy policy, FundedUnits units) => policy.Basis switch
    {
        FundingBasis.PerWorker when units.Workers is null => "workers",
        FundingBasis.PerHundredHouseholds when units.Households is null => "households",
        FundingBasis.PerPartyBranch when units.PartyBranches is null => "partyBranches",
        _ => null,
    };

    private static ArgumentException Uncounted(PolicyVersion<FundingPolicy> version, FundedUnits units, string count) =>
        new($"{nameof(units)} gives no {count}, which the {version.Kind.EnglishName} in force ({version.RuleId}, counted {version.Policy.Basis}) needs; give it with FundedUnits.Of or FundedUnits.For ({count}: …), since a count left out is not zero (units were {units.Population}).", nameof(units));

    // Whole units multiply exactly; a share of 100 households rounds half away from zero to the fen.
    private static Money Scale(Money perUnit, decimal count) => Money.FromYuan(perUnit.Yuan * count).Round(Rounding.Amount);
}
