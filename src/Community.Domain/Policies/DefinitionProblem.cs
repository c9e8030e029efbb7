namespace Community.Domain.Policies;

/// <summary>One problem found in a policy definition: a stable kind and a message naming what is wrong.</summary>
public sealed record DefinitionProblem
{
    /// <summary>Initializes a new instance of the <see cref="DefinitionProblem"/> class.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="message">What is wrong, naming the values involved; not blank.</param>
    public DefinitionProblem(DefinitionProblemKind kind, string message)
    {
        Kind = Ardalis.GuardClauses.Guard.Against.UndefinedEnum(kind);
        Message = Ardalis.GuardClauses.Guard.Against.BlankText(message);
    }

    /// <summary>Initializes a new instance of the <see cref="DefinitionProblem"/> class for a problem of one argument of the definition.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="message">What is wrong, naming the values involved; not blank.</param>
    /// <param name="argument">The argument at fault as the factory names it, with an index or member where the fault lies inside it, such as <c>lines[1]</c> or <c>maximumHouseholds</c>; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> or <paramref name="argument"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public DefinitionProblem(DefinitionProblemKind kind, string message, string argument)
        : this(kind, message) =>
        Argument = Ardalis.GuardClauses.Guard.Against.BlankText(argument);

    /// <summary>Gets the argument at fault as the factory names it (<c>lines[1]</c>), or null when the problem is of the definition as a whole; a document's reader places the problem at the member of that name.</summary>
    public string? Argument { get; }

    /// <summary>Gets the same problem placed inside an argument of an enclosing definition: <c>bands[1]</c> inside <c>quotas</c> is <c>quotas.bands[1]</c>.</summary>
    /// <param name="outer">The enclosing argument, such as <c>quotas</c>.</param>
    /// <returns>The problem, its argument prefixed.</returns>
    /// <exception cref="ArgumentException"><paramref name="outer"/> is blank.</exception>
    public DefinitionProblem Within(string outer)
    {
        Ardalis.GuardClauses.Guard.Against.BlankText(outer);
        return new(Kind, Message, Argument is { } inner ? (inner.StartsWith('[') ? outer + inner : outer + "." + inner) : outer);
    }

    /// <summary>Gets the kind of problem.</summary>
    public DefinitionProblemKind Kind { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Formats the problem.</summary>
    /// <returns>A text such as <c>Gap: …</c>.</returns>
    public override string ToString() => $"{Kind}: {Message}";
}
