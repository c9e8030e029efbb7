using System.Globalization;
using Community.Domain.Explanations;
using Community.Domain.Primitives;

namespace Community.Domain.Scale;

/// <summary>Every phrase of scale findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class ScaleText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string English, string Chinese) KindName(string name) => ("community scale", "社区规模");

    public static (string English, string Chinese) Range(CommunityScalePolicy policy) => (policy.Minimum, policy.Maximum) switch
    {
        ({ } min, { } max) => ($"{Units(min, policy.Unit, ExplanationLanguage.English)} to {Units(max, policy.Unit, ExplanationLanguage.English)}", $"{Units(min, policy.Unit, ExplanationLanguage.Chinese)}至{Units(max, policy.Unit, ExplanationLanguage.Chinese)}"),
        (null, { } max) => ($"at most {Units(max, policy.Unit, ExplanationLanguage.English)}", $"不超过{Units(max, policy.Unit, ExplanationLanguage.Chinese)}"),
        _ => ($"at least {Units(policy.Minimum!.Value, policy.Unit, ExplanationLanguage.English)}", $"不少于{Units(policy.Minimum!.Value, policy.Unit, ExplanationLanguage.Chinese)}"),
    };

    public static (string English, string Chinese) Split(CommunityScalePolicy policy, long units, long communities)
    {
        var (english, chinese) = Range(policy);
        return (
            string.Create(Invariant, $"The community has {Units(units, policy.Unit, ExplanationLanguage.English)}, above the recommended {english}: consider splitting it into {communities} communities."),
            string.Create(Invariant, $"社区现有{Units(units, policy.Unit, ExplanationLanguage.Chinese)},超过建议规模{chinese},可考虑拆分为{communities}个社区。"));
    }

    public static (string English, string Chinese) Merge(CommunityScalePolicy policy, long units)
    {
        var (english, chinese) = Range(policy);
        return (
            $"The community has {Units(units, policy.Unit, ExplanationLanguage.English)}, below the recommended {english}: consider merging it with a neighbouring community.",
            $"社区现有{Units(units, policy.Unit, ExplanationLanguage.Chinese)},低于建议规模{chinese},可考虑与相邻社区合并。");
    }

    public static (string English, string Chinese) Within(CommunityScalePolicy policy, long units)
    {
        var (english, chinese) = Range(policy);
        return (
            $"The community has {Units(units, policy.Unit, ExplanationLanguage.English)}, within the recommended {english}.",
            $"社区现有{Units(units, policy.Unit, ExplanationLanguage.Chinese)},在建议规模{chinese}之内。");
    }

    public static (string English, string Chinese) Result(ScaleAssessment assessment) =>
        assessment.IsAbove ? (string.Create(Invariant, $"above the recommended scale: split into {assessment.SuggestedCommunities}"), string.Create(Invariant, $"超过建议规模:拆分为{assessment.SuggestedCommunities}个"))
        : assessment.IsBelow ? ("below the recommended scale: merge", "低于建议规模:合并")
        : ("within the recommended scale", "在建议规模之内");

    private static string Units(long count, CountUnit unit, ExplanationLanguage language) => FormulaText.Units(count, unit, language);
}
