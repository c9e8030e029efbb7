using System.Collections.Immutable;
using System.Globalization;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Scale;

/// <summary>A community scale policy: the recommended size of a community in households or residents, such as 1000 to 3000 households; above it a community should be split, below it merged.</summary>
public sealed class CommunityScalePolicy
{
    private CommunityScalePolicy(CountUnit unit, long? minimum, long? maximum)
    {
        Unit = unit;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets what the range counts: households or residents.</summary>
    public CountUnit Unit { get; }

    /// <summary>Gets the least recommended size, or <see langword="null"/> when the policy sets none.</summary>
    public long? Minimum { get; }

    /// <summary>Gets the most recommended size, or <see langword="null"/> when the policy sets none.</summary>
    public long? Maximum { get; }

    /// <summary>Creates a policy with a recommended range (以上 and 以下 both included).</summary>
    /// <param name="unit">What the range counts.</param>
    /// <param name="minimum">The least recommended size, zero or more.</param>
    /// <param name="maximum">The most recommended size, positive and at least <paramref name="minimum"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">The unit is undefined, a bound is negative, the maximum is zero or the minimum is above the maximum; every problem is listed.</exception>
    public static CommunityScalePolicy Between(CountUnit unit, long minimum, long maximum) => Create(unit, minimum, maximum);

    /// <summary>Creates a policy with a recommended most size only: above it, split.</summary>
    /// <param name="unit">What the bound counts.</param>
    /// <param name="maximum">The most recommended size, positive.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">The unit is undefined or the maximum is not positive; every problem is listed.</exception>
    public static CommunityScalePolicy AtMost(CountUnit unit, long maximum) => Create(unit, null, maximum);

    /// <summary>Creates a policy with a recommended least size only: below it, merge.</summary>
    /// <param name="unit">What the bound counts.</param>
    /// <param name="minimum">The least recommended size, zero or more.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">The unit is undefined or the minimum is negative; every problem is listed.</exception>
    public static CommunityScalePolicy AtLeast(CountUnit unit, long minimum) => Create(unit, minimum, null);

    /// <summary>The least number of communities of at most <paramref name="maximum"/> units that hold <paramref name="units"/>: 1 when they are not above it.</summary>
    internal static long CommunitiesFor(long units, long? maximum) => units > maximum ? (units + maximum.Value - 1) / maximum.Value : 1;

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>A text such as <c>1000 to 3000 Households</c>.</returns>
    public override string ToString() => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min} to {max} {Unit}"),
        (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"at most {max} {Unit}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"at least {Minimum} {Unit}"),
    };

    private static CommunityScalePolicy Create(CountUnit unit, long? minimum, long? maximum)
    {
        var problems = ImmutableArray.CreateBuilder<DefinitionProblem>();
        if (!Enum.IsDefined(unit))
        {
            problems.Add(Problem($"unit: {(int)unit} is not a CountUnit; expected Residents or Households.", nameof(unit)));
        }

        if (minimum < 0)
        {
            problems.Add(Problem($"minimum: {minimum} is negative; expected zero or more.", nameof(minimum)));
        }

        if (maximum <= 0)
        {
            problems.Add(Problem($"maximum: {maximum} is not positive; expected a positive size.", nameof(maximum)));
        }

        if (minimum > maximum)
        {
            problems.Add(Problem($"minimum {minimum} is above maximum {maximum}; expected a minimum no greater than the maximum.", nameof(maximum)));
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("community scale policy", problems) : new(unit, minimum, maximum);
    }

    private static DefinitionProblem Problem(FormattableString message, string argument) => new(DefinitionProblemKind.InvalidValue, message.ToString(CultureInfo.InvariantCulture), argument);
}
