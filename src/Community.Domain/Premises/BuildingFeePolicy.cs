using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>The fees charged per m² on building a community office, and the grant a new office receives (FAC-05).</summary>
public sealed class BuildingFeePolicy
{
    private BuildingFeePolicy(ImmutableArray<BuildingFee> fees, Money grant, CostShare? grantShare = null)
    {
        GrantShare = grantShare;
        Fees = fees;
        GrantPerOffice = grant;
    }

    /// <summary>Gets the fees, each per m² of floor area.</summary>
    public ImmutableArray<BuildingFee> Fees { get; }

    /// <summary>Gets the grant a new community office receives.</summary>
    public Money GrantPerOffice { get; }

    /// <summary>Gets how the payers share the grant, or <see langword="null"/> when the policy does not say.</summary>
    public CostShare? GrantShare { get; }

    /// <summary>Returns a copy of the policy whose grant the payers share as given.</summary>
    /// <param name="share">The share, such as city 6 : district 4.</param>
    /// <returns>The policy with its share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="share"/> is null.</exception>
    public BuildingFeePolicy WithGrantShare(CostShare share) => new(Fees, GrantPerOffice, Guard.Against.NullArgument(share));

    /// <summary>Defines the fees and the grant.</summary>
    /// <param name="grantPerOffice">The grant per new office; zero or more.</param>
    /// <param name="fees">The fees per m²; each named once, none negative.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fees"/> or a fee is null.</exception>
    /// <exception cref="PolicyDefinitionException">The fees or the grant are invalid; every problem is listed.</exception>
    public static BuildingFeePolicy Define(Money grantPerOffice, params IEnumerable<BuildingFee> fees)
    {
        var given = Guard.Against.NullArgument(fees).ToImmutableArray();
        var problems = new List<DefinitionProblem>();
        if (grantPerOffice.IsNegative)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, $"The grant is {grantPerOffice}; expected zero or more.", nameof(grantPerOffice)));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Length; i++)
        {
            var fee = given[i] ?? throw GuardExtensions.Null($"fees[{i}]");
            if (!names.Add(fee.Name))
            {
                problems.Add(new(DefinitionProblemKind.Duplicate, string.Create(CultureInfo.InvariantCulture, $"Fee {i + 1} ({fee}) is named twice; name each fee once."), string.Create(CultureInfo.InvariantCulture, $"fees[{i}]")));
            }

            if (fee.PerSquareMetre.IsNegative)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Fee {i + 1} ({fee}) is negative; expected zero or more."), string.Create(CultureInfo.InvariantCulture, $"fees[{i}]")));
            }
        }

        return problems.Count == 0 ? new(given, grantPerOffice) : throw new PolicyDefinitionException("building fee policy", problems);
    }

    /// <summary>Formats the policy.</summary>
    /// <returns>The fees and the grant.</returns>
    public override string ToString() => string.Join(", ", Fees) + $"; grant {GrantPerOffice} a new office" + (GrantShare is null ? string.Empty : $", shared {GrantShare}");
}
