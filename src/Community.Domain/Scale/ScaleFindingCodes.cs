using Community.Domain.Assessments;

namespace Community.Domain.Scale;

/// <summary>The codes of the findings of scale assessments.</summary>
public static class ScaleFindingCodes
{
    /// <summary>Gets the code <c>scale.split-suggested</c>: the community is above the recommended scale; a warning suggesting how many communities it would split into.</summary>
    public static FindingCode SplitSuggested { get; } = FindingCode.Of("scale.split-suggested");

    /// <summary>Gets the code <c>scale.merge-suggested</c>: the community is below the recommended scale; a warning suggesting a merge.</summary>
    public static FindingCode MergeSuggested { get; } = FindingCode.Of("scale.merge-suggested");
}
