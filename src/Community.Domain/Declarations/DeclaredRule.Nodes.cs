using System.Collections.Immutable;
using System.Globalization;
using Community.Domain.Assessments;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>The forms of a declared rule, each a node that checks itself against its kind, binds its inputs and evaluates.</summary>
public abstract partial class DeclaredRule
{
    /// <summary>The document member of a comparison: <c>atLeast</c>, <c>moreThan</c>, <c>atMost</c>, <c>lessThan</c>.</summary>
    internal static string Member(DeclaredComparison comparison) => comparison switch
    {
        DeclaredComparison.AtLeast => "atLeast",
        DeclaredComparison.MoreThan => "moreThan",
        DeclaredComparison.AtMost => "atMost",
        _ => "lessThan",
    };

    /// <summary>The document member of a combination: <c>allOf</c>, <c>anyOf</c>, <c>largerOf</c>, <c>smallerOf</c>.</summary>
    internal static string Member(DeclaredCombination combination) => combination switch
    {
        DeclaredCombination.AllOf => "allOf",
        DeclaredCombination.AnyOf => "anyOf",
        DeclaredCombination.LargerOf => "largerOf",
        _ => "smallerOf",
    };

    /// <summary>The document member of a period unit: <c>calendarDays</c>, <c>workingDays</c>, <c>weeks</c>, <c>months</c>, <c>years</c>.</summary>
    internal static string Member(DeclaredPeriodUnit unit) => unit switch
    {
        DeclaredPeriodUnit.CalendarDays => "calendarDays",
        DeclaredPeriodUnit.WorkingDays => "workingDays",
        DeclaredPeriodUnit.Weeks => "weeks",
        DeclaredPeriodUnit.Months => "months",
        _ => "years",
    };

    /// <summary>Whether a unit is a count: whole numbers.</summary>
    internal static bool IsCount(MeasureUnit unit) => unit is >= MeasureUnit.Residents and <= MeasureUnit.CalendarDays;

    /// <summary>Whether a unit is a number: a count, an area, an amount or a share.</summary>
    internal static bool IsNumber(MeasureUnit unit) => unit is not (MeasureUnit.YesNo or MeasureUnit.Date);

    /// <summary>Resolves a numeric measure, adding a problem when it is a yes or no or a date.</summary>
    private static int NumericMeasure(DeclaredKind.Binding binding, string name, string argument, string use)
    {
        var index = binding.Resolve(name, argument);
        if (index >= 0 && !IsNumber(binding.UnitOf(index)))
        {
            binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is \"{name}\", {DeclaredText.UnitArticle(binding.UnitOf(index))}; {use} takes a number: a count, an area, an amount or a share.", argument);
        }

        return index;
    }

    /// <summary>Checks a bound against its measure's unit: a share from 0 to 1, a fraction only for a share.</summary>
    private static void CheckBound(DeclaredKind.Binding binding, int index, decimal numerator, decimal denominator, string argument)
    {
        if (denominator < 1m)
        {
            binding.Problem(DefinitionProblemKind.InvalidValue, $"has the denominator {Number(denominator)}; expected 1 or more.", argument);
            return;
        }

        if (index < 0)
        {
            return;
        }

        var unit = binding.UnitOf(index);
        if (unit == MeasureUnit.Share && (numerator < 0m || numerator > denominator))
        {
            binding.Problem(DefinitionProblemKind.InvalidValue, $"is {DeclaredText.Fraction(numerator, denominator)}; a share is from 0 to 1.", argument);
        }
        else if (unit != MeasureUnit.Share && denominator != 1m)
        {
            binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is the fraction {DeclaredText.Fraction(numerator, denominator)}, but the measure is in {unit}; a fraction bounds a share.", argument);
        }
    }

    /// <summary>Checks a check of an actual measure against an outcome in a unit.</summary>
    private static (int Actual, DeclaredFinding? Finding) CheckCheck(DeclaredKind.Binding binding, DeclaredCheck? check, MeasureUnit outcome, string at)
    {
        if (check is null)
        {
            return (-1, null);
        }

        var here = DeclaredKind.Binding.At(at, "check");
        var actual = binding.Resolve(check.Actual, DeclaredKind.Binding.At(here, "actual"));
        if (actual >= 0 && binding.UnitOf(actual) != outcome)
        {
            binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is \"{check.Actual}\", in {binding.UnitOf(actual)}; the outcome it is checked against is in {outcome}.", DeclaredKind.Binding.At(here, "actual"));
        }

        return (actual, binding.Finding(check.Finding, DeclaredKind.Binding.At(here, "finding")));
    }

    /// <summary>The index of a check's actual input, or -1 for no check.</summary>
    private static int ActualOf(DeclaredKind kind, DeclaredCheck? check) => check is null ? -1 : kind.Index[check.Actual];

    /// <summary>The finding a check raises, or null for no check.</summary>
    private static DeclaredFinding? FindingOf(DeclaredKind kind, DeclaredCheck? check) => check is null ? null : kind.FindingOf(check.Finding);

    /// <summary>Evaluates a check of an actual measure against an outcome.</summary>
    private static DeclaredNodeResult Checked(DeclaredNodeResult result, DeclaredCheck? check, int actual, DeclaredFinding? finding, decimal outcome, MeasureUnit unit, scoped in DeclaredContext context, DeclaredTrace? trace)
    {
        if (check is null)
        {
            return result;
        }

        var (numerator, denominator) = context.Quantity(actual);
        var holds = Compare(numerator, denominator, check.Comparison, outcome, 1m);
        trace?.Check(holds, finding!, check.Severity, DeclaredText.Check(context.Kind.Inputs[actual], numerator, denominator, check.Comparison, outcome, unit));
        return result.And(holds, finding!.Code, check.Severity);
    }

    /// <summary>A threshold on a measure.</summary>
    internal sealed class ThresholdNode(string measure, DeclaredComparison comparison, decimal numerator, decimal denominator, string finding, FindingSeverity severity) : DeclaredRule
    {
        private int _index = -1;
        private DeclaredFinding? _finding;

        public string Measure => measure;

        public DeclaredComparison Comparison => comparison;

        public decimal Numerator => numerator;

        public decimal Denominator => denominator;

        public string Finding => finding;

        public FindingSeverity Severity => severity;

        public override string ToString() => $"{measure} {comparison} {DeclaredText.Fraction(numerator, denominator)} ({severity} {finding})";

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, "threshold");
            var index = NumericMeasure(binding, measure, DeclaredKind.Binding.At(here, "measure"), "a threshold");
            CheckBound(binding, index, numerator, denominator, DeclaredKind.Binding.At(here, Member(comparison)));
            binding.Finding(finding, DeclaredKind.Binding.At(here, "finding"));
            return DeclaredShape.None;
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding) =>
            new ThresholdNode(measure, comparison, numerator, denominator, finding, severity) { _index = binding.Kind.Index[measure], _finding = binding.Kind.FindingOf(finding) };

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            var (n, d) = context.Quantity(_index);
            var holds = Compare(n, d, comparison, numerator, denominator);
            trace?.Check(holds, _finding!, severity, DeclaredText.Threshold(context.Kind.Inputs[_index], n, d, comparison, numerator, denominator));
            return DeclaredNodeResult.Check(holds, _finding!.Code, severity);
        }
    }

    /// <summary>A condition on a yes or no.</summary>
    internal sealed class ConditionNode(string measure, bool expected, string finding, FindingSeverity severity) : DeclaredRule
    {
        private int _index = -1;
        private DeclaredFinding? _finding;

        public string Measure => measure;

        public bool Expected => expected;

        public string Finding => finding;

        public FindingSeverity Severity => severity;

        public override string ToString() => $"{measure} is {(expected ? "yes" : "no")} ({severity} {finding})";

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, "condition");
            var index = binding.Resolve(measure, DeclaredKind.Binding.At(here, "measure"));
            if (index >= 0 && binding.UnitOf(index) != MeasureUnit.YesNo)
            {
                binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is \"{measure}\", in {binding.UnitOf(index)}; a condition takes a yes or no.", DeclaredKind.Binding.At(here, "measure"));
            }

            binding.Finding(finding, DeclaredKind.Binding.At(here, "finding"));
            return DeclaredShape.None;
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding) =>
            new ConditionNode(measure, expected, finding, severity) { _index = binding.Kind.Index[measure], _finding = binding.Kind.FindingOf(finding) };

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            var given = context.YesNo(_index);
            var holds = given == expected;
            trace?.Check(holds, _finding!, severity, DeclaredText.Condition(context.Kind.Inputs[_index], given, expected));
            return DeclaredNodeResult.Check(holds, _finding!.Code, severity);
        }
    }

    /// <summary>A range on a measure, each side with its finding and severity.</summary>
    internal sealed class RangeNode(string measure, DeclaredLimit? minimum, DeclaredLimit? maximum) : DeclaredRule
    {
        private int _index = -1;
        private DeclaredFinding? _below;
        private DeclaredFinding? _above;

        public string Measure => measure;

        public DeclaredLimit? Minimum => minimum;

        public DeclaredLimit? Maximum => maximum;

        public override string ToString() => $"{measure} from {minimum?.ToString() ?? "any"} to {maximum?.ToString() ?? "any"}";

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, "range");
            var index = NumericMeasure(binding, measure, DeclaredKind.Binding.At(here, "measure"), "a range");
            if (minimum is null && maximum is null)
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, "gives neither a minimum nor a maximum; expected at least one.", here);
            }

            if (minimum is not null)
            {
                CheckBound(binding, index, minimum.Value, 1m, DeclaredKind.Binding.At(here, "minimum.value"));
                binding.Finding(minimum.Finding, DeclaredKind.Binding.At(here, "minimum.finding"));
            }

            if (maximum is not null)
            {
                CheckBound(binding, index, maximum.Value, 1m, DeclaredKind.Binding.At(here, "maximum.value"));
                binding.Finding(maximum.Finding, DeclaredKind.Binding.At(here, "maximum.finding"));
            }

            if (minimum is not null && maximum is not null && minimum.Value > maximum.Value)
            {
                // A conflict of both sides: the range's problem, not one side's.
                binding.Problem(DefinitionProblemKind.InvalidValue, $"has a minimum of {Number(minimum.Value)} above its maximum of {Number(maximum.Value)}; expected the least no greater than the most.", here);
            }

            return DeclaredShape.None;
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding)
        {
            var kind = binding.Kind;
            return new RangeNode(measure, minimum, maximum)
            {
                _index = kind.Index[measure],
                _below = minimum is null ? null : kind.FindingOf(minimum.Finding),
                _above = maximum is null ? null : kind.FindingOf(maximum.Finding),
            };
        }

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            var (n, d) = context.Quantity(_index);
            var result = DeclaredNodeResult.Nothing;
            if (minimum is not null)
            {
                var holds = Compare(n, d, DeclaredComparison.AtLeast, minimum.Value, 1m);
                trace?.Check(holds, _below!, minimum.Severity, DeclaredText.Threshold(context.Kind.Inputs[_index], n, d, DeclaredComparison.AtLeast, minimum.Value, 1m));
                result = result.And(holds, _below!.Code, minimum.Severity);
            }

            if (maximum is not null)
            {
                var holds = Compare(n, d, DeclaredComparison.AtMost, maximum.Value, 1m);
                trace?.Check(holds, _above!, maximum.Severity, DeclaredText.Threshold(context.Kind.Inputs[_index], n, d, DeclaredComparison.AtMost, maximum.Value, 1m));
                result = result.And(holds, _above!.Code, maximum.Severity);
            }

            return result;
        }
    }

    /// <summary>A table of bands over a measure, giving a number in a unit or a text.</summary>
    internal sealed class TableNode(string measure, MeasureUnit? outcome, BandTable<decimal, decimal>? numbers, BandTable<decimal, string>? texts, DeclaredCheck? check) : DeclaredRule
    {
        private int _index = -1;
        private int _actual = -1;
        private DeclaredFinding? _finding;

        // For a count the caller gives, over bands whose bounds are whole: the same bands over whole numbers, looked up as counts are.
        private BandTable<long, int>? _whole;

        // The bands' numbers, by listed position.
        private decimal[]? _values;

        public string Measure => measure;

        public MeasureUnit? Outcome => outcome;

        public BandTable<decimal, decimal>? Numbers => numbers;

        public BandTable<decimal, string>? Texts => texts;

        public DeclaredCheck? ActualCheck => check;

        public override string ToString() => $"{measure} by band: {(object?)numbers ?? texts}{(check is null ? string.Empty : $", {check}")}";

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, "table");
            var index = NumericMeasure(binding, measure, DeclaredKind.Binding.At(here, "measure"), "a table");
            if (index >= 0 && IsNumber(binding.UnitOf(index)))
            {
                var bands = numbers is not null ? numbers.Bands.Select(b => (b.Lower, b.Upper)) : texts!.Bands.Select(b => (b.Lower, b.Upper));
                CheckCoverage(binding, [.. bands], binding.Kind.Bound[index], DeclaredKind.Binding.At(here, "bands"));
            }

            if (numbers is not null)
            {
                if (!IsNumber(outcome!.Value))
                {
                    binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is {outcome}; a table gives a number (a count, an area, an amount or a share) or a text.", DeclaredKind.Binding.At(here, "outcome"));
                }

                for (var i = 0; i < numbers.Bands.Length; i++)
                {
                    CheckOutcome(binding, outcome.Value, numbers.Bands[i].Value, DeclaredKind.Binding.At(here, string.Create(CultureInfo.InvariantCulture, $"bands[{i}].value")));
                }

                (_, _) = CheckCheck(binding, check, outcome.Value, here);
                return new(DeclaredValueKind.Number, outcome);
            }

            return new(DeclaredValueKind.Text, null);
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding)
        {
            var kind = binding.Kind;
            var index = kind.Index[measure];
            var input = kind.Bound[index];
            return new TableNode(measure, outcome, numbers, texts, check)
            {
                _index = index,
                _actual = ActualOf(kind, check),
                _finding = FindingOf(kind, check),
                _values = numbers is null ? null : [.. numbers.Bands.Select(b => b.Value)],
                _whole = input.Derivation == DeclaredDerivation.Measured && IsCount(input.Unit)
                    ? (numbers is not null ? Whole(numbers) : Whole(texts!))
                    : null,
            };
        }

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            var value = context.Number(_index);
            if (trace is null && _whole is not null)
            {
                // A whole count (the input's unit requires it) looked up over whole bounds: the hot path.
                var listed = _whole.Hit(decimal.ToInt64(value)).Listed;
                if (numbers is null)
                {
                    return new(true, null, default, 0, DeclaredValue.Of(texts!.Bands[listed].Value), null, null);
                }

                var given = _values![listed];
                var result = new DeclaredNodeResult(true, null, default, 0, DeclaredValue.Of(given), outcome, null);
                return check is null ? result : Checked(result, check, _actual, _finding, given, outcome!.Value, context, null);
            }

            if (numbers is not null)
            {
                var match = numbers.Find(value);
                var outcomeValue = match.Value;
                trace?.Remark(DeclaredText.Band(context.Kind.Inputs[_index], value, match.Band.ToString(), DeclaredText.Quantity(outcomeValue, 1m, outcome!.Value)));
                var result = DeclaredNodeResult.Nothing with { Value = DeclaredValue.Of(outcomeValue), Unit = outcome };
                return Checked(result, check, _actual, _finding, outcomeValue, outcome!.Value, context, trace);
            }

            var text = texts!.Find(value);
            trace?.Remark(DeclaredText.Band(context.Kind.Inputs[_index], value, text.Band.ToString(), (text.Value, text.Value)));
            return DeclaredNodeResult.Nothing with { Value = DeclaredValue.Of(text.Value) };
        }

        // The bands over whole numbers, each giving its listed position, when every bound is a whole number; otherwise null.
        private static BandTable<long, int>? Whole<TValue>(BandTable<decimal, TValue> table)
        {
            static bool IsWhole(Bound<decimal>? bound) => bound is not { } b || (decimal.Truncate(b.Value) == b.Value && Math.Abs(b.Value) < long.MaxValue / 2);
            static Bound<long>? Of(Bound<decimal>? bound) => bound is { } b ? (b.IsInclusive ? Bound.Inclusive((long)b.Value) : Bound.Exclusive((long)b.Value)) : null;
            if (!table.Bands.All(b => IsWhole(b.Lower) && IsWhole(b.Upper)))
            {
                return null;
            }

            var bands = table.Bands.Select((band, listed) => (Of(band.Lower), Of(band.Upper)) switch
            {
                ({ } lower, { } upper) => Band.Between(lower, upper, listed),
                ({ } lower, null) => Band.From(lower, listed),
                (null, { } upper) => Band.UpTo(upper, listed),
                _ => Band.Everywhere<long, int>(listed),
            });
            return BandTable.TryDefine(table.Reading, bands, out var whole, out _) ? whole : null;
        }

        private static void CheckOutcome(DeclaredKind.Binding binding, MeasureUnit unit, decimal value, string argument)
        {
            if (DeclaredText.ValueProblem(unit, value) is { } problem)
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, $"is {Number(value)}; {problem}.", argument);
            }
        }

        private static void CheckCoverage(DeclaredKind.Binding binding, (Bound<decimal>? Lower, Bound<decimal>? Upper)[] bands, DeclaredKind.BoundInput measure, string argument)
        {
            var openBelow = bands.Any(b => b.Lower is null);
            var openAbove = bands.Any(b => b.Upper is null);
            var least = bands.Where(b => b.Lower is not null).Select(b => b.Lower!.Value).OrderBy(b => b.Value).ThenBy(b => b.IsInclusive ? 0 : 1).FirstOrDefault();
            var most = bands.Where(b => b.Upper is not null).Select(b => b.Upper!.Value).OrderByDescending(b => b.Value).ThenBy(b => b.IsInclusive ? 0 : 1).FirstOrDefault();
            var nonNegative = measure.Derivation != DeclaredDerivation.Difference;
            var coversBelow = openBelow || (nonNegative && least.Value <= 0m && (least.IsInclusive || least.Value < 0m));
            var coversAbove = openAbove || (measure.Unit == MeasureUnit.Share && most.Value >= 1m && (most.IsInclusive || most.Value > 1m));
            if (!coversBelow || !coversAbove)
            {
                binding.Problem(DefinitionProblemKind.Gap, $"do not cover every value of \"{measure.Input.Name}\" ({measure.Unit}): expected a first band {(nonNegative ? "from 0 or open below" : "open below, as a difference may be negative")} and a last band open above{(measure.Unit == MeasureUnit.Share ? " or up to 1 inclusive" : string.Empty)}.", argument);
            }
        }
    }

    /// <summary>A count given by a count formula over a measure.</summary>
    internal sealed class CountNode(string measure, MeasureUnit outcome, CountFormula formula, DeclaredCheck? check) : DeclaredRule
    {
        private int _index = -1;
        private int _actual = -1;
        private DeclaredFinding? _finding;

        public string Measure => measure;

        public MeasureUnit Outcome => outcome;

        public CountFormula Formula => formula;

        public DeclaredCheck? ActualCheck => check;

        public override string ToString() => $"{measure}: {formula}{(check is null ? string.Empty : $", {check}")}";

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, "count");
            var index = binding.Resolve(measure, DeclaredKind.Binding.At(here, "measure"));
            if (index >= 0 && (!IsCount(binding.UnitOf(index)) || binding.Kind.Bound[index].Derivation != DeclaredDerivation.Measured))
            {
                binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is \"{measure}\", {DeclaredText.UnitArticle(binding.UnitOf(index))}{(binding.Kind.Bound[index].Derivation == DeclaredDerivation.Measured ? string.Empty : " derived from others")}; a count formula counts a count the caller gives.", DeclaredKind.Binding.At(here, "measure"));
            }

            if (!IsCount(outcome))
            {
                binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is {outcome}; a count formula gives a count.", DeclaredKind.Binding.At(here, "outcome"));
            }

            foreach (var problem in formula.Problems)
            {
                binding.Problems.Add(problem.Within(DeclaredKind.Binding.At(here, "formula")));
            }

            _ = CheckCheck(binding, check, outcome, here);
            return new(DeclaredValueKind.Number, outcome);
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding)
        {
            var kind = binding.Kind;
            return new CountNode(measure, outcome, formula, check)
            {
                _index = kind.Index[measure],
                _actual = ActualOf(kind, check),
                _finding = FindingOf(kind, check),
            };
        }

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            var units = (long)context.Number(_index);
            var count = formula.CountOf(units, context.Kind.Inputs[_index].Name);
            trace?.Remark(DeclaredText.Formula(context.Kind.Inputs[_index], units, formula, count, outcome));
            var result = DeclaredNodeResult.Nothing with { Value = DeclaredValue.Of(count), Unit = outcome };
            return Checked(result, check, _actual, _finding, count, outcome, context, trace);
        }
    }

    /// <summary>An amount per units of a measure, pro rata, rounded up to the fen, within a floor and a cap.</summary>
    internal sealed class AmountNode(string measure, Money amount, long units, Money? floor, Money? cap, DeclaredCheck? check) : DeclaredRule
    {
        private int _index = -1;
        private int _actual = -1;
        private DeclaredFinding? _finding;

        public string Measure => measure;

        public Money PerUnits => amount;

        public long Units => units;

        public Money? Floor => floor;

        public Money? Cap => cap;

        public DeclaredCheck? ActualCheck => check;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{amount} per {units} {measure}{(floor is { } f ? $", at least {f}" : string.Empty)}{(cap is { } c ? $", at most {c}" : string.Empty)}");

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, "amount");
            _ = NumericMeasure(binding, measure, DeclaredKind.Binding.At(here, "measure"), "an amount per unit");
            if (amount.IsNegative)
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, $"is {Number(amount.Yuan)}; expected zero or more yuan.", DeclaredKind.Binding.At(here, "yuan"));
            }

            if (units < 1)
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"is {units}; expected 1 or more (an amount per 0 units divides by zero)."), DeclaredKind.Binding.At(here, "perUnits"));
            }

            if (floor is { IsNegative: true } || cap is { IsNegative: true })
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, $"is {Number((floor is { IsNegative: true } ? floor : cap)!.Value.Yuan)}; expected zero or more yuan.", DeclaredKind.Binding.At(here, floor is { IsNegative: true } ? "floor" : "cap"));
            }

            if (floor is { } least && cap is { } most && least.Yuan > most.Yuan)
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, $"is {Number(least.Yuan)}, above the cap {Number(most.Yuan)}; expected a floor no greater than the cap.", DeclaredKind.Binding.At(here, "floor"));
            }

            _ = CheckCheck(binding, check, MeasureUnit.Yuan, here);
            return new(DeclaredValueKind.Number, MeasureUnit.Yuan);
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding)
        {
            var kind = binding.Kind;
            return new AmountNode(measure, amount, units, floor, cap, check)
            {
                _index = kind.Index[measure],
                _actual = ActualOf(kind, check),
                _finding = FindingOf(kind, check),
            };
        }

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            var (n, d) = context.Quantity(_index);
            var raw = amount.Yuan * n / (d * units);
            var yuan = Math.Ceiling(raw * 100m) / 100m;
            var pro = yuan;
            if (floor is { } least && yuan < least.Yuan)
            {
                yuan = least.Yuan;
            }

            if (cap is { } most && yuan > most.Yuan)
            {
                yuan = most.Yuan;
            }

            trace?.Remark(DeclaredText.Amount(context.Kind.Inputs[_index], n, d, amount.Yuan, units, pro, yuan));
            var result = DeclaredNodeResult.Nothing with { Value = DeclaredValue.Of(yuan), Unit = MeasureUnit.Yuan };
            return Checked(result, check, _actual, _finding, yuan, MeasureUnit.Yuan, context, trace);
        }
    }

    /// <summary>A date due relative to an event, with an optional recorded date that must fall on or before it.</summary>
    internal sealed class TimetableNode(string @event, int amount, DeclaredPeriodUnit unit, DeclaredDirection direction, string? recorded, string? finding, FindingSeverity severity) : DeclaredRule
    {
        private int _event = -1;
        private int _recorded = -1;
        private DeclaredFinding? _finding;

        public string Event => @event;

        public int Offset => amount;

        public DeclaredPeriodUnit Unit => unit;

        public DeclaredDirection Direction => direction;

        public string? Recorded => recorded;

        public string? Finding => finding;

        public FindingSeverity Severity => severity;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{amount} {unit} {direction} {@event}{(recorded is null ? string.Empty : $", {recorded} by then ({severity} {finding})")}");

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, "timetable");
            DateInput(binding, @event, DeclaredKind.Binding.At(here, "event"));
            if (amount < 0 || amount > (unit == DeclaredPeriodUnit.WorkingDays ? 3650 : 100_000))
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"is {amount}; expected 0 to {(unit == DeclaredPeriodUnit.WorkingDays ? 3650 : 100_000)}."), DeclaredKind.Binding.At(here, Member(unit)));
            }

            if (recorded is not null)
            {
                DateInput(binding, recorded, DeclaredKind.Binding.At(here, "recorded"));
                binding.Finding(finding!, DeclaredKind.Binding.At(here, "finding"));
            }

            return new(DeclaredValueKind.Date, null);
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding)
        {
            var kind = binding.Kind;
            return new TimetableNode(@event, amount, unit, direction, recorded, finding, severity)
            {
                _event = kind.Index[@event],
                _recorded = recorded is null ? -1 : kind.Index[recorded],
                _finding = finding is null ? null : kind.FindingOf(finding),
            };
        }

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            var start = context.Date(_event);
            var due = Due(start, context);
            trace?.Remark(DeclaredText.Due(context.Kind.Inputs[_event], start, amount, unit, direction, due));
            var result = DeclaredNodeResult.Nothing with { Due = due };
            if (recorded is null)
            {
                return result;
            }

            var on = context.Date(_recorded);
            var holds = on <= due;
            trace?.Check(holds, _finding!, severity, DeclaredText.Recorded(context.Kind.Inputs[_recorded], on, due));
            return result.And(holds, _finding!.Code, severity);
        }

        private static void DateInput(DeclaredKind.Binding binding, string name, string argument)
        {
            var index = binding.Resolve(name, argument);
            if (index >= 0 && binding.UnitOf(index) != MeasureUnit.Date)
            {
                binding.Problem(DefinitionProblemKind.MismatchedUnits, $"is \"{name}\", in {binding.UnitOf(index)}; a timetable takes dates.", argument);
            }
        }

        private LocalDate Due(LocalDate start, scoped in DeclaredContext context)
        {
            var sign = direction == DeclaredDirection.Before ? -1 : 1;
            try
            {
                return unit switch
                {
                    DeclaredPeriodUnit.CalendarDays => start.PlusDays(sign * amount),
                    DeclaredPeriodUnit.Weeks => start.PlusWeeks(sign * amount),
                    DeclaredPeriodUnit.Months => start.PlusMonths(sign * amount),
                    DeclaredPeriodUnit.Years => start.PlusYears(sign * amount),
                    _ => WorkingDays(start, sign, context.Calendar!),
                };
            }
            catch (ArgumentOutOfRangeException)
            {
                throw Shared.GuardExtensions.OutOfRange(@event, start, string.Create(CultureInfo.InvariantCulture, $"is too near the end of the calendar: {amount} {unit} {direction} it pass the dates NodaTime holds"));
            }
        }

        private LocalDate WorkingDays(LocalDate start, int sign, WorkingCalendar calendar)
        {
            var day = start;
            for (var counted = 0; counted < amount;)
            {
                day = day.PlusDays(sign);
                if (calendar.IsWorkingDay(day))
                {
                    counted++;
                }
            }

            return day;
        }
    }

    /// <summary>A combination of rules.</summary>
    internal sealed class CombinationNode(DeclaredCombination combination, ImmutableArray<DeclaredRule> rules) : DeclaredRule
    {
        public DeclaredCombination Combination => combination;

        public ImmutableArray<DeclaredRule> Rules => rules;

        public override string ToString() => $"{Member(combination)}({string.Join("; ", rules)})";

        internal override DeclaredShape Check(DeclaredKind.Binding binding, string at)
        {
            var here = DeclaredKind.Binding.At(at, Member(combination));
            var chooses = combination is DeclaredCombination.LargerOf or DeclaredCombination.SmallerOf;
            if (rules.Length < (chooses ? 2 : 1))
            {
                binding.Problem(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"is a combination of {(rules.IsEmpty ? "nothing" : "one rule")}; expected {(chooses ? "two rules or more, whose outcomes it compares" : "one rule or more")}."), here);
            }

            var shapes = new DeclaredShape[rules.Length];
            for (var i = 0; i < rules.Length; i++)
            {
                shapes[i] = rules[i].Check(binding, string.Create(CultureInfo.InvariantCulture, $"{here}[{i}]"));
            }

            if (!chooses)
            {
                return shapes.FirstOrDefault(s => s.Kind is not null);
            }

            var first = shapes.FirstOrDefault();
            for (var i = 0; i < shapes.Length; i++)
            {
                if (shapes[i].Kind != DeclaredValueKind.Number || shapes[i].Unit != first.Unit)
                {
                    binding.Problem(DefinitionProblemKind.MismatchedUnits, $"gives {DeclaredText.Shape(shapes[i])}; the {(combination == DeclaredCombination.LargerOf ? "larger" : "smaller")} of rules compares numbers of one unit{(first.Kind == DeclaredValueKind.Number ? $", {first.Unit} as the first gives" : string.Empty)}.", string.Create(CultureInfo.InvariantCulture, $"{here}[{i}]"));
                }
            }

            return first;
        }

        internal override DeclaredRule Bind(DeclaredKind.Binding binding) =>
            new CombinationNode(combination, [.. rules.Select(r => r.Bind(binding))]);

        internal override DeclaredNodeResult Evaluate(scoped in DeclaredContext context, DeclaredTrace? trace)
        {
            trace?.Remark(DeclaredText.Combination(combination));
            var mark = trace?.Findings.Count ?? 0;
            var result = DeclaredNodeResult.Nothing;
            var any = false;
            var chosen = default(DeclaredNodeResult);
            var hasChosen = false;
            for (var i = 0; i < rules.Length; i++)
            {
                var part = rules[i].Evaluate(context, trace);
                any |= part.Holds;
                result = result.And(part);
                if (combination is DeclaredCombination.LargerOf or DeclaredCombination.SmallerOf)
                {
                    if (!hasChosen || (combination == DeclaredCombination.LargerOf ? part.Value.RawNumber > chosen.Value.RawNumber : part.Value.RawNumber < chosen.Value.RawNumber))
                    {
                        chosen = part;
                        hasChosen = true;
                    }
                }
                else if (!hasChosen && (part.Value.IsMade || part.Due is not null))
                {
                    chosen = part;
                    hasChosen = true;
                }
            }

            if (combination == DeclaredCombination.AnyOf && any)
            {
                trace?.Findings.RemoveRange(mark, trace.Findings.Count - mark);
                result = DeclaredNodeResult.Nothing;
            }

            if (hasChosen)
            {
                result = result with { Value = chosen.Value, Unit = chosen.Unit, Due = chosen.Due };
                if (combination is DeclaredCombination.LargerOf or DeclaredCombination.SmallerOf)
                {
                    trace?.Remark(DeclaredText.Chosen(combination, chosen.Value.RawNumber, chosen.Unit!.Value));
                }
            }

            return result;
        }
    }
}
