using System.Globalization;
using Community.Domain.Assessments;
using Community.Domain.Explanations;
using Community.Domain.Policies;

namespace Community.Domain.Staffing;

/// <summary>Every phrase of staffing findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class StaffingText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "staffing.community-workers" => ("community workers", "社区工作者配备"),
        "staffing.social-workers" => ("full-time social workers", "专职社工配备"),
        _ => ("full-time grid staff", "专职网格员配备"),
    };

    public static (string English, string Chinese) InPost(int staff) =>
        (string.Create(Invariant, $"{staff} in post"), string.Create(Invariant, $"现有{staff}人"));

    public static (string English, string Chinese) Requirement(StaffingRequirement requirement)
    {
        var (english, chinese) = AssessmentText.Range(requirement.Minimum, requirement.Maximum);
        return (
            $"{english} for {FormulaText.Units(requirement.Units, requirement.Unit, ExplanationLanguage.English)}",
            $"{FormulaText.Units(requirement.Units, requirement.Unit, ExplanationLanguage.Chinese)}应配{chinese}人");
    }

    public static (string English, string Chinese) Cap(StaffingPolicy policy, int maximum) =>
        (string.Create(Invariant, $"The cap: {FormulaText.Describe(policy.Maximum!, policy.Unit, ExplanationLanguage.English)} gives at most {maximum}."),
         string.Create(Invariant, $"上限:{FormulaText.Describe(policy.Maximum!, policy.Unit, ExplanationLanguage.Chinese)},至多{maximum}人。"));

    public static (string English, string Chinese) Short(PolicyKind kind, int staff, int minimum, FindingSeverity severity) => severity == FindingSeverity.Error
        ? (string.Create(Invariant, $"{kind.EnglishName}: {staff} in post, short by {minimum - staff} of the {minimum} required."),
           string.Create(Invariant, $"{kind.ChineseName}:现有{staff}人,应不少于{minimum}人,缺{minimum - staff}人。"))
        : (string.Create(Invariant, $"{kind.EnglishName}: {staff} in post, {minimum - staff} fewer than the {minimum} recommended."),
           string.Create(Invariant, $"{kind.ChineseName}:现有{staff}人,少于建议的{minimum}人{minimum - staff}人。"));

    public static (string English, string Chinese) Enough(PolicyKind kind, int staff, int minimum) =>
        (string.Create(Invariant, $"{kind.EnglishName}: {staff} in post, at least the {minimum} required."),
         string.Create(Invariant, $"{kind.ChineseName}:现有{staff}人,不少于应配的{minimum}人。"));

    public static (string English, string Chinese) Over(PolicyKind kind, int staff, int maximum, FindingSeverity severity) => severity == FindingSeverity.Error
        ? (string.Create(Invariant, $"{kind.EnglishName}: {staff} in post, over the cap of {maximum} by {staff - maximum}."),
           string.Create(Invariant, $"{kind.ChineseName}:现有{staff}人,超过上限{maximum}人{staff - maximum}人。"))
        : (string.Create(Invariant, $"{kind.EnglishName}: {staff} in post, {staff - maximum} more than the {maximum} recommended; a recommended maximum may be passed."),
           string.Create(Invariant, $"{kind.ChineseName}:现有{staff}人,多于建议的{maximum}人{staff - maximum}人(建议上限,可以超过)。"));

    public static (string English, string Chinese) WithinCap(PolicyKind kind, int staff, int maximum) =>
        (string.Create(Invariant, $"{kind.EnglishName}: {staff} in post, within the cap of {maximum}."),
         string.Create(Invariant, $"{kind.ChineseName}:现有{staff}人,未超过上限{maximum}人。"));

    public static (string English, string Chinese) AssessmentResult(StaffingAssessment assessment) =>
        assessment.IsCompliant
            ? (string.Create(Invariant, $"compliant: {assessment.Staff} in post ({assessment.Findings.Length} warning(s))"), string.Create(Invariant, $"符合:现有{assessment.Staff}人(提示{assessment.Findings.Length}条)"))
            : (string.Create(Invariant, $"not compliant: {assessment.Staff} in post, {assessment.Findings.ErrorCount()} error(s)"), string.Create(Invariant, $"不符合:现有{assessment.Staff}人,问题{assessment.Findings.ErrorCount()}项"));
}
