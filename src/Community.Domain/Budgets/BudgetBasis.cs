namespace Community.Domain.Budgets;

/// <summary>What a budget pays each post.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<BudgetBasis>))]
public enum BudgetBasis
{
    /// <summary>The pay schedule in force (<see cref="Subsidies.SubsidyKinds.Pay"/>): what is paid now.</summary>
    PayAsScheduled,

    /// <summary>The pay schedule, raised to the floor in force wherever it is lower (or the floor alone where no schedule covers the post): what complying costs.</summary>
    PayAtLeastTheFloor,
}
