using Community.Domain.Communities;

namespace Community.Domain.Committees;

/// <summary>A committee size policy: the least and most members a residents' committee may have, such as 5 to 9; a lower level may narrow a higher level's range.</summary>
/// <remarks>Where the nearer level's range does not lie within a higher level's, a review applies the nearer one and warns, citing both.</remarks>
public sealed class CommitteeSizePolicy
{
    private CommitteeSizePolicy(CountRange members) => Members = members;

    /// <summary>Gets the members allowed.</summary>
    public CountRange Members { get; }

    /// <summary>Creates a policy allowing a range of members.</summary>
    /// <param name="minimum">The least members, zero or more.</param>
    /// <param name="maximum">The most members, at least <paramref name="minimum"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative or <paramref name="maximum"/> is below it.</exception>
    public static CommitteeSizePolicy Between(int minimum, int maximum) => new(CountRange.Between(minimum, maximum, nameof(minimum), nameof(maximum)));

    /// <summary>Creates a policy requiring an exact number of members.</summary>
    /// <param name="members">The members, zero or more.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="members"/> is negative.</exception>
    public static CommitteeSizePolicy Exactly(int members) => new(CountRange.Exactly(members, nameof(members)));

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>A text such as <c>5-9 members</c>.</returns>
    public override string ToString() => $"{Members} members";
}
