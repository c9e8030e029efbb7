using Community.Domain.Explanations;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>Every phrase of budgets, in English and Chinese, kept in one place.</summary>
internal static class BudgetText
{
    /// <summary>Names the budget line of a post's pay.</summary>
    public static (string English, string Chinese) Pay(PayRole role) =>
        ("pay of " + SubsidyText.Role(role, ExplanationLanguage.English), SubsidyText.Role(role, ExplanationLanguage.Chinese) + "待遇");

    /// <summary>Says why a fund is not costed: the community leaves out the count its policy multiplies by.</summary>
    public static (string English, string Chinese) NotCounted(Policies.PolicyVersion version, string count) => count switch
    {
        "workers" => ($"not costed: the community gives no number of workers, which the {version.Kind.EnglishName} in force ({version.RuleId}) counts per worker",
            $"未测算：社区未给出工作人员人数，现行{version.Kind.ChineseName}（{version.RuleId}）按人计算"),
        "households" => ($"not costed: the community gives no number of households, which the {version.Kind.EnglishName} in force ({version.RuleId}) counts per 100 households",
            $"未测算：社区未给出户数，现行{version.Kind.ChineseName}（{version.RuleId}）按每百户计算"),
        _ => ($"not costed: the community gives no number of party branches, which the {version.Kind.EnglishName} in force ({version.RuleId}) counts per branch",
            $"未测算：社区未给出党支部数，现行{version.Kind.ChineseName}（{version.RuleId}）按党支部计算"),
    };
}
