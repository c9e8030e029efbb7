using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>One post's line of a subsidy policy: a fixed monthly amount, or a multiple of a reference wage.</summary>
/// <remarks>Validated with its policy: a line on its own only checks its arguments' presence.</remarks>
public sealed class SubsidyLine
{
    private SubsidyLine(PayRole role, Money? fixedMonthly, PolicyKind<ReferenceWage>? wage, Rate rate, string? sourceText, ImmutableArray<EligibilityCondition> conditions = default)
    {
        Conditions = conditions.IsDefault ? [] : conditions;
        Role = role;
        FixedMonthly = fixedMonthly;
        Wage = wage;
        Rate = rate;
        SourceText = string.IsNullOrWhiteSpace(sourceText) ? null : sourceText;
    }

    /// <summary>Gets the post the line is for.</summary>
    public PayRole Role { get; }

    /// <summary>Gets the fixed amount per month, or null when the line is a multiple of a wage.</summary>
    public Money? FixedMonthly { get; }

    /// <summary>Gets the reference wage the line is a multiple of, or null when the amount is fixed.</summary>
    public PolicyKind<ReferenceWage>? Wage { get; }

    /// <summary>Gets the multiple of the wage, or zero when the amount is fixed.</summary>
    public Rate Rate { get; }

    /// <summary>Gets the source's own words for the line, if given, such as <c>不低于…最低工资标准的150%</c>.</summary>
    public string? SourceText { get; }

    /// <summary>Gets a value indicating whether the line is a multiple of a reference wage.</summary>
    public bool IsMultipleOfWage => Wage is not null;

    /// <summary>Creates a line paying a fixed amount a month.</summary>
    /// <param name="role">The post.</param>
    /// <param name="monthly">The amount per month; checked by the policy to be zero or more.</param>
    /// <param name="sourceText">The source's words, optional.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined post.</exception>
    public static SubsidyLine Fixed(PayRole role, Money monthly, string? sourceText = null) =>
        new(Guard.Against.UndefinedEnum(role), monthly, null, Rate.Zero, sourceText);

    /// <summary>Creates a line paying a multiple of a reference wage, such as 150% of the minimum wage.</summary>
    /// <param name="role">The post.</param>
    /// <param name="wage">The reference wage, resolved for the jurisdiction asked about on the date asked about.</param>
    /// <param name="rate">The multiple; checked by the policy to be more than zero.</param>
    /// <param name="sourceText">The source's words, optional.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="wage"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined post.</exception>
    public static SubsidyLine MultipleOf(PayRole role, PolicyKind<ReferenceWage> wage, Rate rate, string? sourceText = null) =>
        new(Guard.Against.UndefinedEnum(role), null, Guard.Against.NullArgument(wage), rate, sourceText);

    /// <summary>Gets the conditions a person must meet to receive the line; empty when everyone in the post does.</summary>
    public ImmutableArray<EligibilityCondition> Conditions { get; }

    /// <summary>Returns a copy of the line that only persons meeting every condition receive.</summary>
    /// <param name="conditions">The conditions: years of service, appointed before a date, not receiving another allowance.</param>
    /// <returns>The line with its conditions, replacing any it had.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> or one of them is null.</exception>
    public SubsidyLine WithConditions(params IEnumerable<EligibilityCondition> conditions)
    {
        var given = Guard.Against.NoNullElements(conditions);

        return new(Role, FixedMonthly, Wage, Rate, SourceText, given);
    }

    /// <summary>Formats the line.</summary>
    /// <returns>A text such as <c>Director: 150% of minimum wage</c> or <c>Director: 700.00 CNY a month</c>, with its conditions if any.</returns>
    public override string ToString() =>
        (Wage is { } wage ? $"{Role}: {Rate} of {wage.EnglishName}" : $"{Role}: {FixedMonthly} a month")
        + (Conditions.IsEmpty ? string.Empty : " if " + string.Join(" and ", Conditions));
}
