using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Committees;

/// <summary>A committee quota policy: the committee's overall size and, where the policy gives them, population bands with the quota of each, or formulas of the residents or households.</summary>
/// <remarks>
/// Implements COM-01 (Xiantao's 3+X: 3 full-time plus 2, 3 or 4 part-time by population, 5 to 7 in
/// all, first-listed-wins at 5000 and 10000) and COM-03 (4 to 7 staff, bands not given, returned as
/// a range). A user's own city defines its quota with the same factories.
/// </remarks>
public sealed class CommitteeQuotaPolicy
{
    private CommitteeQuotaPolicy(CountRange overall, BandTable<Population, CommitteeQuota>? bands, CountUnit unit = CountUnit.Residents, CountFormula? fullTime = null, CountFormula? partTime = null)
    {
        Guard.Against.DefaultValue(overall, CountRange.Factories);
        Overall = overall;
        Bands = bands;
        Unit = unit;
        FullTimeFormula = fullTime;
        PartTimeFormula = partTime;
    }

    /// <summary>Gets what the policy counts in: residents for population bands, or what a formula policy declares.</summary>
    public CountUnit Unit { get; }

    /// <summary>Gets the formula of the full-time members, or <see langword="null"/> unless the policy was made with <see cref="ByFormula"/>.</summary>
    public CountFormula? FullTimeFormula { get; }

    /// <summary>Gets the formula of the part-time members, or <see langword="null"/> unless the policy was made with <see cref="ByFormula"/>.</summary>
    public CountFormula? PartTimeFormula { get; }

    /// <summary>Gets a value indicating whether the quota is computed by formulas (<see cref="ByFormula"/>).</summary>
    public bool IsFormula => FullTimeFormula is not null;

    /// <summary>Gets the committee's size in all, as the policy states it overall (COM-01: 5 to 7).</summary>
    public CountRange Overall { get; }

    /// <summary>Gets the quota by population band, or <see langword="null"/> when the policy gives only <see cref="Overall"/>.</summary>
    public BandTable<Population, CommitteeQuota>? Bands { get; }

    /// <summary>Creates a 3+X policy: a fixed number of full-time members plus a part-time number by population band.</summary>
    /// <param name="fullTime">The full-time members in every band (3 in Xiantao), zero or more.</param>
    /// <param name="overall">The committee's size in all; every band's total must lie in it.</param>
    /// <param name="partTimeByPopulation">The part-time members (X) by population band.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partTimeByPopulation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fullTime"/> is negative.</exception>
    /// <exception cref="PolicyDefinitionException">A band's count is negative or its total lies outside <paramref name="overall"/>; every such band is listed.</exception>
    public static CommitteeQuotaPolicy ThreePlusX(int fullTime, CountRange overall, BandTable<Population, int> partTimeByPopulation)
    {
        Guard.Against.DefaultValue(overall, CountRange.Factories);
        Guard.Against.NegativeCount(fullTime);
        Guard.Against.NullArgument(partTimeByPopulation);
        var problems = new List<DefinitionProblem>();
        for (var i = 0; i < partTimeByPopulation.Bands.Length; i++)
        {
            if (partTimeByPopulation.Bands[i].Value < 0)
            {
                problems.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Band {i + 1} {partTimeByPopulation.Bands[i]} gives a negative number of part-time members."), BandTable.Bands(i)).Within("partTimeByPopulation"));
            }
            else if ((long)fullTime + partTimeByPopulation.Bands[i].Value > int.MaxValue)
            {
                problems.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Band {i + 1} {partTimeByPopulation.Bands[i]} with {fullTime} full-time members gives more than {int.MaxValue} members."), BandTable.Bands(i)).Within("partTimeByPopulation"));
            }
        }

        return problems.Count > 0
            ? throw new PolicyDefinitionException("committee quota policy", problems)
            : ByPopulation(overall, partTimeByPopulation.Select(x => CommitteeQuota.Exact(fullTime, x)));
    }

    /// <summary>Creates a policy with a quota per population band.</summary>
    /// <param name="overall">The committee's size in all; every band's total must lie in it.</param>
    /// <param name="quotas">The quota by population band.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quotas"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">A band's total lies outside <paramref name="overall"/>; every such band is listed.</exception>
    public static CommitteeQuotaPolicy ByPopulation(CountRange overall, BandTable<Population, CommitteeQuota> quotas)
    {
        Guard.Against.DefaultValue(overall, CountRange.Factories);
        Guard.Against.NullArgument(quotas);
        var problems = new List<DefinitionProblem>();
        for (var i = 0; i < quotas.Bands.Length; i++)
        {
            if (quotas.Bands[i].Value.Equals(default))
            {
                problems.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, $"Band {i + 1} {quotas.Bands[i]} gives the default CommitteeQuota, which holds no quota; make one with CommitteeQuota.Exact, Split or TotalOnly.", BandTable.Bands(i)).Within("quotas"));
                continue;
            }

            var total = quotas.Bands[i].Value.Total;
            if (total.Min < overall.Min || total.Max > overall.Max)
            {
                problems.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, $"Band {i + 1} {quotas.Bands[i]} gives {total} members, outside the overall {overall}.", BandTable.Bands(i)).Within("quotas"));
            }
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("committee quota policy", problems) : new(overall, quotas);
    }

    /// <summary>Creates a policy whose full-time and part-time members are formulas of the residents or households: "3 full-time, plus one part-time member per 1000 households, rounded up, 2 to 4".</summary>
    /// <param name="unit">What the formulas count in; the evaluator reads that quantity from the community.</param>
    /// <param name="overall">The committee's size in all; an assessment checks the members against it as well as against the computed quota.</param>
    /// <param name="fullTime">The full-time members.</param>
    /// <param name="partTime">The part-time members.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">A formula is null.</exception>
    /// <exception cref="PolicyDefinitionException">The unit is undefined or a formula has problems; every one is listed, naming the part.</exception>
    /// <remarks>For bands of households, use <see cref="CountFormula.Banded"/> with a fixed count in each band.</remarks>
    public static CommitteeQuotaPolicy ByFormula(CountUnit unit, CountRange overall, CountFormula fullTime, CountFormula partTime)
    {
        Guard.Against.DefaultValue(overall, CountRange.Factories);
        Guard.Against.NullArgument(fullTime);
        Guard.Against.NullArgument(partTime);
        var problems = new List<DefinitionProblem>();
        if (!Enum.IsDefined(unit))
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"unit: {(int)unit} is not a CountUnit; expected Residents or Households.")));
        }

        problems.AddRange(fullTime.Problems.Select(p => new DefinitionProblem(p.Kind, "full-time: " + p.Message, "fullTime")));
        problems.AddRange(partTime.Problems.Select(p => new DefinitionProblem(p.Kind, "part-time: " + p.Message, "partTime")));
        return problems.Count > 0 ? throw new PolicyDefinitionException("committee quota policy", problems) : new(overall, null, unit, fullTime, partTime);
    }

    /// <summary>Creates a policy that gives only the committee's overall size, such as COM-03's 4 to 7 staff.</summary>
    /// <param name="overall">The committee's size in all.</param>
    /// <returns>The policy; its quota is the range itself, with no split.</returns>
    public static CommitteeQuotaPolicy RangeOnly(CountRange overall) => new(overall, null);

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>The overall range and the bands.</returns>
    public override string ToString() =>
        IsFormula ? $"{Overall} in all; full-time {FullTimeFormula}, part-time {PartTimeFormula}, counting {Unit}"
        : Bands is null ? $"{Overall} in all (no bands)" : $"{Overall} in all; {Bands}";
}
