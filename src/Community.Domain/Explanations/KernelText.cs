using System.Globalization;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Explanations;

/// <summary>Every phrase of the kernel's explanations (dates, quantities, periods, resolution, bands, headings), in English and Chinese, kept in one place; each module keeps its own phrases in its own text file.</summary>
internal static class KernelText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(LocalDate date, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? date.ToString("uuuu'年'M'月'd'日'", Invariant)
            : date.ToString("uuuu-MM-dd", Invariant);

    public static string Jurisdiction(Jurisdiction jurisdiction, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? $"{jurisdiction.ChineseName}({jurisdiction.Code})"
            : $"{jurisdiction.EnglishName} ({jurisdiction.Code})";

    public static string Period(EffectivePeriod period, ExplanationLanguage language)
    {
        var chinese = language == ExplanationLanguage.Chinese;
        var start = period.Start is { } s
            ? chinese ? $"自{Date(s, language)}起" : $"from {Date(s, language)}"
            : chinese ? "起始日期来源未载明" : "from a start the source does not state";
        var end = period.EndExclusive is { } e
            ? chinese ? $",至{Date(e, language)}前(不含当日)" : $", until before {Date(e, language)} (that day excluded)"
            : chinese ? ",无截止日期" : ", with no end date";
        return start + end;
    }

    public static string Population(Population population, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? string.Create(Invariant, $"{population.Residents}人")
            : string.Create(Invariant, $"{population.Residents} residents");

    public static string Households(HouseholdCount households, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? string.Create(Invariant, $"{households.Households}户")
            : string.Create(Invariant, $"{households.Households} households");

    public static string Area(Area area, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? area.SquareMetres.ToString("0.##########", Invariant) + "平方米"
            : area.ToString();

    public static string Money(Money money, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? Primitives.Money.Display(money.Yuan) + "元"
            : Primitives.Money.Display(money.Yuan) + " yuan";

    public static string AnnualMoney(Money money, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? "每年" + Money(money, language)
            : Money(money, language) + " a year";

    public static string Quantity<TQuantity>(TQuantity quantity, ExplanationLanguage language)
        where TQuantity : struct, IComparable<TQuantity> => quantity switch
        {
            Population p => Population(p, language),
            HouseholdCount h => Households(h, language),
            Area a => Area(a, language),
            Money m => Money(m, language),
            _ => quantity.ToString() ?? string.Empty,
        };

    public static ExplanationStep Resolution(PolicyVersion version, ExplanationText definedAt) => new(
        ExplanationStepKind.Resolution,
        $"The version in force is defined by {definedAt.English}, in force {Period(version.Period, ExplanationLanguage.English)}.",
        $"适用的版本由{definedAt.Chinese}规定,有效期{Period(version.Period, ExplanationLanguage.Chinese)}。");

    public static ExplanationStep Inheritance(ExplanationText requested, ExplanationText definedAt, LocalDate asOf) => new(
        ExplanationStepKind.Inheritance,
        $"{requested.English} and any levels between set no version in force on {Date(asOf, ExplanationLanguage.English)}, so it inherits the version of {definedAt.English}.",
        $"{requested.Chinese}及其间各级在{Date(asOf, ExplanationLanguage.Chinese)}均无有效版本,故沿用上级{definedAt.Chinese}的规定。");

    public static ExplanationStep BandMatched(BandPlace place, string englishQuantity, string chineseQuantity, string englishValue, string chineseValue) => new(
        ExplanationStepKind.Band,
        string.Concat([englishQuantity, " falls in ", place.English, ", which gives ", englishValue, "."]),
        string.Concat([chineseQuantity, "落在", place.Chinese, ",对应", chineseValue, "。"]));

    public static ExplanationStep FirstListedWins(BandPlace tied, string englishQuantity, string chineseQuantity) => new(
        ExplanationStepKind.BoundaryReading,
        string.Concat(englishQuantity, " is also included by ", tied.EnglishAsTie, ": both bands include this boundary value, and under the boundary convention the band the source lists first wins."),
        string.Concat(chineseQuantity, "同时属于", tied.ChineseAsTie, ":两档都包含这一边界值,按边界约定取原文先列出的一档。"));

    public static string Heading(ExplanationLanguage language, string part) => (language, part) switch
    {
        (ExplanationLanguage.Chinese, "inputs") => "输入:",
        (ExplanationLanguage.Chinese, "no-inputs") => "无(仅依政策本身)",
        (ExplanationLanguage.Chinese, "steps") => "步骤:",
        (ExplanationLanguage.Chinese, "result") => "结果:",
        (ExplanationLanguage.Chinese, "sources") => "依据:",
        (ExplanationLanguage.Chinese, "no-sources") => "  (定义者未注明出处)",
        (ExplanationLanguage.Chinese, "separator") => ";",
        (ExplanationLanguage.Chinese, "comma") => ",",
        (_, "inputs") => "Inputs: ",
        (_, "no-inputs") => "none (the policy alone)",
        (_, "steps") => "Steps:",
        (_, "result") => "Result: ",
        (_, "sources") => "Sources:",
        (_, "no-sources") => "  (the definer cited no source)",
        (_, "separator") => "; ",
        _ => ", ",
    };

    public static ExplanationStep Proposed(PolicyVersion version) => new(
        ExplanationStepKind.Remark,
        $"{version.RuleId} is a proposal, not a rule in force: this answer says what the proposal would give.",
        $"{version.RuleId}为建议,尚未施行:以下结果为按该建议测算。");

    public static ExplanationStep OutsideCoverage(PolicyVersion version, Citation source, LocalDate asOf)
    {
        string Span(ExplanationLanguage language)
        {
            var from = source.CoversFrom is { } first ? Date(first, language) : null;
            var until = source.CoversUntil is { } last ? Date(last, language) : null;
            return language == ExplanationLanguage.Chinese
                ? (from, until) switch
                {
                    (null, _) => $"{until}以前",
                    (_, null) => $"{from}以后",
                    _ => $"{from}至{until}",
                }
                : (from, until) switch
                {
                    (null, _) => $"up to {until}",
                    (_, null) => $"{from} onwards",
                    _ => $"{from} to {until}",
                };
        }

        return new(
            ExplanationStepKind.Remark,
            $"The source of {version.RuleId} speaks for {Span(ExplanationLanguage.English)}; {Date(asOf, ExplanationLanguage.English)} is outside that, so this answer carries the rule beyond what its source covers.",
            $"{version.RuleId}的来源文件所述时段为{Span(ExplanationLanguage.Chinese)};{Date(asOf, ExplanationLanguage.Chinese)}不在其内,以下结果系将该规则延伸适用于来源文件未涉及的日期。");
    }

    public static ExplanationStep Condition(bool holds, string english, string chinese) =>
        new(ExplanationStepKind.Condition, (holds ? "Holds: " : "Fails: ") + english, (holds ? "符合:" : "不符合:") + chinese);

    public static ExplanationStep AlsoApplies(PolicyVersion version, ExplanationStep resolved) => new(
        ExplanationStepKind.Resolution,
        $"{version.RuleId} ({version.Kind.EnglishName}) also applies. {resolved.English}",
        $"{version.RuleId}({version.Kind.ChineseName})同时适用。{resolved.Chinese}");

    public static ExplanationText Kind(PolicyKind kind) => new(kind.Name, kind.EnglishName, kind.ChineseName);

    public static ExplanationText Jurisdiction(Jurisdiction jurisdiction) =>
        new(jurisdiction.Code.ToString(), Jurisdiction(jurisdiction, ExplanationLanguage.English), Jurisdiction(jurisdiction, ExplanationLanguage.Chinese));

    /// <summary>Names a band by its listed position, its source text and its interval, in both languages, as matched and as the tied band.</summary>
    public static BandPlace Place<TQuantity, TValue>(Band<TQuantity, TValue> band, int listed, int count)
        where TQuantity : struct, IComparable<TQuantity> =>
        Place(band, listed, count, static q => Quantity(q, ExplanationLanguage.English), static q => Quantity(q, ExplanationLanguage.Chinese));

    /// <summary>Names a band as <see cref="Place{TQuantity, TValue}(Band{TQuantity, TValue}, int, int)"/> does, printing its bounds as the caller says (in the unit of a formula's policy).</summary>
    public static BandPlace Place<TQuantity, TValue>(Band<TQuantity, TValue> band, int listed, int count, Func<TQuantity, string> english, Func<TQuantity, string> chinese)
        where TQuantity : struct, IComparable<TQuantity>
    {
        var number = (listed + 1).ToString(Invariant);
        var englishLabel = $"{SourceText(band, ExplanationLanguage.English)}, {band.FormatInterval(english)}";
        var chineseLabel = $"{SourceText(band, ExplanationLanguage.Chinese)},区间{band.FormatInterval(chinese)}";
        return new(
            string.Create(Invariant, $"band {number} of {count}{englishLabel}"),
            string.Create(Invariant, $"第{number}档(共{count}档){chineseLabel}"),
            $"band {number}{englishLabel}",
            $"第{number}档{chineseLabel}");
    }

    private static string SourceText<TQuantity, TValue>(Band<TQuantity, TValue> band, ExplanationLanguage language)
        where TQuantity : struct, IComparable<TQuantity> =>
        band.SourceText is null ? string.Empty : language == ExplanationLanguage.Chinese ? $"“{band.SourceText}”" : $" (\"{band.SourceText}\")";
}
