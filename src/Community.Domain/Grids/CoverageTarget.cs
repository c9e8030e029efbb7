using System.Collections.Immutable;
using System.Diagnostics;
using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Grids;

/// <summary>A target for bringing communities under grid management: milestones by day and setting (GRD-02: all urban communities and 30% of town communities by the end of 2011, 60% of town communities by July 2012).</summary>
public sealed class CoverageTarget
{
    // Read from JSON, a target that is no valid definition is refused as JSON is, listing its problems.
    [System.Text.Json.Serialization.JsonConstructor]
    internal CoverageTarget(ImmutableArray<CoverageMilestone> milestones)
        : this(FromJson(milestones), true)
    {
    }

    private CoverageTarget(ImmutableArray<CoverageMilestone> checkedMilestones, bool isChecked)
    {
        Debug.Assert(isChecked, "The milestones are checked.");
        Milestones = checkedMilestones;
    }

    /// <summary>Gets the milestones, in the order given.</summary>
    public ImmutableArray<CoverageMilestone> Milestones { get; }

    /// <summary>Defines a target.</summary>
    /// <param name="milestones">The milestones; at least one.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> or one of them is null (the message names its index).</exception>
    /// <exception cref="PolicyDefinitionException">There are no milestones, two for one setting fall on one day, or a later milestone of a setting asks less than an earlier one; every problem is listed.</exception>
    public static CoverageTarget Of(params IEnumerable<CoverageMilestone> milestones) =>
        new(Checked([.. Guard.Against.NoNullElements(milestones)]), true);

    private static ImmutableArray<CoverageMilestone> FromJson(ImmutableArray<CoverageMilestone> milestones)
    {
        try
        {
            return Checked(milestones);
        }
        catch (PolicyDefinitionException invalid)
        {
            throw JsonValues.Invalid("a coverage target that is no valid definition: " + string.Join(" ", invalid.Problems.Select(p => p.Message)), "milestones whose shares do not fall, each setting and day once");
        }
    }

    private static ImmutableArray<CoverageMilestone> Checked(ImmutableArray<CoverageMilestone> given)
    {
        if (given.IsDefault)
        {
            throw GuardExtensions.Null("milestones");
        }

        for (var i = 0; i < given.Length; i++)
        {
            if (given[i] is null)
            {
                throw GuardExtensions.Null(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"milestones[{i}]"));
            }
        }

        var problems = new List<DefinitionProblem>();
        if (given.IsEmpty)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, "the coverage target has no milestones; expected at least one.", "milestones"));
        }

        for (var i = 0; i < given.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (earlier, later) = given[j].Due <= given[i].Due ? (given[j], given[i]) : (given[i], given[j]);
                if (given[i].Setting != given[j].Setting)
                {
                    continue;
                }

                if (given[i].Due == given[j].Due)
                {
                    problems.Add(new(DefinitionProblemKind.Duplicate, $"milestones {j + 1} and {i + 1} are both for {given[i].Setting} communities on {given[i].Due:yyyy-MM-dd}.", "milestones"));
                }
                else if (Less(later, earlier))
                {
                    problems.Add(new(DefinitionProblemKind.InvalidValue, $"the milestone \"{later}\" asks less than the earlier \"{earlier}\"; expected shares that do not fall.", "milestones"));
                }
            }
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("coverage target", problems) : given;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is CoverageTarget other && Equality.Same(Milestones, other.Milestones);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Milestones));

    /// <summary>Formats the target.</summary>
    /// <returns>The milestones.</returns>
    public override string ToString() => string.Join("; ", Milestones);

    private static bool Less(CoverageMilestone later, CoverageMilestone earlier) => later.Share.Percent < earlier.Share.Percent;
}
