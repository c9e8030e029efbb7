using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Funding;

/// <summary>A funding policy: the amount a community receives a year, fixed or by population band.</summary>
/// <remarks>
/// Implements, for example, FUN-01 (office funds by population, first-listed-wins at 5000) and
/// FUN-03 (work funds of 20000 yuan a year, 30000 from 2008, as two effective-dated versions).
/// The amounts are the source's own and are not rounded.
/// </remarks>
public sealed class FundingPolicy
{
    private FundingPolicy(BandTable<Population, Money> annualAmounts) => AnnualAmounts = annualAmounts;

    /// <summary>Gets the annual amount per community by population band.</summary>
    public BandTable<Population, Money> AnnualAmounts { get; }

    /// <summary>Creates a policy that gives every community the same annual amount.</summary>
    /// <param name="annualAmount">The amount a year; zero or more.</param>
    /// <param name="sourceText">The source's wording of the amount, if any.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualAmount"/> is negative.</exception>
    public static FundingPolicy Fixed(Money annualAmount, string? sourceText = null)
    {
        if (annualAmount.IsNegative)
        {
            throw GuardExtensions.OutOfRange(nameof(annualAmount), annualAmount, "must be zero or more");
        }

        return new(BandTable.Define(BoundaryReading.Strict, Band.Everywhere<Population, Money>(annualAmount, sourceText)));
    }

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
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"Band {i + 1} {annualAmounts.Bands[i]} gives a negative amount; expected zero or more."));
            }
        }

        return problems.Count == 0 ? new(annualAmounts) : throw new PolicyDefinitionException("funding policy", problems);
    }

    /// <summary>Returns the annual amount for a community of a given population.</summary>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The band that applies, with its amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No band covers <paramref name="population"/>.</exception>
    public BandMatch<Population, Money> Evaluate(Population population) => AnnualAmounts.Find(population);

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>The bands.</returns>
    public override string ToString() => AnnualAmounts.ToString();
}
