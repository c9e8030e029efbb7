using System.Globalization;
using Community.Domain.Assessments;
using Community.Domain.Explanations;
using Community.Domain.Primitives;

namespace Community.Domain.Grids;

/// <summary>Every phrase of grid findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class GridText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ExplanationStep Division(GridPolicy policy, GridPlan plan)
    {
        var count = plan.Households.Households;
        var range = Range(plan.MinimumGrids, plan.MaximumGrids);
        var (english, chinese) = count == 0
            ? ("With no households there is nothing to divide: no grids.", "没有住户,无需划分网格。")
            : policy.IsApproximate
                ? (string.Create(Invariant, $"Grids of about {policy.MinimumHouseholds} households: {count} ÷ {policy.MinimumHouseholds} = {count / (decimal)policy.MinimumHouseholds:0.##}, so the whole numbers nearest below and above, at least one: {range.English}."),
                   string.Create(Invariant, $"每格约{policy.MinimumHouseholds}户:{count}÷{policy.MinimumHouseholds}={count / (decimal)policy.MinimumHouseholds:0.##},取其上下相邻的整数(至少1个):{range.Chinese}。"))
                : (string.Create(Invariant, $"Grids of {policy.MinimumHouseholds} to {policy.MaximumHouseholds} households: {count} households need at least {count} ÷ {policy.MaximumHouseholds} rounded up and at most {count} ÷ {policy.MinimumHouseholds} rounded down, at least one: {range.English}."),
                   string.Create(Invariant, $"每格{policy.MinimumHouseholds}至{policy.MaximumHouseholds}户:{count}户至少需{count}÷{policy.MaximumHouseholds}向上取整个,至多{count}÷{policy.MinimumHouseholds}向下取整个(至少1个):{range.Chinese}。"));
        return new(ExplanationStepKind.Formula, english, chinese);
    }

    public static (string English, string Chinese) PlanResult(GridPlan plan)
    {
        var grids = Range(plan.MinimumGrids, plan.MaximumGrids);
        var managers = ManagerRange(plan);
        return ($"{grids.English}, with {managers.English} grid managers", $"{grids.Chinese},网格员{managers.Chinese}");
    }

    public static (string English, string Chinese) AssessmentResult(GridAssessment assessment) => assessment.IsCompliant
        ? ("compliant", "符合规定")
        : (string.Create(Invariant, $"not compliant: {assessment.Findings.Length} finding(s)"), string.Create(Invariant, $"不符合规定:{assessment.Findings.Length}项"));

    public static (string English, string Chinese) Grids(int grids) =>
        (string.Create(Invariant, $"{grids} grids"), string.Create(Invariant, $"{grids}个网格"));

    public static (string English, string Chinese) Managers(int managers) =>
        (string.Create(Invariant, $"{managers} grid managers"), string.Create(Invariant, $"网格员{managers}名"));

    public static (string English, string Chinese) GridsAgainstPlan(int grids, HouseholdCount households, GridPlan plan)
    {
        var range = Range(plan.MinimumGrids, plan.MaximumGrids);
        return (string.Create(Invariant, $"The community has {grids} grids; its {households} call for {range.English}."),
            string.Create(Invariant, $"社区划分网格{grids}个;按其{households.Households}户应为{range.Chinese}。"));
    }

    public static (string English, string Chinese) ManagersAgainstPlan(int managers, GridPlan plan)
    {
        var range = ManagerRange(plan);
        return (string.Create(Invariant, $"The community has {managers} grid managers; its grids call for {range.English}."),
            string.Create(Invariant, $"社区配备网格员{managers}名;按网格数应为{range.Chinese}。"));
    }

    private static (string English, string Chinese) Range(int fewest, int most) => Range(fewest, most, " grids", "个网格");

    private static (string English, string Chinese) ManagerRange(GridPlan plan) =>
        plan.MaximumManagers is { } most
            ? Range(plan.MinimumManagers, most, string.Empty, "名")
            : (string.Create(Invariant, $"{plan.MinimumManagers} or more"), string.Create(Invariant, $"{plan.MinimumManagers}名以上"));

    private static (string English, string Chinese) Range(int fewest, int most, string englishUnit, string chineseUnit) =>
        fewest == most
            ? (string.Create(Invariant, $"{fewest}{englishUnit}"), string.Create(Invariant, $"{fewest}{chineseUnit}"))
            : (string.Create(Invariant, $"{fewest} to {most}{englishUnit}"), string.Create(Invariant, $"{fewest}至{most}{chineseUnit}"));

    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) Milestone(CoverageMilestone milestone, Primitives.Proportion? coverage, bool met)
    {
        var (whoEn, whoZh) = milestone.Setting == Communities.CommunitySetting.Town ? ("town communities", "城镇社区") : ("urban communities", "城区社区");
        var percent = milestone.Share.Percent.ToString("0.##", CultureInfo.InvariantCulture);
        var due = string.Create(CultureInfo.InvariantCulture, $"{milestone.Due:yyyy-MM-dd}");
        var dueZh = KernelText.Date(milestone.Due, ExplanationLanguage.Chinese);
        var atLeastEn = milestone.Share.IsStrict ? "more than" : "at least";
        var atLeastZh = milestone.Share.IsStrict ? "超过" : "达到";
        if (coverage is not { } c)
        {
            return ($"By {due}, {atLeastEn} {percent}% of {whoEn} are to be under grid management; no coverage of {whoEn} is recorded.",
                $"至{dueZh},{whoZh}网格化管理覆盖率应{atLeastZh}{percent}%;记录中没有{whoZh}的覆盖情况。");
        }

        var found = string.Create(CultureInfo.InvariantCulture, $"{c.Part} of {c.Whole}");
        var foundZh = string.Create(CultureInfo.InvariantCulture, $"{c.Whole}个中{c.Part}个");
        return ($"By {due}, {atLeastEn} {percent}% of {whoEn} are to be under grid management; {found} are{(met ? ", which reaches it." : ", which falls short.")}",
            $"至{dueZh},{whoZh}网格化管理覆盖率应{atLeastZh}{percent}%;现为{foundZh}{(met ? ",已达到。" : ",未达到。")}");
    }

    public static (string English, string Chinese) Coverage(GridCoverage coverage)
    {
        static string Of(Primitives.Proportion? share, string none) => share is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s.Part} of {s.Whole}") : none;
        static string OfZh(Primitives.Proportion? share) => share is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s.Whole}个中{s.Part}个") : "未记录";
        return ($"urban communities under grid management: {Of(coverage.Urban, "not recorded")}; town communities: {Of(coverage.Town, "not recorded")}",
            $"城区社区网格化管理:{OfZh(coverage.Urban)};城镇社区:{OfZh(coverage.Town)}");
    }

    public static (string English, string Chinese) NotYetDue(CoverageMilestone milestone, NodaTime.LocalDate asOf)
    {
        var (english, chinese) = Milestone(milestone, null, false);
        return (english[..(english.IndexOf(';', StringComparison.Ordinal) + 1)] + string.Create(CultureInfo.InvariantCulture, $" on {asOf:yyyy-MM-dd} it is not yet due."),
            chinese[..(chinese.IndexOf(';', StringComparison.Ordinal) + 1)] + $"截至{KernelText.Date(asOf, ExplanationLanguage.Chinese)}尚未到期。");
    }

    public static (string English, string Chinese) CoverageResult(GridCoverageAssessment assessment) => assessment.IsCompliant
        ? (string.Create(CultureInfo.InvariantCulture, $"every milestone due is reached ({assessment.Findings.Length} note(s))"), string.Create(CultureInfo.InvariantCulture, $"到期目标均已达到(提示{assessment.Findings.Length}条)"))
        : (string.Create(CultureInfo.InvariantCulture, $"{assessment.Findings.ErrorCount()} milestone(s) due are missed"), string.Create(CultureInfo.InvariantCulture, $"{assessment.Findings.ErrorCount()}项到期目标未达到"));

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "grids.size" => ("grid size", "网格划分标准"),
        "grids.coverage" => ("grid coverage target", "网格化管理覆盖目标"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };
}
