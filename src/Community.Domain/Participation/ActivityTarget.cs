using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Participation;

/// <summary>How often a community should hold themed activities, and how many visits its activity rooms should see.</summary>
/// <remarks>Implements PAR-04 (a themed activity every half month, so at least 2 a month; 60 visits or more a week to the activity rooms).</remarks>
public sealed class ActivityTarget
{
    private ActivityTarget(int themedActivitiesPerMonth, int visitsPerWeek)
    {
        ThemedActivitiesPerMonth = themedActivitiesPerMonth;
        VisitsPerWeek = visitsPerWeek;
    }

    /// <summary>Gets the least themed activities a month.</summary>
    public int ThemedActivitiesPerMonth { get; }

    /// <summary>Gets the least visits a week to the activity rooms.</summary>
    public int VisitsPerWeek { get; }

    /// <summary>Creates the target.</summary>
    /// <param name="themedActivitiesPerMonth">The least themed activities a month, zero or more.</param>
    /// <param name="visitsPerWeek">The least visits a week, zero or more.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static ActivityTarget Create(int themedActivitiesPerMonth, int visitsPerWeek) =>
        new(Guard.Against.NegativeCount(themedActivitiesPerMonth), Guard.Against.NegativeCount(visitsPerWeek));

    /// <summary>Formats the target, for diagnostics.</summary>
    /// <returns>A text such as <c>2 themed activities a month, 60 visits a week</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ThemedActivitiesPerMonth} themed activities a month, {VisitsPerWeek} visits a week");
}
