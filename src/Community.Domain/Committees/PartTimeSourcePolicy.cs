using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Committees;

/// <summary>The sources a policy allows part-time committee members to be elected from.</summary>
/// <remarks>Implements COM-02: grid workers, resident group leaders, member-unit representatives and owners' committee chairs.</remarks>
public sealed class PartTimeSourcePolicy
{
    private readonly bool[] _allowed;

    private PartTimeSourcePolicy(ImmutableArray<PartTimeSource> allowed)
    {
        Allowed = allowed;
        _allowed = new bool[(int)PartTimeSource.Other + 1];
        foreach (var source in allowed)
        {
            _allowed[(int)source] = true;
        }
    }

    /// <summary>Gets the allowed sources.</summary>
    public ImmutableArray<PartTimeSource> Allowed { get; }

    /// <summary>Creates a policy allowing the given sources.</summary>
    /// <param name="allowed">The allowed sources; at least one, none repeated.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allowed"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">No source is given, a source is undefined, or a source is repeated; every problem is listed.</exception>
    public static PartTimeSourcePolicy Allowing(params IEnumerable<PartTimeSource> allowed)
    {
        Guard.Against.NullArgument(allowed);
        var list = allowed.ToImmutableArray();
        var problems = new List<DefinitionProblem>();
        if (list.IsEmpty)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, "No part-time source is allowed; expected at least one.", "allowed"));
        }

        var seen = new HashSet<PartTimeSource>();
        foreach (var source in list)
        {
            if (!Enum.IsDefined(source))
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"Part-time source {(int)source} is not defined."));
            }
            else if (!seen.Add(source))
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"Part-time source {source} is listed twice."));
            }
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("part-time source policy", problems) : new(list);
    }

    /// <summary>Tells whether a source is allowed.</summary>
    /// <param name="source">The source.</param>
    /// <returns><see langword="true"/> when the policy allows it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined <see cref="PartTimeSource"/>.</exception>
    public bool IsAllowed(PartTimeSource source) => (int)Guard.Against.UndefinedEnum(source) < _allowed.Length && _allowed[(int)source];

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>The allowed sources.</returns>
    public override string ToString() => "allowed: " + string.Join(", ", Allowed);
}
