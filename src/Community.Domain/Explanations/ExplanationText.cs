using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace Community.Domain.Explanations;

/// <summary>One piece of an explanation in both languages: a stable name, the English text and the Chinese text.</summary>
/// <remarks>Used for inputs, steps' wording and results, so that a service can show either language or both.</remarks>
public sealed record ExplanationText
{
    /// <summary>Initializes a new instance of the <see cref="ExplanationText"/> class.</summary>
    /// <param name="name">A stable name a program can match on, such as <c>population</c>; not blank.</param>
    /// <param name="english">The English text; not blank.</param>
    /// <param name="chinese">The Chinese text; not blank.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    [JsonConstructor]
    public ExplanationText(string name, string english, string chinese)
    {
        Name = Guard.Against.BlankText(name);
        English = Guard.Against.BlankText(english);
        Chinese = Guard.Against.BlankText(chinese);
    }

    /// <summary>Gets the stable name.</summary>
    public string Name { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the Chinese text.</summary>
    public string Chinese { get; }

    /// <summary>Returns the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The English or the Chinese text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is neither English nor Chinese.</exception>
    public string In(ExplanationLanguage language) => Guard.Against.Language(language) == ExplanationLanguage.Chinese ? Chinese : English;

    /// <summary>Formats the text, for diagnostics.</summary>
    /// <returns>The name and the English text.</returns>
    public override string ToString() => $"{Name}: {English}";
}
