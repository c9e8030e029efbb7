using Community.Domain.Explanations;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>Every phrase of budgets, in English and Chinese, kept in one place.</summary>
internal static class BudgetText
{
    /// <summary>Names the budget line of a post's pay.</summary>
    public static (string English, string Chinese) Pay(PayRole role) =>
        ("pay of " + SubsidyText.Role(role, ExplanationLanguage.English), SubsidyText.Role(role, ExplanationLanguage.Chinese) + "待遇");
}
