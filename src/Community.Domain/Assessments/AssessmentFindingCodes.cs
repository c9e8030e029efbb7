namespace Community.Domain.Assessments;

/// <summary>The codes of findings that every module's assessments share.</summary>
public static class AssessmentFindingCodes
{
    /// <summary>Gets the code <c>levels.contradicts-higher-level</c>: the rule in force, defined at a lower level, allows what a higher level's rule of the same kind, also in force, does not; a <see cref="FindingSeverity.Warning"/> that cites both.</summary>
    public static FindingCode ContradictsHigherLevel { get; } = FindingCode.Of("levels.contradicts-higher-level");
}
