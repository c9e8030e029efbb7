using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Community.Domain.Explanations;

/// <summary>One step of an explanation: what kind of step it is and what it says, in both languages.</summary>
public sealed record ExplanationStep
{
    /// <summary>Initializes a new instance of the <see cref="ExplanationStep"/> class.</summary>
    /// <param name="kind">What the step records.</param>
    /// <param name="english">The English text; not blank.</param>
    /// <param name="chinese">The Chinese text; not blank.</param>
    /// <exception cref="ArgumentException">A text is blank or <paramref name="kind"/> is undefined.</exception>
    [JsonConstructor]
    public ExplanationStep(ExplanationStepKind kind, string english, string chinese)
    {
        Kind = Guard.Against.UndefinedEnum(kind);
        English = Guard.Against.BlankText(english);
        Chinese = Guard.Against.BlankText(chinese);
    }

    /// <summary>Gets what the step records.</summary>
    public ExplanationStepKind Kind { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the Chinese text.</summary>
    public string Chinese { get; }

    /// <summary>Returns the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The English or the Chinese text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is neither English nor Chinese.</exception>
    public string In(ExplanationLanguage language) => Guard.Against.Language(language) == ExplanationLanguage.Chinese ? Chinese : English;

    /// <summary>Formats the step, for diagnostics.</summary>
    /// <returns>The kind and the English text.</returns>
    public override string ToString() => $"{Kind}: {English}";
}
