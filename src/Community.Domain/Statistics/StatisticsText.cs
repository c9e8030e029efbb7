using System.Globalization;

namespace Community.Domain.Statistics;

/// <summary>Every phrase of statistics checks, in English and Chinese, kept in one place.</summary>
internal static class StatisticsText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "statistics.communities" => ("community statistics", "社区基本情况统计"),
        "statistics.outcomes" => ("reported case outcomes", "办件成效统计"),
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

    public static (string English, string Chinese) Rate(StatisticalRate rate)
    {
        var counts = rate.Counts!.Value;
        var whole = rate.WholeIsApproximate ? string.Create(Invariant, $"more than {counts.Whole}") : string.Create(Invariant, $"{counts.Whole}");
        var wholeZh = rate.WholeIsApproximate ? string.Create(Invariant, $"{counts.Whole}余") : string.Create(Invariant, $"{counts.Whole}");
        if (counts.IsEmpty)
        {
            return (string.Create(Invariant, $"{rate.English}: {counts.Part} of {whole}, which gives no rate."),
                string.Create(Invariant, $"{rate.Chinese}:{wholeZh}件中{counts.Part}件,无从计算比率。"));
        }

        var exact = counts.RoundedPercent(4).ToString("0.####", Invariant);
        var bound = rate.WholeIsApproximate ? " at most" : string.Empty;
        var boundZh = rate.WholeIsApproximate ? "至多" : string.Empty;
        if (rate.ReportedPercent is not { } reported)
        {
            return (string.Create(Invariant, $"{rate.English}: {counts.Part} of {whole} is{bound} {exact}%; the source states no rate."),
                string.Create(Invariant, $"{rate.Chinese}:{wholeZh}件中{counts.Part}件,{boundZh}为{exact}%;原文未报比率。"));
        }

        var rounded = counts.RoundedPercent(rate.Decimals).ToString("F" + rate.Decimals.ToString(Invariant), Invariant);
        return counts.IsReportedAs(reported, rate.Decimals)
            ? (string.Create(Invariant, $"{rate.English}: {counts.Part} of {whole} is{bound} {exact}%, {rounded}% to {Places(rate.Decimals)}, as reported."),
               string.Create(Invariant, $"{rate.Chinese}:{wholeZh}件中{counts.Part}件,{boundZh}为{exact}%,{PlacesZh(rate.Decimals)}为{rounded}%,与所报相符。"))
            : (string.Create(Invariant, $"{rate.English}: {counts.Part} of {whole} is{bound} {exact}%, {rounded}% to {Places(rate.Decimals)}, not the {reported}% reported."),
               string.Create(Invariant, $"{rate.Chinese}:{wholeZh}件中{counts.Part}件,{boundZh}为{exact}%,{PlacesZh(rate.Decimals)}为{rounded}%,与所报{reported}%不符。"));
    }

    public static (string English, string Chinese) RateWithoutCounts(StatisticalRate rate) => (
        string.Create(Invariant, $"{rate.English}: reported as {rate.ReportedPercent}% with no counts, so it cannot be checked."),
        string.Create(Invariant, $"{rate.Chinese}:原文报为{rate.ReportedPercent}%,未给出件数,无从核对。"));

    public static (string English, string Chinese) Result(StatisticsCheck check)
    {
        var (breakdowns, rates) = (check.BreakdownsChecked, check.RatesChecked);
        var (wrongSums, wrongRates) = (Count(check, StatisticsFindingCodes.BreakdownDoesNotAddUp), Count(check, StatisticsFindingCodes.RateDoesNotMatch));
        var english = new List<string>();
        var chinese = new List<string>();
        if (breakdowns > 0)
        {
            english.Add(wrongSums == 0 ? string.Create(Invariant, $"all {breakdowns} breakdowns add up") : string.Create(Invariant, $"{wrongSums} of {breakdowns} breakdowns do not add up"));
            chinese.Add(wrongSums == 0 ? string.Create(Invariant, $"{breakdowns}组分项数据均相符") : string.Create(Invariant, $"{breakdowns}组分项数据中{wrongSums}组不相符"));
        }

        if (rates > 0)
        {
            english.Add(wrongRates == 0 ? string.Create(Invariant, $"no rate contradicts its counts ({rates} reported)") : string.Create(Invariant, $"{wrongRates} of {rates} rates do not match their counts"));
            chinese.Add(wrongRates == 0 ? string.Create(Invariant, $"所报{rates}个比率无与件数矛盾者") : string.Create(Invariant, $"{rates}个比率中{wrongRates}个与件数不符"));
        }

        return (string.Join("; ", english), string.Join(";", chinese));
    }

    private static int Count(StatisticsCheck check, Assessments.FindingCode code)
    {
        var count = 0;
        foreach (var finding in check.Findings)
        {
            count += finding.Code == code ? 1 : 0;
        }

        return count;
    }

    private static string Places(int decimals) => decimals switch
    {
        0 => "a whole percent",
        1 => "one decimal",
        _ => string.Create(Invariant, $"{decimals} decimals"),
    };

    private static string PlacesZh(int decimals) => decimals == 0 ? "取整" : string.Create(Invariant, $"保留{decimals}位小数");

    private static string Difference(long difference) =>
        difference > 0 ? string.Create(Invariant, $"{difference} more") : string.Create(Invariant, $"{-difference} fewer");

    private static string DifferenceZh(long difference) =>
        difference > 0 ? string.Create(Invariant, $"多{difference}") : string.Create(Invariant, $"少{-difference}");
}
