namespace Community.Domain.Budgets;

/// <summary>A budget item a community's budget leaves out, and why: the policy in force counts something the community did not give.</summary>
/// <remarks>A figure that needs a count the caller did not give is never costed at 0.00 yuan; it is listed here instead.</remarks>
public sealed record UncostedItem
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal UncostedItem(BudgetItem item, string english, string chinese)
    {
        Item = item;
        English = english;
        Chinese = chinese;
    }

    /// <summary>Gets the item left out.</summary>
    public BudgetItem Item { get; }

    /// <summary>Gets the reason, in English.</summary>
    public string English { get; }

    /// <summary>Gets the reason, in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>Formats the item and its reason, for diagnostics.</summary>
    /// <returns>A text such as <c>staff funds: not costed: the community gives no number of workers, …</c>.</returns>
    public override string ToString() => $"{Item.English}: {English}";
}
