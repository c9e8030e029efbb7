using System.Globalization;
using Community.Domain.Explanations;

namespace Samples.VolunteerHours;

/// <summary>Every Chinese and English phrase of the volunteer hours module, in one place.</summary>
internal static class VolunteerHoursText
{
    public const string KindEnglish = "volunteer service hours";

    public const string KindChinese = "志愿服务时长";

    public static string Hours(ServiceHours hours, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? string.Create(CultureInfo.InvariantCulture, $"{hours.Hours}小时")
            : string.Create(CultureInfo.InvariantCulture, $"{hours.Hours} hours");

    public static string Level(int level, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? (level == 0 ? "未达星级" : string.Create(CultureInfo.InvariantCulture, $"{level}星级"))
            : (level == 0 ? "no level yet" : string.Create(CultureInfo.InvariantCulture, $"level {level}"));

    public static (string English, string Chinese) Active(ServiceHours minimum) => (
        $"served at least {Hours(minimum, ExplanationLanguage.English)} this year, to count as active",
        $"本年度服务不少于{Hours(minimum, ExplanationLanguage.Chinese)}，计为活跃志愿者");

    public static (string English, string Chinese) NextLevel(int level, ServiceHours at, ServiceHours total) => (
        $"{Level(level + 1, ExplanationLanguage.English)} starts at {Hours(at, ExplanationLanguage.English)}: {Hours(ServiceHours.Of(at.Hours - total.Hours), ExplanationLanguage.English)} to go",
        $"{Level(level + 1, ExplanationLanguage.Chinese)}自{Hours(at, ExplanationLanguage.Chinese)}起，尚差{Hours(ServiceHours.Of(at.Hours - total.Hours), ExplanationLanguage.Chinese)}");

    public static (string English, string Chinese) TopLevel(int level) => (
        $"{Level(level, ExplanationLanguage.English)} is the highest level",
        $"{Level(level, ExplanationLanguage.Chinese)}为最高星级");

    public static (string English, string Chinese) Result(VolunteerHoursAssessment assessment) => (
        $"{Level(assessment.Level, ExplanationLanguage.English)}; {(assessment.IsActive ? "active" : "not active")} this year",
        $"{Level(assessment.Level, ExplanationLanguage.Chinese)}；本年度{(assessment.IsActive ? "活跃" : "不活跃")}");
}
