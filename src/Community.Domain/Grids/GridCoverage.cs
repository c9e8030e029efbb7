using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Primitives;

namespace Community.Domain.Grids;

/// <summary>How many of a jurisdiction's communities are under grid management, urban and town apart, each when known.</summary>
public readonly record struct GridCoverage : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal GridCoverage(Proportion? urban, Proportion? town)
    {
        _made = true;
        Urban = urban;
        Town = town;
    }

    /// <summary>Gets the urban communities under grid management of all urban communities, when known.</summary>
    public Proportion? Urban { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<GridCoverage>("GridCoverage.Of"); }

    /// <summary>Gets the town communities under grid management of all town communities, when known.</summary>
    public Proportion? Town { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<GridCoverage>("GridCoverage.Of"); }

    /// <summary>Records coverage.</summary>
    /// <param name="urban">Urban communities gridded of all urban communities, or <see langword="null"/> when not known.</param>
    /// <param name="town">Town communities gridded of all town communities, or <see langword="null"/> when not known.</param>
    /// <returns>The coverage.</returns>
    public static GridCoverage Of(Proportion? urban, Proportion? town) => new(urban, town);

    /// <summary>Gets the coverage of one setting, when known.</summary>
    /// <param name="setting">Urban or town.</param>
    /// <returns>The proportion, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not a defined <see cref="CommunitySetting"/>.</exception>
    public Proportion? Of(CommunitySetting setting) => Guard.Against.UndefinedEnum(setting) == CommunitySetting.Town ? Town : Urban;
}
