using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;

namespace Community.Domain.Communities;

/// <summary>A community (社区) as the rules see it: where it is, what kind it is, how many people and households it has, and optionally its premises and grids.</summary>
/// <remarks>Immutable; the <c>With…</c> methods return changed copies, validated like the original.</remarks>
public sealed class CommunityProfile
{
    // Checks what Create documents, for Create and for JSON.
    [System.Text.Json.Serialization.JsonConstructor]
    internal CommunityProfile(
        JurisdictionCode jurisdiction, string name, CommunityKind kind, CommunitySetting setting, Population population, HouseholdCount households, Area? premisesArea = null, int? gridCount = null)
    {
        Guard.Against.DefaultValue(jurisdiction, "JurisdictionCode.Of or JurisdictionCode.Parse");
        Guard.Against.BlankText(name);
        Guard.Against.UndefinedEnum(kind);
        Guard.Against.UndefinedEnum(setting);
        if (kind == CommunityKind.Town && setting != CommunitySetting.Town)
        {
            throw new ArgumentException($"setting is {setting}; a {kind} community lies in a town, so expected {CommunitySetting.Town}.", nameof(setting));
        }

        if (households.Households > population.Residents)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"households is {households.Households}; expected no more than the {population.Residents} residents, since every household has a resident."),
                nameof(households));
        }

        if (gridCount is { } grids)
        {
            Guard.Against.NegativeCount(grids, nameof(gridCount));
        }

        Jurisdiction = jurisdiction;
        Name = name;
        Kind = kind;
        Setting = setting;
        Population = population;
        Households = households;
        PremisesArea = premisesArea;
        GridCount = gridCount;
    }

    /// <summary>Gets the jurisdiction whose policies apply: the street, town or county the community belongs to.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the community's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the community grew out of.</summary>
    public CommunityKind Kind { get; }

    /// <summary>Gets whether the community is urban or in a town.</summary>
    public CommunitySetting Setting { get; }

    /// <summary>Gets the resident population.</summary>
    public Population Population { get; }

    /// <summary>Gets the number of households.</summary>
    public HouseholdCount Households { get; }

    /// <summary>Gets the floor area of the community's premises, when known.</summary>
    public Area? PremisesArea { get; }

    /// <summary>Gets the number of grids (网格) the community is divided into, when known.</summary>
    public int? GridCount { get; }

    /// <summary>Creates a community profile.</summary>
    /// <param name="jurisdiction">The jurisdiction whose policies apply; not the default code.</param>
    /// <param name="name">The community's name; not blank.</param>
    /// <param name="kind">What it grew out of.</param>
    /// <param name="setting">Urban or town; a <see cref="CommunityKind.Town"/> community must be in a town.</param>
    /// <param name="population">The resident population.</param>
    /// <param name="households">The households; no more than the residents.</param>
    /// <param name="premisesArea">The premises' floor area, if known.</param>
    /// <param name="gridCount">The number of grids, if known; zero or more.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or inconsistent; the message names it, its value and what was expected.</exception>
    public static CommunityProfile Create(
        JurisdictionCode jurisdiction,
        string name,
        CommunityKind kind,
        CommunitySetting setting,
        Population population,
        HouseholdCount households,
        Area? premisesArea = null,
        int? gridCount = null) =>
        new(jurisdiction, name, kind, setting, population, households, premisesArea, gridCount);

    /// <summary>Returns the quantity a count-based rule reads: the residents or the households.</summary>
    /// <param name="unit">The unit the rule counts in.</param>
    /// <returns>The number of residents or households.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a defined <see cref="CountUnit"/>.</exception>
    public long Count(CountUnit unit) => unit switch
    {
        CountUnit.Residents => Population.Residents,
        CountUnit.Households => Households.Households,
        _ => throw new ArgumentException($"unit is {(int)unit}, which is not a CountUnit; expected Residents or Households.", nameof(unit)),
    };

    /// <summary>Returns a copy with another population.</summary>
    /// <param name="population">The population; no fewer than the households.</param>
    /// <returns>The changed profile.</returns>
    /// <exception cref="ArgumentException">The households would outnumber the residents.</exception>
    public CommunityProfile WithPopulation(Population population) =>
        population.Residents >= Households.Households
            ? Create(Jurisdiction, Name, Kind, Setting, population, Households, PremisesArea, GridCount)
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"population is {population.Residents} residents, fewer than the community's {Households.Households} households; expected at least one resident per household (change the households first with WithHouseholds)."),
                nameof(population));

    /// <summary>Returns a copy with another number of households.</summary>
    /// <param name="households">The households; no more than the residents.</param>
    /// <returns>The changed profile.</returns>
    /// <exception cref="ArgumentException">The households would outnumber the residents.</exception>
    public CommunityProfile WithHouseholds(HouseholdCount households) =>
        Create(Jurisdiction, Name, Kind, Setting, Population, households, PremisesArea, GridCount);

    /// <summary>Returns a copy with another premises area.</summary>
    /// <param name="premisesArea">The floor area, or <see langword="null"/> when unknown.</param>
    /// <returns>The changed profile.</returns>
    public CommunityProfile WithPremisesArea(Area? premisesArea) =>
        Create(Jurisdiction, Name, Kind, Setting, Population, Households, premisesArea, GridCount);

    /// <summary>Returns a copy with another grid count.</summary>
    /// <param name="gridCount">The number of grids, or <see langword="null"/> when unknown.</param>
    /// <returns>The changed profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gridCount"/> is negative.</exception>
    public CommunityProfile WithGridCount(int? gridCount) =>
        Create(Jurisdiction, Name, Kind, Setting, Population, Households, PremisesArea, gridCount);

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is CommunityProfile other && Equals(Jurisdiction, other.Jurisdiction) && Equals(Name, other.Name) && Equals(Kind, other.Kind) && Equals(Setting, other.Setting) && Equals(Population, other.Population) && Equals(Households, other.Households) && Equals(PremisesArea, other.PremisesArea) && Equals(GridCount, other.GridCount);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jurisdiction, Name, Kind, Setting, Population, Households, PremisesArea, GridCount);

    /// <summary>Formats the profile, for diagnostics.</summary>
    /// <returns>A text such as <c>Xingmen (350802, PureResidential, Urban, 5000 residents, 1600 households)</c>.</returns>
    public override string ToString() => $"{Name} ({Jurisdiction}, {Kind}, {Setting}, {Population}, {Households})";
}
