using System.Globalization;
using Community.Domain.Policies;

namespace Community.Domain.Committees;

/// <summary>How many rooms a residents' committee may keep as dedicated offices (专门办公室); the rest of its premises serve residents.</summary>
/// <remarks>Implements COM-05 (Xiantao): one dedicated office per committee, other rooms becoming residents' activity rooms.</remarks>
public sealed class OfficeRoomPolicy
{
    private OfficeRoomPolicy(int maximumOfficeRooms) => MaximumOfficeRooms = maximumOfficeRooms;

    /// <summary>Gets the most rooms a committee may keep as dedicated offices.</summary>
    public int MaximumOfficeRooms { get; }

    /// <summary>Creates a policy allowing at most the given number of office rooms.</summary>
    /// <param name="maximumOfficeRooms">The most office rooms allowed, 1 or more.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException"><paramref name="maximumOfficeRooms"/> is below 1.</exception>
    public static OfficeRoomPolicy AtMost(int maximumOfficeRooms) =>
        maximumOfficeRooms >= 1
            ? new(maximumOfficeRooms)
            : throw new PolicyDefinitionException(
                "office room policy",
                [new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"maximumOfficeRooms is {maximumOfficeRooms}; expected 1 or more."), nameof(maximumOfficeRooms))]);

    /// <summary>Formats the policy.</summary>
    /// <returns>A text such as <c>at most 1 office room(s)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"at most {MaximumOfficeRooms} office room(s)");
}
