using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Workflows;

/// <summary>Cadres' duties of presence: the events they must attend and the households they must visit (三必到五必访, WF-04).</summary>
/// <remarks>The source sets no time within which to attend or visit; the built-in policy reads "must visit" as at least once within the period a record covers, and "must attend" as attending every such event in it.</remarks>
public sealed class DutyPolicy
{
    private DutyPolicy(ImmutableArray<DutyOccasion> attend, ImmutableArray<DutyOccasion> visit)
    {
        MustAttend = attend;
        MustVisit = visit;
    }

    /// <summary>Gets the events a cadre must attend.</summary>
    public ImmutableArray<DutyOccasion> MustAttend { get; }

    /// <summary>Gets the households a cadre must visit.</summary>
    public ImmutableArray<DutyOccasion> MustVisit { get; }

    /// <summary>Defines the duties.</summary>
    /// <param name="mustAttend">The events to attend.</param>
    /// <param name="mustVisit">The households to visit.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">A list or an occasion is null (the message names its index).</exception>
    /// <exception cref="PolicyDefinitionException">Both lists are empty, or an occasion appears twice (in one list or in both); every problem is listed.</exception>
    public static DutyPolicy Of(IEnumerable<DutyOccasion> mustAttend, IEnumerable<DutyOccasion> mustVisit)
    {
        var attend = Guard.Against.NoNullElements(mustAttend);
        var visit = Guard.Against.NoNullElements(mustVisit);
        var problems = new List<DefinitionProblem>();
        if (attend.IsEmpty && visit.IsEmpty)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, "the duties name no event to attend and no household to visit; expected at least one.", "mustAttend"));
        }

        var seen = new HashSet<DutyOccasion>();
        foreach (var occasion in attend.Concat(visit))
        {
            if (!seen.Add(occasion))
            {
                problems.Add(new(DefinitionProblemKind.Duplicate, $"the duties name {occasion} twice."));
            }
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("duty policy", problems) : new(attend, visit);
    }

    /// <summary>Formats the policy.</summary>
    /// <returns>A text such as <c>attend 3 kinds of event, visit 5 kinds of household</c>.</returns>
    public override string ToString() => $"attend {MustAttend.Length} kinds of event, visit {MustVisit.Length} kinds of household";
}
