using Community.Domain.Assessments;
using Community.Domain.Communities;

namespace Community.Domain.Committees;

/// <summary>A committee size policy: the least and most members a residents' committee may have, such as 5 to 9; a lower level may narrow a higher level's range.</summary>
/// <remarks>Where the nearer level's range does not lie within a higher level's, a review applies the nearer one and warns, citing both.</remarks>
public sealed class CommitteeSizePolicy
{
    private CommitteeSizePolicy(CountRange members, FindingSeverity belowMinimum = FindingSeverity.Error, FindingSeverity aboveMaximum = FindingSeverity.Error)
    {
        Members = members;
        BelowMinimum = belowMinimum;
        AboveMaximum = aboveMaximum;
    }

    /// <summary>Gets the members allowed.</summary>
    public CountRange Members { get; }

    /// <summary>Gets how grave a committee of fewer members is: <see cref="FindingSeverity.Error"/> (the default) for a required least, <see cref="FindingSeverity.Warning"/> for a recommended one.</summary>
    public FindingSeverity BelowMinimum { get; }

    /// <summary>Gets how grave a committee of more members is: <see cref="FindingSeverity.Error"/> (the default) for a required most, <see cref="FindingSeverity.Warning"/> for a recommended one that committees may pass.</summary>
    public FindingSeverity AboveMaximum { get; }

    /// <summary>The same range, with the severity of each side: a recommended most that committees may pass is a warning, not an error.</summary>
    /// <param name="belowMinimum">The severity of fewer members than the least: Error or Warning.</param>
    /// <param name="aboveMaximum">The severity of more members than the most: Error or Warning.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A severity is neither Error nor Warning.</exception>
    public CommitteeSizePolicy WithSeverities(FindingSeverity belowMinimum, FindingSeverity aboveMaximum) =>
        new(Members, Limit(belowMinimum, nameof(belowMinimum)), Limit(aboveMaximum, nameof(aboveMaximum)));

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
    /// <returns>A text such as <c>5-9 members</c>, with the severities where one is not an error.</returns>
    public override string ToString() =>
        BelowMinimum == FindingSeverity.Error && AboveMaximum == FindingSeverity.Error ? $"{Members} members" : $"{Members} members (below: {BelowMinimum}, above: {AboveMaximum})";

    private static FindingSeverity Limit(FindingSeverity severity, string parameterName) =>
        severity is FindingSeverity.Error or FindingSeverity.Warning
            ? severity
            : throw GuardExtensions.OutOfRange(parameterName, severity, "must be Error (a required limit) or Warning (a recommended one)");
}
