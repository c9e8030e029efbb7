using System.Globalization;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>Every phrase of declared rules, in English and Chinese, worded from the kind's own labels, and the refusals of values given for them.</summary>
internal static class DeclaredText
{
    /// <summary>A fraction as written: <c>2/3</c>, or a plain number when its denominator is 1.</summary>
    public static string Fraction(decimal numerator, decimal denominator) =>
        denominator == 1m ? DeclaredRule.Number(numerator) : $"{DeclaredRule.Number(numerator)}/{DeclaredRule.Number(denominator)}";

    /// <summary>A unit as the noun of a problem: "a yes or no", "a date", "a count of Members".</summary>
    public static string UnitArticle(MeasureUnit unit) => unit switch
    {
        MeasureUnit.YesNo => "a yes or no",
        MeasureUnit.Date => "a date",
        MeasureUnit.Share => "a share",
        _ => $"in {unit}",
    };

    /// <summary>What a rule gives, for a problem: "a count in Members", "a text", "nothing".</summary>
    public static string Shape(DeclaredRule.DeclaredShape shape) => shape.Kind switch
    {
        DeclaredValueKind.Number => $"a number in {shape.Unit}",
        DeclaredValueKind.Text => "a text",
        DeclaredValueKind.Date => "a date",
        _ => "no outcome, only checks",
    };

    /// <summary>A quantity with its unit, in both languages: 21 members / 21名; a share as 14/21 (66.67%).</summary>
    public static (string English, string Chinese) Quantity(decimal numerator, decimal denominator, MeasureUnit unit)
    {
        if (unit == MeasureUnit.Share)
        {
            var percent = (denominator == 0m ? 0m : numerator * 100m / denominator).ToString("0.##", CultureInfo.InvariantCulture) + "%";
            var text = denominator == 1m ? percent : $"{Fraction(numerator, denominator)} ({percent})";
            return (text, denominator == 1m ? percent : $"{Fraction(numerator, denominator)}（{percent}）");
        }

        var number = Fraction(numerator, denominator);
        return unit switch
        {
            MeasureUnit.Residents => ($"{number} residents", $"{number}人"),
            MeasureUnit.Households => ($"{number} households", $"{number}户"),
            MeasureUnit.Persons => ($"{number} persons", $"{number}人"),
            MeasureUnit.Votes => ($"{number} votes", $"{number}票"),
            MeasureUnit.Members => ($"{number} members", $"{number}名"),
            MeasureUnit.WorkingDays => ($"{number} working days", $"{number}个工作日"),
            MeasureUnit.CalendarDays => ($"{number} days", $"{number}天"),
            MeasureUnit.SquareMetres => ($"{number} m²", $"{number}平方米"),
            MeasureUnit.Yuan => ($"{number} yuan", $"{number}元"),
            _ => (number, number),
        };
    }

    /// <summary>A bound of a threshold: a share as its fraction, otherwise the number with its unit.</summary>
    public static (string English, string Chinese) Bound(decimal numerator, decimal denominator, MeasureUnit unit) =>
        unit == MeasureUnit.Share && denominator != 1m ? (Fraction(numerator, denominator), Fraction(numerator, denominator)) : Quantity(numerator, denominator, unit);

    /// <summary>A comparison in both languages.</summary>
    public static (string English, string Chinese) Comparison(DeclaredComparison comparison) => comparison switch
    {
        DeclaredComparison.AtLeast => ("at least", "不少于"),
        DeclaredComparison.MoreThan => ("more than", "超过"),
        DeclaredComparison.AtMost => ("at most", "不超过"),
        _ => ("less than", "少于"),
    };

    /// <summary>A threshold's check: the measure, its value, and what the rule requires.</summary>
    public static (string English, string Chinese) Threshold(DeclaredInput measure, decimal numerator, decimal denominator, DeclaredComparison comparison, decimal boundNumerator, decimal boundDenominator)
    {
        var value = Quantity(numerator, denominator, measure.Unit);
        var bound = Bound(boundNumerator, boundDenominator, measure.Unit);
        var (english, chinese) = Comparison(comparison);
        return ($"{measure.EnglishName} is {value.English}; the rule requires {english} {bound.English}.", $"{measure.ChineseName}为{value.Chinese}，规定{chinese}{bound.Chinese}。");
    }

    /// <summary>A condition's check.</summary>
    public static (string English, string Chinese) Condition(DeclaredInput measure, bool given, bool expected) =>
        ($"{measure.EnglishName}: {(given ? "yes" : "no")}; the rule requires {(expected ? "yes" : "no")}.", $"{measure.ChineseName}：{(given ? "是" : "否")}，规定为{(expected ? "是" : "否")}。");

    /// <summary>An actual measure checked against an outcome.</summary>
    public static (string English, string Chinese) Check(DeclaredInput actual, decimal numerator, decimal denominator, DeclaredComparison comparison, decimal outcome, MeasureUnit unit)
    {
        var value = Quantity(numerator, denominator, actual.Unit);
        var bound = Quantity(outcome, 1m, unit);
        var (english, chinese) = Comparison(comparison);
        return ($"{actual.EnglishName} is {value.English}; it must be {english} {bound.English}.", $"{actual.ChineseName}为{value.Chinese}，应{chinese}{bound.Chinese}。");
    }

    /// <summary>The band a measure falls in and what it gives.</summary>
    public static (string English, string Chinese) Band(DeclaredInput measure, decimal value, string band, (string English, string Chinese) outcome)
    {
        var given = Quantity(value, 1m, measure.Unit);
        return ($"{measure.EnglishName} of {given.English} falls in the band {band}, which gives {outcome.English}.", $"{measure.ChineseName}{given.Chinese}属于“{band}”档，对应{outcome.Chinese}。");
    }

    /// <summary>A count formula's computation.</summary>
    public static (string English, string Chinese) Formula(DeclaredInput measure, long units, CountFormula formula, int count, MeasureUnit outcome)
    {
        var given = Quantity(units, 1m, measure.Unit);
        var result = Quantity(count, 1m, outcome);
        var rule = formula.ToString();
        return ($"By the formula {rule}, {measure.EnglishName} of {given.English} gives {result.English}.", $"按公式（{rule}），{measure.ChineseName}{given.Chinese}对应{result.Chinese}。");
    }

    /// <summary>An amount per units' computation, with the floor or cap that applied.</summary>
    public static (string English, string Chinese) Amount(DeclaredInput measure, decimal numerator, decimal denominator, decimal yuan, long units, decimal pro, decimal result)
    {
        var given = Quantity(numerator, denominator, measure.Unit);
        var per = string.Create(CultureInfo.InvariantCulture, $"{units}");
        var english = $"{DeclaredRule.Number(yuan)} yuan per {per} of {measure.EnglishName}, for {given.English}, gives {DeclaredRule.Number(pro)} yuan (rounded up to the fen)";
        var chinese = $"按每{per}{measure.ChineseName}{DeclaredRule.Number(yuan)}元计，{given.Chinese}为{DeclaredRule.Number(pro)}元（按分向上取整）";
        return result == pro
            ? (english + ".", chinese + "。")
            : result > pro
                ? ($"{english}; the floor raises it to {DeclaredRule.Number(result)} yuan.", $"{chinese}，低于下限，按{DeclaredRule.Number(result)}元。")
                : ($"{english}; the cap limits it to {DeclaredRule.Number(result)} yuan.", $"{chinese}，高于上限，按{DeclaredRule.Number(result)}元。");
    }

    /// <summary>A timetable's date due.</summary>
    public static (string English, string Chinese) Due(DeclaredInput @event, LocalDate start, int amount, DeclaredPeriodUnit unit, DeclaredDirection direction, LocalDate due)
    {
        var count = amount.ToString(CultureInfo.InvariantCulture);
        var (english, chinese) = unit switch
        {
            DeclaredPeriodUnit.CalendarDays => ($"{count} days", $"{count}天"),
            DeclaredPeriodUnit.WorkingDays => ($"{count} working days", $"{count}个工作日"),
            DeclaredPeriodUnit.Weeks => ($"{count} weeks", $"{count}周"),
            DeclaredPeriodUnit.Months => ($"{count} months", $"{count}个月"),
            _ => ($"{count} years", $"{count}年"),
        };
        var before = direction == DeclaredDirection.Before;
        return (
            $"{english} {(before ? "before" : "after")} {@event.EnglishName} ({KernelText.Date(start, ExplanationLanguage.English)}) is {KernelText.Date(due, ExplanationLanguage.English)}.",
            $"{@event.ChineseName}（{KernelText.Date(start, ExplanationLanguage.Chinese)}）{(before ? "前" : "后")}{chinese}为{KernelText.Date(due, ExplanationLanguage.Chinese)}。");
    }

    /// <summary>A recorded date checked against the date due.</summary>
    public static (string English, string Chinese) Recorded(DeclaredInput recorded, LocalDate on, LocalDate due) =>
        ($"{recorded.EnglishName} is {KernelText.Date(on, ExplanationLanguage.English)}; it must be on or before {KernelText.Date(due, ExplanationLanguage.English)}.",
         $"{recorded.ChineseName}为{KernelText.Date(on, ExplanationLanguage.Chinese)}，应不晚于{KernelText.Date(due, ExplanationLanguage.Chinese)}。");

    /// <summary>What a combination requires.</summary>
    public static (string English, string Chinese) Combination(DeclaredCombination combination) => combination switch
    {
        DeclaredCombination.AllOf => ("Every one of the following must hold.", "以下各项均须符合。"),
        DeclaredCombination.AnyOf => ("One of the following holding is enough.", "以下各项符合其一即可。"),
        DeclaredCombination.LargerOf => ("The larger of the following applies.", "以下各项取其大者。"),
        _ => ("The smaller of the following applies.", "以下各项取其小者。"),
    };

    /// <summary>The outcome a larger-of or smaller-of chose.</summary>
    public static (string English, string Chinese) Chosen(DeclaredCombination combination, decimal value, MeasureUnit unit)
    {
        var (english, chinese) = Quantity(value, 1m, unit);
        return combination == DeclaredCombination.LargerOf
            ? ($"The larger is {english}.", $"取其大者：{chinese}。")
            : ($"The smaller is {english}.", $"取其小者：{chinese}。");
    }

    /// <summary>An input's value, as the explanation lists it.</summary>
    public static (string English, string Chinese) Input(DeclaredInput input, DeclaredValue value) => input.Unit switch
    {
        MeasureUnit.YesNo => (value.RawNumber != 0m ? "yes" : "no", value.RawNumber != 0m ? "是" : "否"),
        MeasureUnit.Date => (KernelText.Date(value.RawDate, ExplanationLanguage.English), KernelText.Date(value.RawDate, ExplanationLanguage.Chinese)),
        _ => Quantity(value.RawNumber, 1m, input.Unit),
    };

    /// <summary>A check not met, as its finding words it: what the finding means, then the check.</summary>
    public static (string English, string Chinese) Failed(DeclaredFinding finding, (string English, string Chinese) message) =>
        ($"{finding.EnglishName}: {message.English}", $"{finding.ChineseName}：{message.Chinese}");

    /// <summary>A higher level's version of the kind, run on the same inputs: consistent, or finding what the rule in force does not.</summary>
    public static (string English, string Chinese) AgainstHigher(Jurisdictions.Jurisdiction nearerAt, PolicyVersion nearer, Jurisdictions.Jurisdiction higherAt, PolicyVersion higher, IReadOnlyList<Assessments.Finding> beyond) =>
        beyond.Count == 0
            ? ($"{higher.RuleId} of {higherAt.EnglishName}, a higher level, finds nothing more on these inputs.", $"上级{higherAt.ChineseName}规则{higher.RuleId}对上述情形无其他认定。")
            : ($"The rule in force, {nearer.RuleId} of {nearerAt.EnglishName}, does not find what {higher.RuleId} of {higherAt.EnglishName}, a higher level, finds on these inputs: {string.Join("; ", beyond.Select(f => f.English))}. The nearer rule is applied, and the two should be reconciled.",
               $"适用的{nearerAt.ChineseName}规则{nearer.RuleId}未作出上级{higherAt.ChineseName}规则{higher.RuleId}对上述情形的认定：{string.Join("；", beyond.Select(f => f.Chinese))}。现按较近一级的规则执行，两者应予协调。");

    /// <summary>An input's value with the input's name, as the explanation lists it.</summary>
    public static (string English, string Chinese) Labelled(DeclaredInput input, string english, string chinese) =>
        ($"{input.EnglishName}: {english}", $"{input.ChineseName}：{chinese}");

    /// <summary>The result of an assessment, in both languages.</summary>
    public static (string English, string Chinese) Result(DeclaredKind kind, DeclaredOutcome outcome)
    {
        (string? English, string? Chinese) given = outcome.Value is { } value
            ? value.Kind == DeclaredValueKind.Text ? (value.Text, value.Text) : Quantity(value.RawNumber, 1m, outcome.Unit!.Value)
            : outcome.Due is { } due ? (KernelText.Date(due, ExplanationLanguage.English), KernelText.Date(due, ExplanationLanguage.Chinese)) : (null, null);
        var english = outcome.Holds ? $"{kind.EnglishName}: the rule holds" : string.Create(CultureInfo.InvariantCulture, $"{kind.EnglishName}: {outcome.Failures} check{(outcome.Failures == 1 ? string.Empty : "s")} not met ({outcome.Severity}), the first {outcome.Failure}");
        var chinese = outcome.Holds ? $"{kind.ChineseName}：符合规定" : string.Create(CultureInfo.InvariantCulture, $"{kind.ChineseName}：{outcome.Failures}项不符合规定，首项为{outcome.Failure}");
        return given.English is null ? (english + ".", chinese + "。") : ($"{english}; the outcome is {given.English}.", $"{chinese}；结果为{given.Chinese}。");
    }

    /// <summary>What is wrong with a number in a unit, or null: counts are whole and not negative, areas and amounts have at most two decimals, shares are from 0 to 1.</summary>
    public static string? ValueProblem(MeasureUnit unit, decimal value) => unit switch
    {
        _ when Math.Abs(value) > Primitives.Money.MaxYuan => string.Create(CultureInfo.InvariantCulture, $"expected at most {Primitives.Money.MaxYuan:0} in size"),
        MeasureUnit.Share when value is < 0m or > 1m => "expected a share from 0 to 1",
        MeasureUnit.SquareMetres or MeasureUnit.Yuan when value < 0m || decimal.Round(value, 2) != value => $"expected zero or more {(unit == MeasureUnit.Yuan ? "yuan" : "square metres")}, with at most two decimals",
        _ when DeclaredRule.IsCount(unit) && (value < 0m || decimal.Truncate(value) != value) => $"expected a whole number of {unit}, zero or more",
        _ => null,
    };

    /// <summary>Refuses a value given for a measured input that its unit does not take, naming the input.</summary>
    public static void CheckValue(DeclaredInput input, DeclaredValue value, string argument)
    {
        // The common case, a whole count written without decimals, is settled without decimal arithmetic.
        if (DeclaredRule.IsCount(input.Unit) && value.IsWholeNumber)
        {
            return;
        }

        if (!value.IsMade)
        {
            throw new ArgumentException($"{At(input, argument)} is the default DeclaredValue, which holds nothing; expected a value made by DeclaredValue.Of.", argument);
        }

        var expected = input.Unit switch
        {
            MeasureUnit.YesNo => DeclaredValueKind.YesNo,
            MeasureUnit.Date => DeclaredValueKind.Date,
            _ => DeclaredValueKind.Number,
        };
        if (value.Kind != expected)
        {
            throw new ArgumentException($"{At(input, argument)} is {value}, {Describe(value.Kind)}; \"{input.Name}\" ({input.EnglishName}) takes {Describe(expected)} in {input.Unit}.", argument);
        }

        if (expected == DeclaredValueKind.Number && ValueProblem(input.Unit, value.RawNumber) is { } problem)
        {
            throw new ArgumentOutOfRangeException(argument, value.RawNumber, $"{At(input, argument)} is {value}; {problem} ({input.EnglishName}).");
        }
    }

    /// <summary>Refuses a ratio whose part is negative or above its whole, naming both inputs.</summary>
    public static void CheckRatio(DeclaredKind kind, DeclaredKind.BoundInput ratio, ReadOnlySpan<DeclaredValue> values, string argument)
    {
        var first = kind.Bound[ratio.First];
        var second = kind.Bound[ratio.Second];
        var context = new DeclaredContext(values, kind, default, null);
        var part = first.Position >= 0 ? values[first.Position].RawNumber : context.Number(ratio.First);
        var whole = second.Position >= 0 ? values[second.Position].RawNumber : context.Number(ratio.Second);
        if (part < 0m || whole < 0m || part > whole)
        {
            throw new ArgumentOutOfRangeException(argument, $"{argument}: \"{kind.Inputs[ratio.First].Name}\" is {DeclaredRule.Number(part)} and \"{kind.Inputs[ratio.Second].Name}\" is {DeclaredRule.Number(whole)}; \"{ratio.Input.Name}\" is the first as a share of the second, so expected a part from zero to its whole.");
        }
    }

    private static string At(DeclaredInput input, string argument) => $"{argument}[{input.Name}]";

    private static string Describe(DeclaredValueKind kind) => kind switch
    {
        DeclaredValueKind.Number => "a number",
        DeclaredValueKind.YesNo => "a yes or no",
        DeclaredValueKind.Date => "a date",
        _ => "a text",
    };
}
