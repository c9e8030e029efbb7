namespace Community.Domain.Documents;

/// <summary>A value of a document that cannot be read, at its path; a document's reader turns it into a <see cref="DocumentProblem"/> and goes on reading, so that every problem is listed.</summary>
/// <remarks>A module's codecs and case evaluations throw it for what a document gets wrong; callers of the library never see it, only the <see cref="DocumentProblem"/>s of a refused document.</remarks>
public sealed class DocumentNodeException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DocumentNodeException"/> class for a value that is refused (<see cref="DocumentProblemKind.InvalidValue"/>).</summary>
    /// <param name="path">The JSON path of the value, such as <c>$.policies[3].policy.hours</c>.</param>
    /// <param name="message">What is wrong and what was expected, in the document's terms, such as <c>is -1; expected zero or more hours.</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public DocumentNodeException(string path, string message)
        : this(path, DocumentProblemKind.InvalidValue, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentNodeException"/> class.</summary>
    /// <param name="path">The JSON path of the value, such as <c>$.policies[3].policy.hours</c>.</param>
    /// <param name="kind">What kind of problem it is, such as <see cref="DocumentProblemKind.NotApplying"/> for members that conflict.</param>
    /// <param name="message">What is wrong and what was expected, in the document's terms.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or is <see cref="DocumentProblemKind.Definition"/> (a definition's problems are thrown as a <see cref="Policies.PolicyDefinitionException"/>).</exception>
    public DocumentNodeException(string path, DocumentProblemKind kind, string message)
        : base(Ardalis.GuardClauses.Guard.Against.NullArgument(message))
    {
        Path = Ardalis.GuardClauses.Guard.Against.NullArgument(path);
        Kind = kind == DocumentProblemKind.Definition
            ? throw Shared.GuardExtensions.OutOfRange(nameof(kind), kind, "must not be Definition: throw a PolicyDefinitionException, whose problems keep their own kinds")
            : Shared.GuardExtensions.UndefinedEnum(Ardalis.GuardClauses.Guard.Against, kind);
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentNodeException"/> class for a definition read from a node that does not hold together, each problem placed at the member its argument names.</summary>
    /// <param name="node">The node the definition was read from, such as a version's <c>policy</c>.</param>
    /// <param name="definition">The definition's refusal.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public DocumentNodeException(DocumentNode node, Policies.PolicyDefinitionException definition)
        : this(node, definition, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentNodeException"/> class for a definition read from a node that does not hold together: each of its problems is placed at the member its argument names (<c>lines[1]</c> at <c>….lines[1]</c>), or at the node where the document has no such member.</summary>
    /// <param name="node">The node the definition was read from, such as a version's <c>policy</c>.</param>
    /// <param name="definition">The definition's refusal.</param>
    /// <param name="argument">The argument of the factory that <paramref name="node"/> stands for when the document names it otherwise (a fund's <c>annualAmounts</c> read from its <c>annualBands</c>), or null when the node is the definition itself: a problem of <c>annualAmounts.bands[1]</c> is then placed at <c>….annualBands.bands[1]</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public DocumentNodeException(DocumentNode node, Policies.PolicyDefinitionException definition, string? argument)
        : base(string.Join(" ", Ardalis.GuardClauses.Guard.Against.NullArgument(definition).Problems.Select(p => p.Message)))
    {
        Path = node.Path;
        Kind = DocumentProblemKind.Definition;
        Problems = [.. definition.Problems.Select(p => Placed(node, p, node.PathOf(Inside(p.Argument, argument))))];
    }

    /// <summary>A definition problem at its path; placed at the member its argument names, its message loses the argument's name that leads it (<c>cityHonours is 0; …</c> reads <c>is 0; …</c>).</summary>
    private static DocumentProblem Placed(DocumentNode node, Policies.DefinitionProblem problem, string path) =>
        new(problem.Kind, path, path != node.Path && problem.Argument is { } name && problem.Message.StartsWith(name + " is ", StringComparison.Ordinal) ? problem.Message[(name.Length + 1)..] : problem.Message);

    /// <summary>The part of a problem's argument inside the argument a node stands for: <c>annualAmounts.bands[1]</c> inside <c>annualAmounts</c> is <c>bands[1]</c>; an argument outside it is placed at the node.</summary>
    private static string? Inside(string? problem, string? argument) =>
        argument is null || problem is null ? problem
        : problem == argument ? null
        : problem.StartsWith(argument + ".", StringComparison.Ordinal) ? problem[(argument.Length + 1)..]
        : problem.StartsWith(argument + "[", StringComparison.Ordinal) ? problem[argument.Length..]
        : null;

    /// <summary>Gets the JSON path of the value.</summary>
    public string Path { get; }

    /// <summary>Gets what kind of problem it is.</summary>
    public DocumentProblemKind Kind { get; }

    /// <summary>Gets the problems this refusal reports: one, or for a definition each of its problems at its member.</summary>
    public System.Collections.Immutable.ImmutableArray<DocumentProblem> Problems => field.IsDefault ? [new DocumentProblem(Kind, Path, Message)] : field;
}
