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

    /// <summary>Gets the kind of problem.</summary>
    public DefinitionProblemKind Kind { get; }

    /// <summary>Gets the message.</summary>
    public string Message { get; }

    /// <summary>Formats the problem.</summary>
    /// <returns>A text such as <c>Gap: …</c>.</returns>
    public override string ToString() => $"{Kind}: {Message}";
}
