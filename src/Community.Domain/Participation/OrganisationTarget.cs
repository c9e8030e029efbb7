using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Policies;

namespace Community.Domain.Participation;

/// <summary>How many organisations of a kind (volunteer organisations, public-benefit or fellowship societies) a community should have, urban and town communities apart.</summary>
/// <remarks>Implements PAR-01 (at least 5 volunteer organisations in an urban community, at least 3 in a town one) and PAR-03 (5 to 6 societies, 4 to 5 in a town).</remarks>
public sealed class OrganisationTarget
{
    private OrganisationTarget(int urbanMinimum, int? urbanMaximum, int townMinimum, int? townMaximum)
    {
        UrbanMinimum = urbanMinimum;
        UrbanMaximum = urbanMaximum;
        TownMinimum = townMinimum;
        TownMaximum = townMaximum;
    }

    /// <summary>Gets the least an urban community should have.</summary>
    public int UrbanMinimum { get; }

    /// <summary>Gets the most an urban community's target names, or <see langword="null"/> for "or more".</summary>
    public int? UrbanMaximum { get; }

    /// <summary>Gets the least a town community should have.</summary>
    public int TownMinimum { get; }

    /// <summary>Gets the most a town community's target names, or <see langword="null"/> for "or more".</summary>
    public int? TownMaximum { get; }

    /// <summary>Defines a target, checking it whole.</summary>
    /// <param name="urbanMinimum">The least for an urban community, zero or more.</param>
    /// <param name="urbanMaximum">The most for an urban community, or null for "or more".</param>
    /// <param name="townMinimum">The least for a town community, zero or more.</param>
    /// <param name="townMaximum">The most for a town community, or null for "or more".</param>
    /// <returns>The target.</returns>
    /// <exception cref="PolicyDefinitionException">A count is negative or a maximum is below its minimum; every problem is listed.</exception>
    public static OrganisationTarget Create(int urbanMinimum, int? urbanMaximum, int townMinimum, int? townMaximum)
    {
        var problems = ImmutableArray.CreateBuilder<DefinitionProblem>();
        Check("urban", urbanMinimum, urbanMaximum, problems);
        Check("town", townMinimum, townMaximum, problems);
        return problems.Count > 0 ? throw new PolicyDefinitionException("organisation target", problems) : new(urbanMinimum, urbanMaximum, townMinimum, townMaximum);
    }

    /// <summary>Returns the target for a community's setting.</summary>
    /// <param name="setting">Urban or town.</param>
    /// <returns>The least and the most (null for "or more").</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not a defined <see cref="CommunitySetting"/>.</exception>
    public (int Minimum, int? Maximum) For(CommunitySetting setting) =>
        Guard.Against.UndefinedEnum(setting) == CommunitySetting.Town ? (TownMinimum, TownMaximum) : (UrbanMinimum, UrbanMaximum);

    /// <summary>Formats the target, for diagnostics.</summary>
    /// <returns>A text such as <c>urban 5 or more; town 3 or more</c>.</returns>
    public override string ToString() => $"urban {Range(UrbanMinimum, UrbanMaximum)}; town {Range(TownMinimum, TownMaximum)}";

    private static string Range(int minimum, int? maximum) =>
        maximum is { } max ? string.Create(CultureInfo.InvariantCulture, $"{minimum} to {max}") : string.Create(CultureInfo.InvariantCulture, $"{minimum} or more");

    private static void Check(string setting, int minimum, int? maximum, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        if (minimum < 0)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{setting}: the minimum is {minimum}; expected zero or more."), setting.ToLowerInvariant() + "Minimum"));
        }

        if (maximum < minimum)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{setting}: the maximum {maximum} is below the minimum {minimum}."), setting.ToLowerInvariant() + "Maximum"));
        }
    }
}
