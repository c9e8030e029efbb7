using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Staffing;

/// <summary>A staffing policy: how many staff of one kind (community workers, full-time social workers, grid staff) a community needs, as a formula of its residents or households, with an optional cap.</summary>
/// <remarks>
/// <para>"One community worker per 250 households, rounded up, at least 6 and at most 15" is
/// <c>StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up).Between(6, 15))</c>;
/// "at least one full-time social worker per 3000 residents" is <see cref="AtLeast"/>. The unit is
/// the one the rule counts in; the evaluator reads that quantity from the community.</para>
/// <para>A policy is checked whole when it is made: every problem of its unit and formulas is listed
/// at once, each naming the part.</para>
/// </remarks>
public sealed class StaffingPolicy
{
    private StaffingPolicy(CountUnit unit, CountFormula minimum, CountFormula? maximum, FindingSeverity belowMinimum = FindingSeverity.Error, FindingSeverity aboveMaximum = FindingSeverity.Error)
    {
        Unit = unit;
        Minimum = minimum;
        Maximum = maximum;
        BelowMinimum = belowMinimum;
        AboveMaximum = aboveMaximum;
    }

    /// <summary>Gets how grave too few staff is: <see cref="FindingSeverity.Error"/> for a required minimum (the default), <see cref="FindingSeverity.Warning"/> for a recommended one.</summary>
    public FindingSeverity BelowMinimum { get; }

    /// <summary>Gets how grave too many staff is: <see cref="FindingSeverity.Error"/> for a hard cap (the default), <see cref="FindingSeverity.Warning"/> for a recommended maximum communities may exceed.</summary>
    public FindingSeverity AboveMaximum { get; }

    /// <summary>Returns the same policy with the severity of each side stated: a recommended limit, which communities may pass, is a <see cref="FindingSeverity.Warning"/> and leaves an assessment compliant.</summary>
    /// <param name="belowMinimum">How grave too few staff is: Error or Warning.</param>
    /// <param name="aboveMaximum">How grave too many staff is: Error or Warning; the policy must have a maximum unless Error.</param>
    /// <returns>The policy with those severities.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A severity is not Error or Warning.</exception>
    /// <exception cref="ArgumentException"><paramref name="aboveMaximum"/> is Warning for a policy with no maximum.</exception>
    public StaffingPolicy WithSeverities(FindingSeverity belowMinimum, FindingSeverity aboveMaximum)
    {
        Limit(belowMinimum, nameof(belowMinimum));
        Limit(aboveMaximum, nameof(aboveMaximum));
        return Maximum is null && aboveMaximum != FindingSeverity.Error
            ? throw new ArgumentException($"aboveMaximum is {aboveMaximum}, but the policy has no maximum; expected Error, or a policy with a maximum.", nameof(aboveMaximum))
            : new(Unit, Minimum, Maximum, belowMinimum, aboveMaximum);
    }

    private static void Limit(FindingSeverity severity, string parameterName)
    {
        if (severity is not (FindingSeverity.Error or FindingSeverity.Warning))
        {
            throw GuardExtensions.OutOfRange(parameterName, severity, "must be Error (a required limit) or Warning (a recommended one)");
        }
    }

    /// <summary>Gets what the formulas count in: residents or households.</summary>
    public CountUnit Unit { get; }

    /// <summary>Gets the formula of the least number of staff required.</summary>
    public CountFormula Minimum { get; }

    /// <summary>Gets the formula of the most staff allowed, or <see langword="null"/> when the policy sets no cap.</summary>
    public CountFormula? Maximum { get; }

    /// <summary>Creates a policy that requires at least a number of staff, with no cap.</summary>
    /// <param name="unit">What the formula counts in.</param>
    /// <param name="minimum">The least number required.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="minimum"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">The unit is undefined or the formula has problems; every one is listed.</exception>
    public static StaffingPolicy AtLeast(CountUnit unit, CountFormula minimum) => Create(unit, Guard.Against.NullArgument(minimum), null);

    /// <summary>Creates a policy that requires exactly a number of staff: fewer is short, more is over.</summary>
    /// <param name="unit">What the formula counts in.</param>
    /// <param name="count">The number required.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">The unit is undefined or the formula has problems; every one is listed.</exception>
    public static StaffingPolicy Exactly(CountUnit unit, CountFormula count) => Create(unit, Guard.Against.NullArgument(count), count);

    /// <summary>Creates a policy with a least number of staff and a cap.</summary>
    /// <param name="unit">What the formulas count in.</param>
    /// <param name="minimum">The least number required.</param>
    /// <param name="maximum">The most allowed.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">A formula is null.</exception>
    /// <exception cref="PolicyDefinitionException">The unit is undefined, a formula has problems, or both formulas are fixed counts with the minimum above the maximum; every problem is listed.</exception>
    public static StaffingPolicy Between(CountUnit unit, CountFormula minimum, CountFormula maximum) =>
        Create(unit, Guard.Against.NullArgument(minimum), Guard.Against.NullArgument(maximum));

    /// <summary>Computes the staff required for a number of units.</summary>
    /// <param name="units">The residents or households, as <see cref="Unit"/> says; zero or more.</param>
    /// <returns>The least number required and the cap, if any.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative, or no band of a banded formula covers it.</exception>
    public StaffingRequirement Require(long units)
    {
        if (units < 0)
        {
            throw GuardExtensions.OutOfRange(nameof(units), units, "must be zero or more");
        }

        return RequireUnchecked(units, nameof(units));
    }

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>A text such as <c>at least (1 per 250 units rounded up, at least 6), at most (15) households</c>.</returns>
    public override string ToString() =>
        $"at least ({Minimum}){(BelowMinimum == FindingSeverity.Error ? string.Empty : " (recommended)")}{(Maximum is null ? string.Empty : $", at most ({Maximum}){(AboveMaximum == FindingSeverity.Error ? string.Empty : " (recommended)")}")}, counting {Unit}";

    internal StaffingRequirement RequireUnchecked(long units, string parameterName)
    {
        var minimum = Minimum.CountOf(units, parameterName);
        return new(Unit, units, minimum, Maximum is null ? null : ReferenceEquals(Maximum, Minimum) ? minimum : Maximum.CountOf(units, parameterName));
    }

    private static StaffingPolicy Create(CountUnit unit, CountFormula minimum, CountFormula? maximum)
    {
        var problems = ImmutableArray.CreateBuilder<DefinitionProblem>();
        if (!Enum.IsDefined(unit))
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"unit: {(int)unit} is not a CountUnit; expected Residents or Households.")));
        }

        problems.AddRange(minimum.Problems.Select(p => new DefinitionProblem(p.Kind, "minimum: " + p.Message, "minimum")));
        if (maximum is not null && !ReferenceEquals(maximum, minimum))
        {
            problems.AddRange(maximum.Problems.Select(p => new DefinitionProblem(p.Kind, "maximum: " + p.Message, "maximum")));
            if (minimum is CountFormula.FixedNode { Value: var low } && maximum is CountFormula.FixedNode { Value: var high } && low > high)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"minimum {low} is above maximum {high}; expected a minimum no greater than the maximum."), "maximum"));
            }
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("staffing policy", problems) : new(unit, minimum, maximum);
    }
}
