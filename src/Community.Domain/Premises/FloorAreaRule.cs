using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>How much floor area a standard requires: a fixed area, an area by band of households or residents, or an area per so many households or residents with a floor.</summary>
/// <remarks>"20 m² per 100 households, at least 300 m²" is <c>FloorAreaRule.PerUnits(CountUnit.Households, Area.FromSquareMetres(20), 100, Area.FromSquareMetres(300))</c>.</remarks>
public sealed class FloorAreaRule
{
    private FloorAreaRule(Area fixedArea, CountUnit unit, BandTable<long, Area>? bands, Area perStep, long stepUnits)
    {
        FixedArea = fixedArea;
        Unit = unit;
        Bands = bands;
        PerStep = perStep;
        StepUnits = stepUnits;
    }

    /// <summary>Gets the fixed area, or the floor of an area per units; zero for bands.</summary>
    public Area FixedArea { get; }

    /// <summary>Gets what a scaled rule counts: households or residents; <see cref="CountUnit.Residents"/> for a fixed area, which counts nothing.</summary>
    public CountUnit Unit { get; }

    /// <summary>Gets the bands of households or residents with the area of each, or <see langword="null"/>.</summary>
    public BandTable<long, Area>? Bands { get; }

    /// <summary>Gets the area per <see cref="StepUnits"/> households or residents, for an area per units; zero otherwise.</summary>
    public Area PerStep { get; }

    /// <summary>Gets the households or residents per <see cref="PerStep"/>, for an area per units; zero otherwise.</summary>
    public long StepUnits { get; }

    /// <summary>Gets a value indicating whether the area depends on the community's households or residents.</summary>
    public bool IsScaled => Bands is not null || StepUnits > 0;

    /// <summary>A fixed area, whatever the community's size.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The rule.</returns>
    public static FloorAreaRule Fixed(Area area) => new(area, CountUnit.Residents, null, Area.Zero, 0);

    /// <summary>An area by band of households or residents.</summary>
    /// <param name="unit">What the bands count.</param>
    /// <param name="bands">The bands with their area.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException"><paramref name="unit"/> is undefined.</exception>
    public static FloorAreaRule ByBand(CountUnit unit, BandTable<long, Area> bands)
    {
        Guard.Against.NullArgument(bands);
        CheckUnit(unit, []);
        return new(Area.Zero, unit, bands, Area.Zero, 0);
    }

    /// <summary>An area per so many households or residents, in proportion, rounded up to the hundredth of a square metre, and never below a floor.</summary>
    /// <param name="unit">What the rule counts.</param>
    /// <param name="perStep">The area per <paramref name="stepUnits"/>.</param>
    /// <param name="stepUnits">The households or residents per <paramref name="perStep"/>; positive.</param>
    /// <param name="minimum">The floor: the least area whatever the size.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="PolicyDefinitionException">The unit is undefined, or <paramref name="stepUnits"/> or <paramref name="perStep"/> is not positive; every problem is listed.</exception>
    public static FloorAreaRule PerUnits(CountUnit unit, Area perStep, long stepUnits, Area minimum)
    {
        var problems = new List<DefinitionProblem>();
        if (stepUnits <= 0)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"per units: the divisor is {stepUnits}; expected a positive number of households or residents."), nameof(stepUnits)));
        }

        if (perStep == Area.Zero)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, "area per step: 0 m²; expected a positive area.", nameof(perStep)));
        }

        CheckUnit(unit, problems);
        return new(minimum, unit, null, perStep, stepUnits);
    }

    /// <summary>Computes the area required for a community of so many households or residents.</summary>
    /// <param name="units">The households or residents, as <see cref="Unit"/> says; ignored by a fixed area.</param>
    /// <returns>The area required.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative, or no band covers it.</exception>
    public Area Required(long units)
    {
        if (units < 0)
        {
            throw GuardExtensions.OutOfRange(nameof(units), units, "must be zero or more");
        }

        if (Bands is not null)
        {
            return Bands.Find(units).Value;
        }

        if (StepUnits == 0)
        {
            return FixedArea;
        }

        var proportional = Area.FromSquareMetres(Rounding.To(0.01m, RoundingMode.Up).Apply(PerStep.SquareMetres * units / StepUnits));
        return proportional > FixedArea ? proportional : FixedArea;
    }

    /// <summary>Formats the rule, for diagnostics.</summary>
    /// <returns>A text such as <c>20 m² per 100 Households, at least 300 m²</c>.</returns>
    public override string ToString() =>
        Bands is not null ? $"by band of {Unit}: {Bands}"
        : StepUnits > 0 ? string.Create(CultureInfo.InvariantCulture, $"{PerStep} per {StepUnits} {Unit}, at least {FixedArea}")
        : FixedArea.ToString();

    private static void CheckUnit(CountUnit unit, List<DefinitionProblem> problems)
    {
        if (!Enum.IsDefined(unit))
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"unit: {(int)unit} is not a CountUnit; expected Residents or Households.")));
        }

        if (problems.Count > 0)
        {
            throw new PolicyDefinitionException("floor area rule", problems);
        }
    }
}
