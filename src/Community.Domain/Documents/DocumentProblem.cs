namespace Community.Domain.Documents;

/// <summary>One problem of a policy or case document: what kind it is, where it is (a JSON path such as <c>$.policies[3].policy.maximum</c>, and for text that is not well-formed JSON the line and column) and what is wrong.</summary>
public sealed record DocumentProblem
{
    /// <summary>Initializes a new instance of the <see cref="DocumentProblem"/> class.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="path">The JSON path of the value at fault, such as <c>$.policies[3].ruleId</c>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="line">The line (from 1) of text at fault, or null.</param>
    /// <param name="column">The column (from 1) of text at fault, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="line"/> or <paramref name="column"/> is below 1.</exception>
    public DocumentProblem(DocumentProblemKind kind, string path, string message, long? line = null, long? column = null)
    {
        Kind = Ardalis.GuardClauses.Guard.Against.UndefinedEnum(kind);
        Path = Ardalis.GuardClauses.Guard.Against.NullArgument(path);
        Message = Ardalis.GuardClauses.Guard.Against.NullArgument(message);
        Line = line is < 1 ? throw Shared.GuardExtensions.OutOfRange(nameof(line), line, "must be 1 or more, or null") : line;
        Column = column is < 1 ? throw Shared.GuardExtensions.OutOfRange(nameof(column), column, "must be 1 or more, or null") : column;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentProblem"/> class for a definition that does not hold together.</summary>
    /// <param name="definitionKind">What kind of definition problem it is; the problem's <see cref="Kind"/> is <see cref="DocumentProblemKind.Definition"/>.</param>
    /// <param name="path">The JSON path of the value at fault.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="definitionKind"/> is not defined.</exception>
    public DocumentProblem(Policies.DefinitionProblemKind definitionKind, string path, string message)
        : this(DocumentProblemKind.Definition, path, message) =>
        DefinitionKind = Ardalis.GuardClauses.Guard.Against.UndefinedEnum(definitionKind);

    /// <summary>Gets what kind of problem it is.</summary>
    public DocumentProblemKind Kind { get; }

    /// <summary>Gets, for a <see cref="DocumentProblemKind.Definition"/> problem, what kind of definition problem it is; otherwise null.</summary>
    public Policies.DefinitionProblemKind? DefinitionKind { get; }

    /// <summary>Gets the JSON path of the value at fault.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>Gets the line (from 1) of text at fault, or null when the problem is of a value.</summary>
    public long? Line { get; }

    /// <summary>Gets the column (from 1) of text at fault, or null when the problem is of a value.</summary>
    public long? Column { get; }

    /// <summary>Formats the problem.</summary>
    /// <returns>A text such as <c>$.policies[3].ruleId: "" is not a rule id such as COM-01.</c> or <c>line 4, column 7: …</c>.</returns>
    public override string ToString() => Line is { } line ? $"line {line}, column {Column}: {Message}" : $"{Path}: {Message}";
}
