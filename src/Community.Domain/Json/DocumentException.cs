using System.Collections.Immutable;

namespace Community.Domain.Json;

/// <summary>A policy or case document that cannot be read: every problem found, each with its JSON path (and, for malformed JSON, its line and column). Nothing of the document was loaded.</summary>
public sealed class DocumentException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public DocumentException(IEnumerable<Documents.DocumentProblem> problems)
        : this(Ardalis.GuardClauses.Guard.Against.NoNullElements(problems))
    {
    }

    private DocumentException(ImmutableArray<Documents.DocumentProblem> problems)
        : base($"The document has {problems.Length} problem(s): {string.Join("; ", problems)}")
    {
        Problems = problems.IsEmpty ? throw new ArgumentException("problems is empty; expected at least one problem.", nameof(problems)) : problems;
    }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<Documents.DocumentProblem> Problems { get; }
}
