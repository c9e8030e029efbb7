using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;

namespace Community.Domain.Committees;

/// <summary>A community's residents' committee (居委会) and its members.</summary>
/// <remarks>
/// Immutable: <see cref="WithMember"/> and <see cref="WithoutMember"/> return changed copies. A
/// committee has at least one member, and names are unique within it. Each member counts once,
/// whatever party post he or she also holds.
/// </remarks>
public sealed class ResidentsCommittee
{
    private ResidentsCommittee(CommunityProfile community, ImmutableArray<CommitteeMember> members, int? officeRooms)
    {
        Community = community;
        Members = members;
        OfficeRooms = officeRooms;
        foreach (var member in members)
        {
            if (member.Employment == Employment.FullTime)
            {
                FullTimeCount++;
            }

            if (member.Post == CommitteePost.Director)
            {
                DirectorCount++;
            }
        }
    }

    /// <summary>Gets the community the committee serves.</summary>
    public CommunityProfile Community { get; }

    /// <summary>Gets the members, in the order given.</summary>
    public ImmutableArray<CommitteeMember> Members { get; }

    /// <summary>Gets the number of members.</summary>
    public int Total => Members.Length;

    /// <summary>Gets the number of full-time members.</summary>
    public int FullTimeCount { get; }

    /// <summary>Gets the number of part-time members.</summary>
    public int PartTimeCount => Total - FullTimeCount;

    /// <summary>Gets the number of rooms the committee keeps as dedicated offices (专门办公室), when known.</summary>
    public int? OfficeRooms { get; }

    /// <summary>Gets the number of members whose committee post is director.</summary>
    public int DirectorCount { get; }

    /// <summary>Creates a committee.</summary>
    /// <param name="community">The community it serves.</param>
    /// <param name="members">The members; at least one, with unique names.</param>
    /// <returns>The committee.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/>, <paramref name="members"/> or a member is null.</exception>
    /// <exception cref="ArgumentException">There are no members, or two members share a name.</exception>
    public static ResidentsCommittee Create(CommunityProfile community, IEnumerable<CommitteeMember> members)
    {
        Guard.Against.NullArgument(community);
        var list = Guard.Against.NoNullElements(members);
        if (list.IsEmpty)
        {
            throw new ArgumentException($"members is empty for the committee of {community.Name}; expected at least one member.", nameof(members));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            if (!seen.TryAdd(list[i].Name, i))
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"members[{i}]");
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"{name} is \"{list[i].Name}\", already named by members[{seen[list[i].Name]}]; expected each member once, whatever posts he or she holds."),
                    name);
            }
        }

        return new(community, list, null);
    }

    /// <summary>Returns a copy that records how many rooms the committee keeps as dedicated offices.</summary>
    /// <param name="officeRooms">The number of office rooms, zero or more, or <see langword="null"/> when unknown.</param>
    /// <returns>The changed committee.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="officeRooms"/> is negative.</exception>
    public ResidentsCommittee WithOfficeRooms(int? officeRooms)
    {
        if (officeRooms is { } rooms)
        {
            Guard.Against.NegativeCount(rooms, nameof(officeRooms));
        }

        return new(Community, Members, officeRooms);
    }

    /// <summary>Returns a copy with one more member.</summary>
    /// <param name="member">The new member, whose name is not yet on the committee.</param>
    /// <returns>The changed committee.</returns>
    /// <exception cref="ArgumentException">A member of that name is already on the committee.</exception>
    public ResidentsCommittee WithMember(CommitteeMember member)
    {
        Guard.Against.NullArgument(member);
        foreach (var existing in Members)
        {
            if (string.Equals(existing.Name, member.Name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"member is \"{member.Name}\", who is already on the committee of {Community.Name}; expected a new name (replace a member with WithoutMember first).", nameof(member));
            }
        }

        return new(Community, Members.Add(member), OfficeRooms);
    }

    /// <summary>Returns a copy without the named member.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The changed committee.</returns>
    /// <exception cref="ArgumentException">No member has that name, or it is the last member.</exception>
    public ResidentsCommittee WithoutMember(string name)
    {
        Guard.Against.BlankText(name);
        for (var i = 0; i < Members.Length; i++)
        {
            if (string.Equals(Members[i].Name, name, StringComparison.Ordinal))
            {
                return Members.Length > 1
                    ? new(Community, Members.RemoveAt(i), OfficeRooms)
                    : throw new ArgumentException($"name is \"{name}\", the only member of the committee of {Community.Name}; a committee keeps at least one member.", nameof(name));
            }
        }

        throw new ArgumentException($"name is \"{name}\"; expected the name of a member of the committee of {Community.Name}.", nameof(name));
    }

    /// <summary>Formats the committee, for diagnostics.</summary>
    /// <returns>A text such as <c>Xingmen: 5 members, 3 full-time, 2 part-time</c>.</returns>
    public override string ToString() => $"{Community.Name}: {Total} members, {FullTimeCount} full-time, {PartTimeCount} part-time";
}
