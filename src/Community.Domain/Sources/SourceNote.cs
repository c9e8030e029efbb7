using Ardalis.GuardClauses;

namespace Community.Domain.Sources;

/// <summary>A note on how a rule stands in its sources, in English and Chinese: that two sources give it differently, and which reading the version takes.</summary>
/// <remarks>A version's notes appear as remarks in every explanation that uses it.</remarks>
public sealed record SourceNote
{
    private SourceNote(string english, string chinese)
    {
        English = english;
        Chinese = chinese;
    }

    /// <summary>Gets the note in English.</summary>
    public string English { get; }

    /// <summary>Gets the note in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>Creates a note.</summary>
    /// <param name="english">The note in English; not blank.</param>
    /// <param name="chinese">The note in Chinese; not blank.</param>
    /// <returns>The note.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public static SourceNote Of(string english, string chinese) => new(Guard.Against.BlankText(english), Guard.Against.BlankText(chinese));

    /// <summary>Formats the note.</summary>
    /// <returns>The English note.</returns>
    public override string ToString() => English;
}
