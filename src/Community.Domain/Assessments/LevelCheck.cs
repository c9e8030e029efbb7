using System.Collections.Immutable;
using Community.Domain.Explanations;
using Community.Domain.Policies;

namespace Community.Domain.Assessments;

/// <summary>Checks the rule in force, defined at the nearest level, against the rules of the same kind that higher levels keep in force: a lower level may narrow a higher one, and where it contradicts it the assessment warns, citing both.</summary>
internal static class LevelCheck
{
    /// <summary>Whether a range lies within another; a missing maximum is no maximum.</summary>
    public static bool Within(int minimum, int? maximum, int higherMinimum, int? higherMaximum) =>
        minimum >= higherMinimum && (higherMaximum is not { } cap || (maximum is { } max && max <= cap));

    /// <summary>Checks the nearer range against one higher rule's range; returns the warning, or null when the nearer range lies within.</summary>
    public static Finding? Check(
        PolicyCatalog catalog, PolicyVersion nearer, (int Minimum, int? Maximum) nearerRange, PolicyVersion higher, (int Minimum, int? Maximum) higherRange,
        (string English, string Chinese) what, ExplanationRecorder? explanation)
    {
        var holds = Within(nearerRange.Minimum, nearerRange.Maximum, higherRange.Minimum, higherRange.Maximum);
        if (holds && explanation is null)
        {
            return null;
        }

        var higherAt = catalog.GetJurisdiction(higher.Jurisdiction);
        var near = AssessmentText.Range(nearerRange.Minimum, nearerRange.Maximum);
        var high = AssessmentText.Range(higherRange.Minimum, higherRange.Maximum);
        if (holds)
        {
            var (english, chinese) = AssessmentText.Consistent(higherAt, higher, high, near);
            explanation!.AlsoApplies(higher).Condition(true, english, chinese);
            return null;
        }

        var message = AssessmentText.Contradiction(catalog.GetJurisdiction(nearer.Jurisdiction), nearer, near, higherAt, higher, high, what.English, what.Chinese);
        explanation?.AlsoApplies(higher).Condition(false, message.English, message.Chinese);
        return new Finding(AssessmentFindingCodes.ContradictsHigherLevel, FindingSeverity.Warning, nearer.RuleId, [.. nearer.Citations, .. higher.Citations.Except(nearer.Citations)], message.English, message.Chinese);
    }

    /// <summary>Adds a finding to a list made on first need, so that an assessment without findings allocates nothing.</summary>
    public static void Add(ref ImmutableArray<Finding>.Builder? found, Finding finding) =>
        (found ??= ImmutableArray.CreateBuilder<Finding>()).Add(finding);
}
