using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Declarations;

/// <summary>
/// The rule of a declared kind, in one of the general forms: a threshold, a condition, a range, a table,
/// a formula, a timetable, or a combination of these. A rule names its kind's inputs and findings; the
/// kind checks it when a policy is made (<see cref="DeclaredKind.Policy"/>), listing every problem.
/// Immutable.
/// </summary>
public abstract partial class DeclaredRule
{
    private protected DeclaredRule()
    {
    }

    /// <summary>A threshold on a measure: "at least 10 persons", "more than 50 households".</summary>
    /// <param name="measure">The input compared, a number.</param>
    /// <param name="comparison">How it must stand to the bound.</param>
    /// <param name="bound">The bound, in the measure's unit; a share from 0 to 1.</param>
    /// <param name="finding">The finding raised when the threshold is not met.</param>
    /// <param name="severity">How grave that finding is.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or an enum value is not one of its names.</exception>
    public static DeclaredRule Threshold(string measure, DeclaredComparison comparison, decimal bound, string finding, FindingSeverity severity) =>
        new ThresholdNode(Guard.Against.BlankText(measure), Guard.Against.UndefinedEnum(comparison), bound, 1, Guard.Against.BlankText(finding), Guard.Against.UndefinedEnum(severity));

    /// <summary>A threshold on a share, as an exact fraction: "more than half" (1/2), "at least two thirds" (2/3); compared without rounding.</summary>
    /// <param name="measure">The input compared: a ratio of two inputs, or a share.</param>
    /// <param name="comparison">How it must stand to the fraction.</param>
    /// <param name="numerator">The fraction's numerator, from 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The fraction's denominator, 1 or more.</param>
    /// <param name="finding">The finding raised when the threshold is not met.</param>
    /// <param name="severity">How grave that finding is.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or an enum value is not one of its names.</exception>
    public static DeclaredRule Threshold(string measure, DeclaredComparison comparison, int numerator, int denominator, string finding, FindingSeverity severity) =>
        new ThresholdNode(Guard.Against.BlankText(measure), Guard.Against.UndefinedEnum(comparison), numerator, denominator, Guard.Against.BlankText(finding), Guard.Against.UndefinedEnum(severity));

    /// <summary>A condition on a yes or no: the plan was published, the list was approved.</summary>
    /// <param name="measure">The input, a yes or no.</param>
    /// <param name="expected">The answer the rule requires.</param>
    /// <param name="finding">The finding raised when the answer differs.</param>
    /// <param name="severity">How grave that finding is.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="severity"/> is not a severity.</exception>
    public static DeclaredRule Condition(string measure, bool expected, string finding, FindingSeverity severity) =>
        new ConditionNode(Guard.Against.BlankText(measure), expected, Guard.Against.BlankText(finding), Guard.Against.UndefinedEnum(severity));

    /// <summary>A range on a measure: at least, at most, or between, each side with its own finding and severity (a Warning for a recommended limit).</summary>
    /// <param name="measure">The input, a number.</param>
    /// <param name="minimum">The least the measure may be, or null for no least.</param>
    /// <param name="maximum">The most the measure may be, or null for no most.</param>
    /// <returns>The rule; the kind refuses a range with neither side, or a least above the most.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank.</exception>
    public static DeclaredRule Range(string measure, DeclaredLimit? minimum, DeclaredLimit? maximum) =>
        new RangeNode(Guard.Against.BlankText(measure), minimum, maximum);

    /// <summary>A table of bands over a measure, each giving a number in the outcome's unit (first-listed-wins where the table says so).</summary>
    /// <param name="measure">The input the bands divide, a number.</param>
    /// <param name="outcome">The unit of the numbers the bands give.</param>
    /// <param name="bands">The bands; the table must cover every value the measure can take.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank or <paramref name="outcome"/> is not a unit.</exception>
    public static DeclaredRule Table(string measure, MeasureUnit outcome, BandTable<decimal, decimal> bands) =>
        new TableNode(Guard.Against.BlankText(measure), Guard.Against.UndefinedEnum(outcome), Guard.Against.NullArgument(bands), null, null);

    /// <summary>A table of bands over a measure giving a number, with a check of an actual measure against it: "a project of this floor area provides at least this much premises".</summary>
    /// <param name="measure">The input the bands divide, a number.</param>
    /// <param name="outcome">The unit of the numbers the bands give.</param>
    /// <param name="bands">The bands; the table must cover every value the measure can take.</param>
    /// <param name="check">The check of the actual measure against the band's number.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank or <paramref name="outcome"/> is not a unit.</exception>
    public static DeclaredRule Table(string measure, MeasureUnit outcome, BandTable<decimal, decimal> bands, DeclaredCheck check) =>
        new TableNode(Guard.Against.BlankText(measure), Guard.Against.UndefinedEnum(outcome), Guard.Against.NullArgument(bands), null, Guard.Against.NullArgument(check));

    /// <summary>A table of bands over a measure, each giving a text: a grade, a category, the body that decides.</summary>
    /// <param name="measure">The input the bands divide, a number.</param>
    /// <param name="bands">The bands, each with its text; the table must cover every value the measure can take.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank.</exception>
    public static DeclaredRule Table(string measure, BandTable<decimal, string> bands) =>
        new TableNode(Guard.Against.BlankText(measure), null, null, Guard.Against.NullArgument(bands), null);

    /// <summary>A count given by a count formula over a measure: "12 workers per 10,000 residents, rounded up, at least 3".</summary>
    /// <param name="measure">The input counted, a count.</param>
    /// <param name="outcome">The unit of the count the formula gives, such as <see cref="MeasureUnit.Persons"/>.</param>
    /// <param name="formula">The formula.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank or <paramref name="outcome"/> is not a unit.</exception>
    public static DeclaredRule Count(string measure, MeasureUnit outcome, CountFormula formula) =>
        new CountNode(Guard.Against.BlankText(measure), Guard.Against.UndefinedEnum(outcome), Guard.Against.NullArgument(formula), null);

    /// <summary>A count given by a count formula over a measure, with a check of an actual count against it.</summary>
    /// <param name="measure">The input counted, a count.</param>
    /// <param name="outcome">The unit of the count the formula gives.</param>
    /// <param name="formula">The formula.</param>
    /// <param name="check">The check of the actual count against the formula's.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank or <paramref name="outcome"/> is not a unit.</exception>
    public static DeclaredRule Count(string measure, MeasureUnit outcome, CountFormula formula, DeclaredCheck check) =>
        new CountNode(Guard.Against.BlankText(measure), Guard.Against.UndefinedEnum(outcome), Guard.Against.NullArgument(formula), Guard.Against.NullArgument(check));

    /// <summary>An amount per units of a measure, pro rata and rounded up to the fen, within a floor and a cap: "5,000 yuan per 100 households, at least 20,000".</summary>
    /// <param name="measure">The input the amount is paid on, a number.</param>
    /// <param name="amount">The amount per <paramref name="units"/>.</param>
    /// <param name="units">How many of the measure the amount is for, 1 or more.</param>
    /// <param name="floor">The least amount, or null for none.</param>
    /// <param name="cap">The most amount, or null for none.</param>
    /// <returns>The rule, whose outcome is in yuan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank.</exception>
    public static DeclaredRule Amount(string measure, Money amount, long units, Money? floor, Money? cap) =>
        new AmountNode(Guard.Against.BlankText(measure), amount, units, floor, cap, null);

    /// <summary>An amount per units of a measure, with a check of an actual amount against it.</summary>
    /// <param name="measure">The input the amount is paid on, a number.</param>
    /// <param name="amount">The amount per <paramref name="units"/>.</param>
    /// <param name="units">How many of the measure the amount is for, 1 or more.</param>
    /// <param name="floor">The least amount, or null for none.</param>
    /// <param name="cap">The most amount, or null for none.</param>
    /// <param name="check">The check of the actual amount against the rule's.</param>
    /// <returns>The rule, whose outcome is in yuan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> or <paramref name="check"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank.</exception>
    public static DeclaredRule Amount(string measure, Money amount, long units, Money? floor, Money? cap, DeclaredCheck check) =>
        new AmountNode(Guard.Against.BlankText(measure), amount, units, floor, cap, Guard.Against.NullArgument(check));

    /// <summary>A date set relative to an event: N calendar or working days, weeks, months or years before or after it ("every N years" is N years after the last time).</summary>
    /// <param name="event">The input holding the event's date.</param>
    /// <param name="amount">How many of <paramref name="unit"/>, 0 or more.</param>
    /// <param name="unit">The unit of the offset.</param>
    /// <param name="direction">Before or after the event.</param>
    /// <returns>The rule, whose outcome is the date due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="event"/> is blank or an enum value is not one of its names.</exception>
    public static DeclaredRule Timetable(string @event, int amount, DeclaredPeriodUnit unit, DeclaredDirection direction) =>
        new TimetableNode(Guard.Against.BlankText(@event, nameof(@event)), amount, Guard.Against.UndefinedEnum(unit), Guard.Against.UndefinedEnum(direction), null, null, default);

    /// <summary>A date set relative to an event, with a recorded date that must fall on or before it: an application at least five working days before the task starts, the next election within five years of the last.</summary>
    /// <param name="event">The input holding the event's date.</param>
    /// <param name="amount">How many of <paramref name="unit"/>, 0 or more.</param>
    /// <param name="unit">The unit of the offset.</param>
    /// <param name="direction">Before or after the event.</param>
    /// <param name="recorded">The input holding the recorded date, which must be on or before the date due.</param>
    /// <param name="finding">The finding raised when it is later.</param>
    /// <param name="severity">How grave that finding is.</param>
    /// <returns>The rule, whose outcome is the date due.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or an enum value is not one of its names.</exception>
    public static DeclaredRule Timetable(string @event, int amount, DeclaredPeriodUnit unit, DeclaredDirection direction, string recorded, string finding, FindingSeverity severity) =>
        new TimetableNode(Guard.Against.BlankText(@event, nameof(@event)), amount, Guard.Against.UndefinedEnum(unit), Guard.Against.UndefinedEnum(direction), Guard.Against.BlankText(recorded), Guard.Against.BlankText(finding), Guard.Against.UndefinedEnum(severity));

    /// <summary>A combination of rules: all of them, any of them, or the larger or smaller of their outcomes.</summary>
    /// <param name="combination">How the rules combine.</param>
    /// <param name="rules">The rules, one or more (two or more for the larger or smaller).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="combination"/> is not a combination.</exception>
    public static DeclaredRule Combine(DeclaredCombination combination, params IEnumerable<DeclaredRule> rules) =>
        new CombinationNode(Guard.Against.UndefinedEnum(combination), [.. Guard.Against.NoNullElements(rules)]);

    /// <summary>Every rule must hold.</summary>
    /// <param name="rules">The rules, one or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    public static DeclaredRule AllOf(params IEnumerable<DeclaredRule> rules) => Combine(DeclaredCombination.AllOf, rules);

    /// <summary>One rule holding is enough.</summary>
    /// <param name="rules">The rules, one or more.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of them is null.</exception>
    public static DeclaredRule AnyOf(params IEnumerable<DeclaredRule> rules) => Combine(DeclaredCombination.AnyOf, rules);

    /// <summary>Formats a number as written, without trailing zeros.</summary>
    internal static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Checks the rule against its kind, adding every problem (each at its argument, under <paramref name="at"/>) and marking the inputs it uses; returns what the rule gives.</summary>
    internal abstract DeclaredShape Check(DeclaredKind.Binding binding, string at);

    /// <summary>The same rule with every input name resolved to its index in the kind; called once the rule is known to check.</summary>
    internal abstract DeclaredRule Bind(DeclaredKind.Binding binding);

    /// <summary>Evaluates the bound rule.</summary>
    internal abstract DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace);

    /// <summary>The measures, bounds and findings the rule names, for diagnostics.</summary>
    /// <returns>A text such as <c>attendance AtLeast 2/3 (Error council.not-quorate)</c>.</returns>
    public abstract override string ToString();

    /// <summary>Compares a measure (a fraction, the whole above zero) with a bound (a fraction), exactly.</summary>
    internal static bool Compare(decimal numerator, decimal denominator, DeclaredComparison comparison, decimal boundNumerator, decimal boundDenominator)
    {
        // Whole numbers against whole bounds, the common case, compare without multiplying.
        var sign = denominator == 1m && boundDenominator == 1m
            ? decimal.Compare(numerator, boundNumerator)
            : decimal.Compare(numerator * boundDenominator, boundNumerator * denominator);
        return comparison switch
        {
            DeclaredComparison.AtLeast => sign >= 0,
            DeclaredComparison.MoreThan => sign > 0,
            DeclaredComparison.AtMost => sign <= 0,
            _ => sign < 0,
        };
    }

    /// <summary>What a rule gives, beside whether it holds.</summary>
    internal readonly record struct DeclaredShape(DeclaredValueKind? Kind, MeasureUnit? Unit)
    {
        public static DeclaredShape None => default;
    }
}
