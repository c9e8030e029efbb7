using System.Collections.Immutable;
using System.Text;

namespace Community.Domain.Policies;

/// <summary>Thrown when a policy definition (a band table, a policy, a catalog) is invalid; lists every problem found, not just the first.</summary>
/// <remarks>A bad definition fails when it is defined, never later with a wrong number.</remarks>
public sealed class PolicyDefinitionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PolicyDefinitionException"/> class.</summary>
    /// <param name="what">What was being defined, such as <c>band table</c>; not blank.</param>
    /// <param name="problems">The problems found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public PolicyDefinitionException(string what, IEnumerable<DefinitionProblem> problems)
        : this(Ardalis.GuardClauses.Guard.Against.BlankText(what), ToArray(problems))
    {
    }

    private PolicyDefinitionException(string what, ImmutableArray<DefinitionProblem> problems)
        : base(Describe(what, problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in the order found.</summary>
    public ImmutableArray<DefinitionProblem> Problems { get; }

    private static ImmutableArray<DefinitionProblem> ToArray(IEnumerable<DefinitionProblem> problems)
    {
        var array = Ardalis.GuardClauses.Guard.Against.NoNullElements(problems);
        return array.IsEmpty
            ? throw new ArgumentException("problems is empty; expected at least one problem.", nameof(problems))
            : array;
    }

    private static string Describe(string what, ImmutableArray<DefinitionProblem> problems)
    {
        var text = new StringBuilder("The ").Append(what).Append(" is invalid: ").Append(problems.Length)
            .Append(problems.Length == 1 ? " problem." : " problems.");
        foreach (var problem in problems)
        {
            text.AppendLine().Append(" - ").Append(problem);
        }

        return text.ToString();
    }
}
