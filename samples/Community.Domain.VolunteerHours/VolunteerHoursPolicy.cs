using System.Collections.Immutable;
using System.Globalization;
using Community.Domain.Policies;

namespace Samples.VolunteerHours;

/// <summary>
/// A rule of volunteer service hours (an invented topic): the hours at which a volunteer reaches each
/// recognised level, and the hours a year a volunteer must serve to count as active.
/// </summary>
/// <remarks>Checked whole when defined: every problem comes back at once in one <see cref="PolicyDefinitionException"/>.</remarks>
public sealed class VolunteerHoursPolicy
{
    private VolunteerHoursPolicy(ImmutableArray<ServiceHours> levelThresholds, ServiceHours yearlyMinimum, BandTable<ServiceHours, int> levels)
    {
        LevelThresholds = levelThresholds;
        YearlyMinimum = yearlyMinimum;
        Levels = levels;
    }

    /// <summary>Gets the total hours at which each level starts: level 1 at the first, level 2 at the second, and so on.</summary>
    public ImmutableArray<ServiceHours> LevelThresholds { get; }

    /// <summary>Gets the hours a year a volunteer must serve to count as active.</summary>
    public ServiceHours YearlyMinimum { get; }

    /// <summary>Gets the levels as a band table of total hours (level 0 below the first threshold; each band includes its lower bound).</summary>
    public BandTable<ServiceHours, int> Levels { get; }

    /// <summary>Defines a rule.</summary>
    /// <param name="levelThresholds">The total hours at which each level starts, rising, each above zero.</param>
    /// <param name="yearlyMinimum">The hours a year to count as active.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levelThresholds"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">No threshold is given, or one is zero or not above the one before; every problem is listed.</exception>
    public static VolunteerHoursPolicy Create(IEnumerable<ServiceHours> levelThresholds, ServiceHours yearlyMinimum)
    {
        ArgumentNullException.ThrowIfNull(levelThresholds);
        var thresholds = levelThresholds.ToImmutableArray();
        var problems = new List<DefinitionProblem>();
        if (thresholds.IsEmpty)
        {
            problems.Add(new(DefinitionProblemKind.NoBands, "levelThresholds is empty; expected the hours at which level 1 starts, at least.", "levelThresholds"));
        }

        for (var i = 0; i < thresholds.Length; i++)
        {
            if (thresholds[i].Hours == 0)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"levelThresholds[{i}] is 0 hours; expected more than zero, as level 0 starts at zero."), Threshold(i)));
            }
            else if (i > 0 && thresholds[i] <= thresholds[i - 1])
            {
                problems.Add(new(DefinitionProblemKind.UnorderedBands, string.Create(CultureInfo.InvariantCulture, $"levelThresholds[{i}] is {thresholds[i]}, not above levelThresholds[{i - 1}] ({thresholds[i - 1]}); expected rising thresholds."), Threshold(i)));
            }
        }

        if (problems.Count > 0)
        {
            throw new PolicyDefinitionException("volunteer hours policy", problems);
        }

        var bands = new List<Band<ServiceHours, int>>
        {
            Band.Between(Bound.Inclusive(ServiceHours.Of(0)), Bound.Exclusive(thresholds[0]), 0),
        };
        for (var i = 0; i < thresholds.Length; i++)
        {
            bands.Add(i + 1 < thresholds.Length
                ? Band.Between(Bound.Inclusive(thresholds[i]), Bound.Exclusive(thresholds[i + 1]), i + 1)
                : Band.From(Bound.Inclusive(thresholds[i]), i + 1));
        }

        return new(thresholds, yearlyMinimum, BandTable.Define(BoundaryReading.Strict, bands));
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"levels from {string.Join(", ", LevelThresholds)}; active from {YearlyMinimum} a year");

    // The argument at fault, as a definition problem names it, so that a document's reader places the problem at its member.
    private static string Threshold(int index) => string.Create(CultureInfo.InvariantCulture, $"levelThresholds[{index}]");
}
