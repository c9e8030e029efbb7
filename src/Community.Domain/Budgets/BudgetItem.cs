using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>A line of a budget: the pay of one post, or one kind of funds.</summary>
public readonly record struct BudgetItem
{
    /// <summary>Initializes a new instance of the <see cref="BudgetItem"/> struct.</summary>
    /// <param name="key">A stable key, such as <c>subsidies.pay/Director</c> or <c>funding.office-funds</c>; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    /// <param name="chinese">The Chinese name; not blank.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public BudgetItem(string key, string english, string chinese)
    {
        Key = Guard.Against.BlankText(key);
        English = Guard.Against.BlankText(english);
        Chinese = Guard.Against.BlankText(chinese);
    }

    /// <summary>Gets the stable key.</summary>
    public string Key { get; }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string Chinese { get; }

    /// <summary>Gets the item of a post's pay.</summary>
    /// <param name="role">The post.</param>
    /// <returns>The item, keyed <c>subsidies.pay/</c> and the post.</returns>
    public static BudgetItem Pay(PayRole role) => new(
        SubsidyKinds.Pay.Name + "/" + role,
        "pay of " + SubsidyText.Role(role, ExplanationLanguage.English),
        SubsidyText.Role(role, ExplanationLanguage.Chinese) + "待遇");

    /// <summary>Gets the item of a kind of funds.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The item, keyed by the kind's name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static BudgetItem Funds(PolicyKind kind)
    {
        Guard.Against.NullArgument(kind);
        return new(kind.Name, kind.EnglishName, kind.ChineseName);
    }

    /// <summary>Formats the item.</summary>
    /// <returns>Its key.</returns>
    public override string ToString() => Key;
}
