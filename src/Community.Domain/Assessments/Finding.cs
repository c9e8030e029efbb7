using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Sources;

namespace Community.Domain.Assessments;

/// <summary>One finding of a committee assessment: a stable code, its severity, the rule and its sources, and a message in English and Chinese.</summary>
public sealed record Finding
{
    [System.Text.Json.Serialization.JsonConstructor]
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

    /// <summary>Compares two findings by value: code, severity, rule, messages and citations, in order.</summary>
    /// <param name="other">The other finding.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Finding? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && RuleId == other.RuleId
        && English == other.English && Chinese == other.Chinese && Citations.SequenceEqual(other.Citations);

    /// <summary>Returns a hash code consistent with <see cref="Equals(Finding)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, RuleId, English);

    /// <summary>Returns the message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The English or Chinese message.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is neither English nor Chinese.</exception>
    public string In(ExplanationLanguage language) => Guard.Against.Language(language) == ExplanationLanguage.Chinese ? Chinese : English;

    /// <summary>Formats the finding.</summary>
    /// <returns>A text such as <c>Error TooManyMembers (COM-01): …</c>.</returns>
    public override string ToString() => $"{Severity} {Code} ({RuleId}): {English}";
}
