namespace Community.Domain.Documents;

/// <summary>One problem of a policy document: where it is (a JSON path such as <c>$.policies[3].policy.maximum</c>, and for malformed JSON the line and column) and what is wrong.</summary>
public sealed record DocumentProblem
{
    /// <summary>Initializes a new instance of the <see cref="DocumentProblem"/> class.</summary>
    /// <param name="path">The JSON path of the value at fault, such as <c>$.policies[3].ruleId</c>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="line">The line (from 1) of malformed JSON, or null.</param>
    /// <param name="column">The column (from 1) of malformed JSON, or null.</param>
    public DocumentProblem(string path, string message, long? line = null, long? column = null)
    {
        Path = Ardalis.GuardClauses.Guard.Against.NullArgument(path);
        Message = Ardalis.GuardClauses.Guard.Against.NullArgument(message);
        Line = line;
        Column = column;
    }

    /// <summary>Gets the JSON path of the value at fault.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>Gets the line (from 1) of malformed JSON, or null when the JSON is well formed.</summary>
    public long? Line { get; }

    /// <summary>Gets the column (from 1) of malformed JSON, or null when the JSON is well formed.</summary>
    public long? Column { get; }

    /// <summary>Formats the problem.</summary>
    /// <returns>A text such as <c>$.policies[3].ruleId: "" is not a rule id such as COM-01.</c> or <c>line 4, column 7: …</c>.</returns>
    public override string ToString() => Line is { } line ? $"line {line}, column {Column}: {Message}" : $"{Path}: {Message}";
}
