using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>A reference wage in force for a jurisdiction, such as its minimum wage (最低工资标准, stated per month) or its average wage of the previous year (上年度社会平均工资, stated per year).</summary>
/// <remarks>
/// Reference wages are policy versions like any other: add them to a catalog with a
/// <see cref="Policies.PolicyCatalogBuilder"/> under a kind of <see cref="ReferenceWageKinds"/>,
/// effective from the day the wage changed (a mid-year change takes effect on its own day); a
/// jurisdiction without its own inherits its parent's.
/// </remarks>
public sealed class ReferenceWage
{
    private ReferenceWage(Money monthly, Money annual, bool isStatedPerYear)
    {
        Monthly = monthly;
        Annual = annual;
        IsStatedPerYear = isStatedPerYear;
    }

    /// <summary>Gets the wage per month: as stated, or a twelfth of the yearly wage, unrounded.</summary>
    public Money Monthly { get; }

    /// <summary>Gets the wage per year: as stated, or twelve months exactly.</summary>
    public Money Annual { get; }

    /// <summary>Gets a value indicating whether the source states the wage per year (such as an average wage); annual figures are then computed from it, not from the month.</summary>
    public bool IsStatedPerYear { get; }

    /// <summary>Creates a reference wage from its monthly amount.</summary>
    /// <param name="monthly">The wage per month; more than zero.</param>
    /// <returns>The wage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthly"/> is zero or negative.</exception>
    public static ReferenceWage PerMonth(Money monthly) =>
        monthly > Money.Zero && monthly.Yuan <= Money.MaxYuan / 12m
            ? new(monthly, monthly.MonthlyToAnnual(), false)
            : throw GuardExtensions.OutOfRange(nameof(monthly), monthly, "must be more than zero yuan a month, and twelve months of it at most 1000000000000000 yuan, the largest amount Money holds");

    /// <summary>Creates a reference wage from its yearly amount, as average wages are published.</summary>
    /// <param name="annual">The wage per year; more than zero.</param>
    /// <returns>The wage; its month is a twelfth of the year, unrounded, and annual amounts derived from it are computed from the year and rounded once.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annual"/> is zero or negative.</exception>
    public static ReferenceWage PerYear(Money annual) =>
        annual > Money.Zero ? new(annual.AnnualToMonthly(), annual, true) : throw GuardExtensions.OutOfRange(nameof(annual), annual, "must be more than zero yuan a year");

    /// <summary>Formats the wage.</summary>
    /// <returns>A text such as <c>570.00 CNY a month</c>.</returns>
    public override string ToString() => IsStatedPerYear ? $"{Annual} a year" : $"{Monthly} a month";
}
