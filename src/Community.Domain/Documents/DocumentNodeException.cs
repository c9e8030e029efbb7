namespace Community.Domain.Documents;

/// <summary>A value of a document that cannot be read, at its path; a document's reader turns it into a <see cref="DocumentProblem"/> and goes on reading, so that every problem is listed.</summary>
/// <remarks>A module's codecs and case evaluations throw it for what a document gets wrong; callers of the library never see it, only the <see cref="DocumentProblem"/>s of a refused document.</remarks>
public sealed class DocumentNodeException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DocumentNodeException"/> class.</summary>
    /// <param name="path">The JSON path of the value, such as <c>$.policies[3].policy.hours</c>.</param>
    /// <param name="message">What is wrong and what was expected, in the document's terms, such as <c>is -1; expected zero or more hours.</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public DocumentNodeException(string path, string message)
        : base(Ardalis.GuardClauses.Guard.Against.NullArgument(message)) =>
        Path = Ardalis.GuardClauses.Guard.Against.NullArgument(path);

    /// <summary>Gets the JSON path of the value.</summary>
    public string Path { get; }
}
