using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>A reference wage in force for a jurisdiction, such as its minimum wage (最低工资标准) or its average social wage (社会平均工资), monthly.</summary>
/// <remarks>
/// Reference wages are policy versions like any other: add them to a catalog with a
/// <see cref="Policies.PolicyCatalogBuilder"/> under a kind of <see cref="ReferenceWageKinds"/>,
/// effective from the day the wage changed (a mid-year change takes effect on its own day); a
/// jurisdiction without its own inherits its parent's.
/// </remarks>
public sealed class ReferenceWage
{
    private ReferenceWage(Money monthly) => Monthly = monthly;

    /// <summary>Gets the wage per month.</summary>
    public Money Monthly { get; }

    /// <summary>Gets the wage per year: twelve months exactly.</summary>
    public Money Annual => Monthly.MonthlyToAnnual();

    /// <summary>Creates a reference wage from its monthly amount.</summary>
    /// <param name="monthly">The wage per month; more than zero.</param>
    /// <returns>The wage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthly"/> is zero or negative.</exception>
    public static ReferenceWage PerMonth(Money monthly) =>
        monthly > Money.Zero ? new(monthly) : throw GuardExtensions.OutOfRange(nameof(monthly), monthly, "must be more than zero yuan a month");

    /// <summary>Formats the wage.</summary>
    /// <returns>A text such as <c>570.00 CNY a month</c>.</returns>
    public override string ToString() => $"{Monthly} a month";
}
