using System.Globalization;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Explanations;

/// <summary>How a <see cref="CountFormula"/> is described and its computation narrated, in English and Chinese, in the unit its policy declares.</summary>
internal static class FormulaText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A number of units: "1234 households", "1234户".</summary>
    public static string Units(long count, CountUnit unit, ExplanationLanguage language) => language == ExplanationLanguage.Chinese
        ? string.Create(Invariant, $"{count}{UnitName(unit, language)}")
        : string.Create(Invariant, $"{count} {(count == 1 ? Singular(unit) : UnitName(unit, language))}");

    /// <summary>The unit's name: "households", "户".</summary>
    public static string UnitName(CountUnit unit, ExplanationLanguage language) => (unit, language) switch
    {
        (CountUnit.Households, ExplanationLanguage.Chinese) => "户",
        (_, ExplanationLanguage.Chinese) => "人",
        (CountUnit.Households, _) => "households",
        _ => "residents",
    };

    /// <summary>Describes a formula: "1 per 250 households, rounded up, at least 6, at most 15".</summary>
    public static string Describe(CountFormula formula, CountUnit unit, ExplanationLanguage language)
    {
        var zh = language == ExplanationLanguage.Chinese;
        return formula switch
        {
            CountFormula.FixedNode f => zh ? string.Create(Invariant, $"固定为{f.Value}") : string.Create(Invariant, $"a fixed {f.Value}"),
            CountFormula.PerUnitsNode p => zh
                ? string.Create(Invariant, $"每{Units(p.Units, unit, language)}计{p.PerCount}({Rounding(p.Rounding, language)})")
                : string.Create(Invariant, $"{p.PerCount} per {Units(p.Units, unit, language)}, {Rounding(p.Rounding, language)}"),
            CountFormula.SteppedNode s => zh
                ? string.Create(Invariant, $"前{Units(s.FirstUnits, unit, language)}计{s.BaseCount},此后每{Units(s.StepUnits, unit, language)}增1({Rounding(s.Rounding, language)})")
                : string.Create(Invariant, $"{s.BaseCount} for the first {Units(s.FirstUnits, unit, language)}, plus 1 per further {Units(s.StepUnits, unit, language)}, {Rounding(s.Rounding, language)}"),
            CountFormula.ChoiceNode c => zh
                ? $"{Describe(c.First, unit, language)}与{Describe(c.Second, unit, language)}两者取{(c.IsLarger ? "大" : "小")}"
                : $"the {(c.IsLarger ? "larger" : "smaller")} of ({Describe(c.First, unit, language)}) and ({Describe(c.Second, unit, language)})",
            CountFormula.BoundedNode b => Describe(b.Inner, unit, language)
                + (b.Minimum is { } min ? zh ? string.Create(Invariant, $",不少于{min}") : string.Create(Invariant, $", at least {min}") : string.Empty)
                + (b.Maximum is { } max ? zh ? string.Create(Invariant, $",不超过{max}") : string.Create(Invariant, $", at most {max}") : string.Empty),
            CountFormula.BandedNode d => zh
                ? string.Create(Invariant, $"按{UnitName(unit, language)}数分{d.Bands.Bands.Length}档计算")
                : string.Create(Invariant, $"by {d.Bands.Bands.Length} bands of {UnitName(unit, language)}"),
            _ => formula.ToString(),
        };
    }

    /// <summary>Narrates the computation of a formula for a number of units, one step per part, ending with the count.</summary>
    public static void Narrate(CountFormula formula, CountUnit unit, long units, List<ExplanationStep> steps)
    {
        switch (formula)
        {
            case CountFormula.FixedNode f:
                steps.Add(Step(string.Create(Invariant, $"A fixed count: {f.Value}."), string.Create(Invariant, $"固定计数:{f.Value}。")));
                break;
            case CountFormula.PerUnitsNode { PerCount: 1 } p:
                steps.Add(Step(
                    $"1 per {Units(p.Units, unit, ExplanationLanguage.English)}: {Division(units, p.Units, p.Rounding, ExplanationLanguage.English)}.",
                    $"每{Units(p.Units, unit, ExplanationLanguage.Chinese)}计1:{Division(units, p.Units, p.Rounding, ExplanationLanguage.Chinese)}。"));
                break;
            case CountFormula.PerUnitsNode p:
                var product = (Int128)units * p.PerCount;
                steps.Add(Step(
                    string.Create(Invariant, $"{p.PerCount} per {Units(p.Units, unit, ExplanationLanguage.English)}: {units} × {p.PerCount} = {product}; {Division(product, p.Units, p.Rounding, ExplanationLanguage.English)}."),
                    string.Create(Invariant, $"每{Units(p.Units, unit, ExplanationLanguage.Chinese)}计{p.PerCount}:{units}×{p.PerCount}={product};{Division(product, p.Units, p.Rounding, ExplanationLanguage.Chinese)}。")));
                break;
            case CountFormula.SteppedNode s when units <= s.FirstUnits:
                steps.Add(Step(
                    string.Create(Invariant, $"{Units(units, unit, ExplanationLanguage.English)} is within the first {Units(s.FirstUnits, unit, ExplanationLanguage.English)}, which count {s.BaseCount}."),
                    string.Create(Invariant, $"{Units(units, unit, ExplanationLanguage.Chinese)}未超过前{Units(s.FirstUnits, unit, ExplanationLanguage.Chinese)},计{s.BaseCount}。")));
                break;
            case CountFormula.SteppedNode s:
                var beyond = units - s.FirstUnits;
                var further = CountFormula.Divide(beyond, s.StepUnits, s.Rounding);
                steps.Add(Step(
                    string.Create(Invariant, $"The first {Units(s.FirstUnits, unit, ExplanationLanguage.English)} count {s.BaseCount}; the further {Units(beyond, unit, ExplanationLanguage.English)} at 1 per {Units(s.StepUnits, unit, ExplanationLanguage.English)}: {Division(beyond, s.StepUnits, s.Rounding, ExplanationLanguage.English)}; {s.BaseCount} + {further} = {s.BaseCount + further}."),
                    string.Create(Invariant, $"前{Units(s.FirstUnits, unit, ExplanationLanguage.Chinese)}计{s.BaseCount};超出的{Units(beyond, unit, ExplanationLanguage.Chinese)}按每{Units(s.StepUnits, unit, ExplanationLanguage.Chinese)}增1:{Division(beyond, s.StepUnits, s.Rounding, ExplanationLanguage.Chinese)};{s.BaseCount}+{further}={s.BaseCount + further}。")));
                break;
            case CountFormula.ChoiceNode c:
                Narrate(c.First, unit, units, steps);
                Narrate(c.Second, unit, units, steps);
                var (a, b) = (c.First.Count(units), c.Second.Count(units));
                steps.Add(Step(
                    string.Create(Invariant, $"The {(c.IsLarger ? "larger" : "smaller")} of {a} and {b}: {c.Count(units)}."),
                    string.Create(Invariant, $"{a}与{b}两者取{(c.IsLarger ? "大" : "小")}:{c.Count(units)}。")));
                break;
            case CountFormula.BoundedNode bounded:
                Narrate(bounded.Inner, unit, units, steps);
                Bounds(bounded, bounded.Inner.Count(units), steps);
                break;
            case CountFormula.BandedNode banded:
                var hit = banded.Bands.Hit(units);
                var band = banded.Bands.Bands[hit.Listed];
                var place = KernelText.Place(band, hit.Listed, banded.Bands.Bands.Length, q => Units(q, unit, ExplanationLanguage.English), q => Units(q, unit, ExplanationLanguage.Chinese));
                steps.Add(KernelText.BandMatched(
                    place,
                    Units(units, unit, ExplanationLanguage.English),
                    Units(units, unit, ExplanationLanguage.Chinese),
                    Describe(band.Value, unit, ExplanationLanguage.English),
                    Describe(band.Value, unit, ExplanationLanguage.Chinese)));
                if (hit.IsDecidedByFirstListedWins)
                {
                    var tied = KernelText.Place(banded.Bands.Bands[hit.Tied], hit.Tied, banded.Bands.Bands.Length, q => Units(q, unit, ExplanationLanguage.English), q => Units(q, unit, ExplanationLanguage.Chinese));
                    steps.Add(KernelText.FirstListedWins(tied, Units(units, unit, ExplanationLanguage.English), Units(units, unit, ExplanationLanguage.Chinese)));
                }

                Narrate(band.Value, unit, units, steps);
                break;
        }
    }

    private static void Bounds(CountFormula.BoundedNode bounded, int count, List<ExplanationStep> steps)
    {
        if (bounded.Minimum is { } min && count < min)
        {
            steps.Add(Step(string.Create(Invariant, $"At least {min}: {count} is raised to {min}."), string.Create(Invariant, $"不少于{min}:{count}提高到{min}。")));
        }
        else if (bounded.Maximum is { } max && count > max)
        {
            steps.Add(Step(string.Create(Invariant, $"At most {max}: {count} is lowered to {max}."), string.Create(Invariant, $"不超过{max}:{count}降为{max}。")));
        }
        else
        {
            var english = string.Join(" and ", new[] { bounded.Minimum is { } lo ? string.Create(Invariant, $"at least {lo}") : null, bounded.Maximum is { } hi ? string.Create(Invariant, $"at most {hi}") : null }.OfType<string>());
            var chinese = string.Join(",", new[] { bounded.Minimum is { } lo2 ? string.Create(Invariant, $"不少于{lo2}") : null, bounded.Maximum is { } hi2 ? string.Create(Invariant, $"不超过{hi2}") : null }.OfType<string>());
            steps.Add(Step(string.Create(Invariant, $"{count} is {english}: it stands."), string.Create(Invariant, $"{count}符合{chinese}的要求,维持不变。")));
        }
    }

    private static string Division(Int128 units, long per, RoundingMode rounding, ExplanationLanguage language)
    {
        var (quotient, remainder) = Int128.DivRem(units, per);
        var result = CountFormula.Divide(units, per, rounding);
        return language == ExplanationLanguage.Chinese
            ? remainder == 0
                ? string.Create(Invariant, $"{units}÷{per}={quotient}")
                : string.Create(Invariant, $"{units}÷{per}={quotient}余{remainder},{Rounding(rounding, language)}为{result}")
            : remainder == 0
                ? string.Create(Invariant, $"{units} ÷ {per} = {quotient}")
                : string.Create(Invariant, $"{units} ÷ {per} = {quotient} remainder {remainder}, {Rounding(rounding, language)}: {result}");
    }

    private static string Rounding(RoundingMode rounding, ExplanationLanguage language) => (rounding, language) switch
    {
        (RoundingMode.Up, ExplanationLanguage.Chinese) => "不足1个单位按1计,向上取整",
        (RoundingMode.Down, ExplanationLanguage.Chinese) => "不足1个单位不计,向下取整",
        (_, ExplanationLanguage.Chinese) => "四舍五入",
        (RoundingMode.Up, _) => "rounded up (a part counts as one)",
        (RoundingMode.Down, _) => "rounded down (only whole ones count)",
        _ => "rounded to the nearest (half up)",
    };

    private static string Singular(CountUnit unit) => unit == CountUnit.Households ? "household" : "resident";

    private static ExplanationStep Step(string english, string chinese) => new(ExplanationStepKind.Formula, english, chinese);
}
