using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>How far one person's pay falls below the floor in force for their post.</summary>
public readonly record struct SubsidyGap : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal SubsidyGap(SubsidyAmount floor, Money paidMonthly)
    {
        _made = true;
        Floor = floor;
        PaidMonthly = paidMonthly;
    }

    /// <summary>Gets the post.</summary>
    public PayRole Role => Floor.Role;

    /// <summary>Gets the floor in force.</summary>
    public SubsidyAmount Floor { get => _made ? field : throw GuardExtensions.DefaultInstance<SubsidyGap>("SubsidyEvaluator.Gap"); }

    /// <summary>Gets what the person is paid per month.</summary>
    public Money PaidMonthly { get => _made ? field : throw GuardExtensions.DefaultInstance<SubsidyGap>("SubsidyEvaluator.Gap"); }

    /// <summary>Gets the shortfall per month: the floor less the pay, or zero when the pay meets the floor.</summary>
    public Money ShortfallMonthly => Money.Max(Floor.Monthly - PaidMonthly, Money.Zero);

    /// <summary>Gets the shortfall per year: the yearly floor, rounded once, less twelve months' pay; zero when the pay meets the floor.</summary>
    public Money ShortfallAnnual => Money.Max(Floor.Annual - PaidMonthly.MonthlyToAnnual(), Money.Zero);

    /// <summary>Gets a value indicating whether the pay is below the floor.</summary>
    public bool IsBelowFloor => PaidMonthly < Floor.Monthly;

    /// <summary>Formats the gap.</summary>
    /// <returns>A text such as <c>Director: paid 700.00 CNY, floor 855.00 CNY, short 155.00 CNY a month</c>.</returns>
    public override string ToString() => !_made ? "default SubsidyGap" : $"{Role}: paid {PaidMonthly}, floor {Floor.Monthly}, short {ShortfallMonthly} a month";
}
