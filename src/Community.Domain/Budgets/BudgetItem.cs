using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>A line of a budget: the pay of one post, or one kind of funds, identified by its policy kind and, for pay, its post.</summary>
/// <remarks>
/// Two items are the same when they name the same kind (kinds are identities) and the same post; the
/// names in English and Chinese follow from them. The default value names nothing; budgets never
/// hold it.
/// </remarks>
public readonly record struct BudgetItem : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    // The pay item of each role (PayRole's values run from 0), named once: costing a post names no string.
    private static readonly BudgetItem[] PayItems = [.. Enum.GetValues<PayRole>().Select(role =>
    {
        var (english, chinese) = BudgetText.Pay(role);
        return new BudgetItem(SubsidyKinds.Pay, role, english, chinese);
    })];

    [System.Text.Json.Serialization.JsonConstructor]
    internal BudgetItem(PolicyKind kind, PayRole? role, string english, string chinese)
    {
        _made = true;
        Kind = kind;
        Role = role;
        English = english;
        Chinese = chinese;
    }

    /// <summary>Gets the kind of policy the line costs: <see cref="SubsidyKinds.Pay"/> for pay, or a kind of funds.</summary>
    public PolicyKind Kind { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BudgetItem>("BudgetItem.Pay or BudgetItem.Funds"); }

    /// <summary>Gets the post whose pay the line costs, or <see langword="null"/> for funds.</summary>
    public PayRole? Role { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BudgetItem>("BudgetItem.Pay or BudgetItem.Funds"); }

    /// <summary>Gets a stable text key for diagnostics and serialisation, such as <c>subsidies.pay/Director</c> or <c>funding.office-funds</c>.</summary>
    public string Key => Kind is null ? string.Empty : Role is { } role ? Kind.Name + "/" + role : Kind.Name;

    /// <summary>Gets the English name.</summary>
    public string English { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BudgetItem>("BudgetItem.Pay or BudgetItem.Funds"); }

    /// <summary>Gets the Chinese name.</summary>
    public string Chinese { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<BudgetItem>("BudgetItem.Pay or BudgetItem.Funds"); }

    /// <summary>Creates the item of a post's pay.</summary>
    /// <param name="role">The post.</param>
    /// <returns>The item, named after the post.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public static BudgetItem Pay(PayRole role) => PayItems[(int)Guard.Against.UndefinedEnum(role)];

    /// <summary>Creates the item of a kind of funds.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The item, named after the kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static BudgetItem Funds(PolicyKind kind)
    {
        Guard.Against.NullArgument(kind);
        return new(kind, null, kind.EnglishName, kind.ChineseName);
    }

    /// <summary>Tells whether two items cost the same thing: the same kind and post.</summary>
    /// <param name="other">The other item.</param>
    /// <returns><see langword="true"/> when both name the same kind and post.</returns>
    public bool Equals(BudgetItem other) => _made == other._made && (!_made || (ReferenceEquals(Kind, other.Kind) && Role == other.Role));

    /// <inheritdoc />
    public override int GetHashCode() => _made ? HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Kind), Role) : 0;

    /// <summary>Returns the key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => !_made ? "default BudgetItem" : Key;
}
