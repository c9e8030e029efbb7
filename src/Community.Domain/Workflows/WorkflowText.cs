using System.Globalization;
using Community.Domain.Explanations;
using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>Every phrase of workflow explanations and findings, in English and Chinese, kept in one place.</summary>
internal static class WorkflowText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "workflows.grid-events" => ("grid event handling", "网格事件处理"),
        "workflows.residents-matters" => ("matters residents raise", "居民说事"),
        "workflows.petitions" => ("petitions", "信访接访"),
        _ => ("duties of presence", "三必到五必访"),
    };

    public static (string English, string Chinese) Steps(WorkflowDefinition workflow) => (
        $"The workflow of {workflow.English} runs: {string.Join(" → ", workflow.Steps.Select(s => s.English))}; a case counts as closed at \"{workflow.ClosingStep.English}\".",
        $"{workflow.Chinese}流程为:{string.Join("→", workflow.Steps.Select(s => s.Chinese))};进入“{workflow.ClosingStep.Chinese}”即为办结。");

    public static (string English, string Chinese) Bound(MatterSize size, HandlingLevel within) => (
        $"A {(size == MatterSize.Small ? "small" : "large")} matter is handled no higher than the {Level(within).English} level.",
        $"{(size == MatterSize.Small ? "小事" : "大事")}不出{Level(within).Chinese}。");

    public static (string English, string Chinese) AlsoCalled(WorkflowStep step) => (
        $"The sources name the step \"{step.English}\" two ways: {step.Chinese} and {step.AlsoCalled}.",
        $"原文对该环节有两种表述:“{step.Chinese}”与“{step.AlsoCalled}”。");

    public static (string English, string Chinese) Opened(WorkflowCase opened) => (
        $"case {opened.Id} opened at \"{opened.Step.English}\" on {opened.EnteredOn.ToString("yyyy-MM-dd", Invariant)}",
        $"案件{opened.Id}于{KernelText.Date(opened.EnteredOn, ExplanationLanguage.Chinese)}进入“{opened.Step.Chinese}”");

    public static (string English, string Chinese) Size(MatterSize size) =>
        size == MatterSize.Small ? ("small matter", "小事") : ("large matter", "大事");

    public static (string English, string Chinese) Event(DutyEvent happened, bool met) => (
        string.Create(Invariant, $"Cadres must attend every event of the kind \"{happened.Occasion.English}\": event {happened.Id} on {happened.On:yyyy-MM-dd} was {(met ? "attended" : "not attended")}."),
        string.Create(Invariant, $"有{happened.Occasion.Chinese}必到:{KernelText.Date(happened.On, ExplanationLanguage.Chinese)}事件{happened.Id}{(met ? "已到场" : "未到场")}。"));

    public static (string English, string Chinese) Household(DutyHousehold home, DateInterval period, bool met)
    {
        var span = string.Create(Invariant, $"{period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}");
        var spanZh = string.Create(Invariant, $"{KernelText.Date(period.Start, ExplanationLanguage.Chinese)}至{KernelText.Date(period.End, ExplanationLanguage.Chinese)}");
        if (home.LastVisitedOn is not { } day)
        {
            return (string.Create(Invariant, $"Cadres must visit every household of the kind \"{home.Occasion.English}\": household {home.Id} was never visited from {span}."),
                string.Create(Invariant, $"{home.Occasion.Chinese}必访:住户{home.Id}在{spanZh}期间从未走访。"));
        }

        return (
            string.Create(Invariant, $"Cadres must visit every household of the kind \"{home.Occasion.English}\": household {home.Id} was last visited on {day:yyyy-MM-dd}, {(met ? "within" : "outside")} the period from {span}."),
            string.Create(Invariant, $"{home.Occasion.Chinese}必访:住户{home.Id}最近一次走访为{KernelText.Date(day, ExplanationLanguage.Chinese)},{(met ? "在" : "不在")}{spanZh}期间{(met ? "内" : "")}。"));
    }

    public static (string English, string Chinese) Record(DutyRecord record) => (
        string.Create(Invariant, $"{record.Community.Name}, {KernelText.Date(record.Period.Start, ExplanationLanguage.English)} to {KernelText.Date(record.Period.End, ExplanationLanguage.English)}: {record.Events.Length} event(s), {record.Households.Length} household(s)"),
        string.Create(Invariant, $"{record.Community.Name},{KernelText.Date(record.Period.Start, ExplanationLanguage.Chinese)}至{KernelText.Date(record.Period.End, ExplanationLanguage.Chinese)}:事件{record.Events.Length}起,住户{record.Households.Length}户"));

    public static (string English, string Chinese) NotADuty(int events, int households) => (
        string.Create(Invariant, $"{events} event(s) and {households} household(s) of the record are of kinds the duties do not name, and were not checked."),
        string.Create(Invariant, $"记录中{events}起事件、{households}户住户不属于规定必到必访的情形,未核对。"));

    public static (string English, string Chinese) Result(DutyAssessment assessment) => (
        string.Create(Invariant, $"attended {assessment.Attendance.Part} of {assessment.Attendance.Whole} event(s) due, visited {assessment.Visits.Part} of {assessment.Visits.Whole} household(s) due"),
        string.Create(Invariant, $"应到{assessment.Attendance.Whole}起、实到{assessment.Attendance.Part}起,应访{assessment.Visits.Whole}户、实访{assessment.Visits.Part}户"));

    public static string LevelName(HandlingLevel level) => Level(level).English;

    private static (string English, string Chinese) Level(HandlingLevel level) => level switch
    {
        HandlingLevel.Grid => ("grid", "网格"),
        HandlingLevel.Community => ("community", "社区"),
        HandlingLevel.Street => ("street or town", "街道(乡镇)"),
        _ => ("district or county", "区(县)"),
    };
}
