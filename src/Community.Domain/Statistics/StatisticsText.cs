using System.Globalization;

namespace Community.Domain.Statistics;

/// <summary>Every phrase of statistics checks, in English and Chinese, kept in one place.</summary>
internal static class StatisticsText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "statistics.communities" => ("community statistics", "社区基本情况统计"),
        _ => ("community workforce statistics", "社区工作者队伍统计"),
    };

    public static (string English, string Chinese) Breakdown(StatisticalTotal total, StatisticalBreakdown breakdown)
    {
        var english = string.Join(" + ", breakdown.Parts.Select(p => string.Create(Invariant, $"{p.Value} ({p.English})")));
        var chinese = string.Join("+", breakdown.Parts.Select(p => string.Create(Invariant, $"{p.Chinese}{p.Value}")));
        var adds = breakdown.Sum == total.Value;
        return adds
            ? (string.Create(Invariant, $"{total.English} {breakdown.English}: {english} = {breakdown.Sum}, the {total.Value} reported."),
               string.Create(Invariant, $"{total.Chinese}{breakdown.Chinese}:{chinese}={breakdown.Sum},与所报{total.Value}相符。"))
            : (string.Create(Invariant, $"{total.English} {breakdown.English}: {english} = {breakdown.Sum}, not the {total.Value} reported ({Difference(breakdown.Sum - total.Value)})."),
               string.Create(Invariant, $"{total.Chinese}{breakdown.Chinese}:{chinese}={breakdown.Sum},与所报{total.Value}不符({DifferenceZh(breakdown.Sum - total.Value)})。"));
    }

    public static (string English, string Chinese) Result(StatisticsCheck check) => check.IsConsistent
        ? (string.Create(Invariant, $"all {check.BreakdownsChecked} breakdowns add up"), string.Create(Invariant, $"{check.BreakdownsChecked}组分项数据均相符"))
        : (string.Create(Invariant, $"{check.Findings.Length} of {check.BreakdownsChecked} breakdowns do not add up"), string.Create(Invariant, $"{check.BreakdownsChecked}组分项数据中{check.Findings.Length}组不相符"));

    private static string Difference(long difference) =>
        difference > 0 ? string.Create(Invariant, $"{difference} more") : string.Create(Invariant, $"{-difference} fewer");

    private static string DifferenceZh(long difference) =>
        difference > 0 ? string.Create(Invariant, $"多{difference}") : string.Create(Invariant, $"少{-difference}");
}
