using System.Collections.Immutable;
using Community.Domain.Explanations;
using Community.Domain.Sources;

namespace Community.Domain.Assessments;

/// <summary>One finding of a committee assessment: a stable code, its severity, the rule and its sources, and a message in English and Chinese.</summary>
public sealed record Finding
{
    internal Finding(FindingCode code, FindingSeverity severity, RuleId ruleId, ImmutableArray<Citation> citations, string english, string chinese)
    {
        Code = code;
        Severity = severity;
        RuleId = ruleId;
        Citations = citations;
        English = english;
        Chinese = chinese;
    }

    /// <summary>Gets the stable code.</summary>
    public FindingCode Code { get; }

    /// <summary>Gets the severity.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the rule the finding is about.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the rule's sources.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets the message in English.</summary>
    public string English { get; }

    /// <summary>Gets the message in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>Returns the message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The English or Chinese message.</returns>
    public string In(ExplanationLanguage language) => language == ExplanationLanguage.Chinese ? Chinese : English;

    /// <summary>Formats the finding.</summary>
    /// <returns>A text such as <c>Error TooManyMembers (COM-01): …</c>.</returns>
    public override string ToString() => $"{Severity} {Code} ({RuleId}): {English}";
}
