using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Committees;

/// <summary>An election policy: the share of voters or households that must take part for an election to be valid, and the share of the votes cast that elects a member.</summary>
/// <remarks>"Valid when more than half of the registered voters take part; a candidate is elected with more than half of the votes cast" is <c>ElectionPolicy.Create(ElectionBasis.Voters, ShareThreshold.MoreThan(1, 2), ShareThreshold.MoreThan(1, 2))</c>.</remarks>
public sealed class ElectionPolicy
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal ElectionPolicy(ElectionBasis basis, ShareThreshold turnout, ShareThreshold elects)
    {
        Basis = Guard.Against.UndefinedEnum(basis);
        Turnout = Guard.Against.DefaultValue(turnout, "ShareThreshold.AtLeast or ShareThreshold.MoreThan");
        Elects = Guard.Against.DefaultValue(elects, "ShareThreshold.AtLeast or ShareThreshold.MoreThan");
    }

    /// <summary>Gets who takes part: voters or households.</summary>
    public ElectionBasis Basis { get; }

    /// <summary>Gets the share of those eligible that must take part.</summary>
    public ShareThreshold Turnout { get; }

    /// <summary>Gets the share of the votes cast that elects a member.</summary>
    public ShareThreshold Elects { get; }

    /// <summary>Creates an election policy.</summary>
    /// <param name="basis">Who takes part.</param>
    /// <param name="turnout">The share of those eligible that must take part.</param>
    /// <param name="elects">The share of the votes cast that elects.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is not a defined <see cref="ElectionBasis"/>.</exception>
    public static ElectionPolicy Create(ElectionBasis basis, ShareThreshold turnout, ShareThreshold elects) =>
        new(basis, turnout, elects);

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is ElectionPolicy other && Equals(Basis, other.Basis) && Equals(Turnout, other.Turnout) && Equals(Elects, other.Elects);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Basis, Turnout, Elects);

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>A text such as <c>Voters: turnout more than 1/2, elected with more than 1/2</c>.</returns>
    public override string ToString() => $"{Basis}: turnout {Turnout}, elected with {Elects}";
}
