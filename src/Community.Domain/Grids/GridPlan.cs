using System.Globalization;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Grids;

/// <summary>The grids and grid managers a community's households call for under the grid policy in force.</summary>
public readonly record struct GridPlan : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    // For JSON: the version by reference, resolved in the catalog the options are bound to.
    [System.Text.Json.Serialization.JsonConstructor]
    internal GridPlan(HouseholdCount households, int minimumGrids, int maximumGrids, int minimumManagers, int? maximumManagers, PolicyVersion? versionReference)
        : this(households, minimumGrids, maximumGrids, minimumManagers, maximumManagers, PolicyVersionJsonConverter.As<GridPolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version applied")))
    {
    }

    internal GridPlan(HouseholdCount households, int minimumGrids, int maximumGrids, int minimumManagers, int? maximumManagers, PolicyVersion<GridPolicy> version)
    {
        _made = true;
        Households = households;
        MinimumGrids = minimumGrids;
        MaximumGrids = maximumGrids;
        MinimumManagers = minimumManagers;
        MaximumManagers = maximumManagers;
        Version = version;
    }

    /// <summary>Gets the community's households.</summary>
    public HouseholdCount Households { get => _made ? field : throw GuardExtensions.DefaultInstance<GridPlan>("GridEvaluator.Plan"); }

    /// <summary>Gets the fewest grids.</summary>
    public int MinimumGrids { get => _made ? field : throw GuardExtensions.DefaultInstance<GridPlan>("GridEvaluator.Plan"); }

    /// <summary>Gets the most grids.</summary>
    public int MaximumGrids { get => _made ? field : throw GuardExtensions.DefaultInstance<GridPlan>("GridEvaluator.Plan"); }

    /// <summary>Gets the fewest grid managers: the fewest grids times the fewest managers a grid.</summary>
    public int MinimumManagers { get => _made ? field : throw GuardExtensions.DefaultInstance<GridPlan>("GridEvaluator.Plan"); }

    /// <summary>Gets the most grid managers, or null when the policy sets no most.</summary>
    public int? MaximumManagers { get => _made ? field : throw GuardExtensions.DefaultInstance<GridPlan>("GridEvaluator.Plan"); }

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId => Version?.RuleId ?? default;

    /// <summary>Gets the grid policy version applied.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<GridPolicy> Version { get => _made ? field : throw GuardExtensions.DefaultInstance<GridPlan>("GridEvaluator.Plan"); }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Tells whether a number of grids is within the plan.</summary>
    /// <param name="grids">The number of grids.</param>
    /// <returns><see langword="true"/> when it is between the fewest and the most.</returns>
    public bool AllowsGrids(int grids) => grids >= MinimumGrids && grids <= MaximumGrids;

    /// <summary>Tells whether a number of grid managers is within the plan.</summary>
    /// <param name="managers">The number of managers.</param>
    /// <returns><see langword="true"/> when it is at least the fewest and not above any most.</returns>
    public bool AllowsManagers(int managers) => managers >= MinimumManagers && (MaximumManagers is not { } most || managers <= most);

    /// <summary>Formats the plan.</summary>
    /// <returns>A text such as <c>2500 households: 5 to 8 grids, 5 or more managers (GRD-02)</c>.</returns>
    public override string ToString() => !_made ? "default GridPlan" : string.Create(
        CultureInfo.InvariantCulture,
        $"{Households}: {(MinimumGrids == MaximumGrids ? $"{MinimumGrids}" : $"{MinimumGrids} to {MaximumGrids}")} grids, {(MaximumManagers is { } most ? most == MinimumManagers ? $"{most}" : $"{MinimumManagers} to {most}" : $"{MinimumManagers} or more")} managers ({RuleId})");
}
