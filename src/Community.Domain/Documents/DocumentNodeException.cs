namespace Community.Domain.Documents;

/// <summary>A value of a policy document that cannot be read, at its path; the document reader turns it into a <see cref="DocumentProblem"/>.</summary>
internal sealed class DocumentNodeException(string path, string message) : Exception(message)
{
    /// <summary>Gets the path of the value.</summary>
    public string Path { get; } = path;
}
