using System.Globalization;
using Community.Domain.Policies;

namespace Community.Domain.Committees;

/// <summary>When a director is encouraged to stand again for director: enough high honours, or a top rank in the street's assessment, during the term.</summary>
/// <remarks>
/// Implements COM-04 (Xiantao): at least 1 provincial honour, or at least 3 honours at city level
/// or above, or 1st or 2nd in the street's comprehensive assessment. Reading: a national honour
/// counts as a provincial one ("provincial or above"), and provincial and national honours count
/// towards the city-or-above total.
/// </remarks>
public sealed class CandidatePolicy
{
    private CandidatePolicy(int provincialHonours, int cityHonours, int topRank)
    {
        ProvincialHonours = provincialHonours;
        CityHonours = cityHonours;
        TopRank = topRank;
    }

    /// <summary>Gets the number of provincial-or-above honours that qualify a director (COM-04: 1).</summary>
    public int ProvincialHonours { get; }

    /// <summary>Gets the number of city-or-above honours that qualify a director (COM-04: 3).</summary>
    public int CityHonours { get; }

    /// <summary>Gets the worst assessment rank that qualifies a director (COM-04: 2, i.e. first or second).</summary>
    public int TopRank { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="provincialHonours">Provincial-or-above honours that qualify; 1 or more.</param>
    /// <param name="cityHonours">City-or-above honours that qualify; 1 or more.</param>
    /// <param name="topRank">The worst qualifying rank; 1 or more.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">A threshold is below 1; every such threshold is listed.</exception>
    public static CandidatePolicy Create(int provincialHonours, int cityHonours, int topRank)
    {
        var problems = new List<DefinitionProblem>();
        foreach (var (name, value) in new[] { (nameof(provincialHonours), provincialHonours), (nameof(cityHonours), cityHonours), (nameof(topRank), topRank) })
        {
            if (value < 1)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{name} is {value}; expected 1 or more."), name));
            }
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("candidate policy", problems) : new(provincialHonours, cityHonours, topRank);
    }

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>The three thresholds.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ProvincialHonours} provincial honour(s), or {CityHonours} city-or-above honours, or rank {TopRank} or better");
}
