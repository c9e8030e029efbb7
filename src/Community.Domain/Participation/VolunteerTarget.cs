using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Participation;

/// <summary>The shares of party members and of residents that should take part in volunteer service.</summary>
/// <remarks>Implements PAR-02 (80% or more of party members and 30% or more of residents, "按有关文件规定", as the Xiantao report cites it).</remarks>
public sealed class VolunteerTarget
{
    private VolunteerTarget(ShareThreshold partyMembers, ShareThreshold residents)
    {
        PartyMembers = partyMembers;
        Residents = residents;
    }

    /// <summary>Gets the share of party members that should volunteer.</summary>
    public ShareThreshold PartyMembers { get; }

    /// <summary>Gets the share of residents that should volunteer.</summary>
    public ShareThreshold Residents { get; }

    /// <summary>Creates the target.</summary>
    /// <param name="partyMembers">The share of party members.</param>
    /// <param name="residents">The share of residents.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">A share is the default value.</exception>
    public static VolunteerTarget Create(ShareThreshold partyMembers, ShareThreshold residents) =>
        new(Guard.Against.DefaultValue(partyMembers, "ShareThreshold.AtLeast or ShareThreshold.MoreThan"), Guard.Against.DefaultValue(residents, "ShareThreshold.AtLeast or ShareThreshold.MoreThan"));

    /// <summary>Formats the target, for diagnostics.</summary>
    /// <returns>A text such as <c>party members at least 4/5; residents at least 3/10</c>.</returns>
    public override string ToString() => $"party members {PartyMembers}; residents {Residents}";
}
