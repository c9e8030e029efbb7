namespace Community.Domain.Declarations;

/// <summary>A policy of a declared kind: the kind and the rule, checked against each other (<see cref="DeclaredKind.Policy"/>). Immutable.</summary>
public sealed class DeclaredPolicy
{
    internal DeclaredPolicy(DeclaredKind kind, DeclaredRule rule, DeclaredRule bound)
    {
        Kind = kind;
        Rule = rule;
        Bound = bound;
    }

    /// <summary>Gets the kind the policy is of.</summary>
    public DeclaredKind Kind { get; }

    /// <summary>Gets the rule, as given.</summary>
    public DeclaredRule Rule { get; }

    /// <summary>Gets the rule with its inputs resolved, as the evaluator runs it.</summary>
    internal DeclaredRule Bound { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind.Name}: {Rule}";
}
