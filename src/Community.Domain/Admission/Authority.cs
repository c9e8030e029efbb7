using Ardalis.GuardClauses;

namespace Community.Domain.Admission;

/// <summary>A body that receives applications or approves work: identified by a stable id, named in Chinese and English.</summary>
/// <remarks>
/// Two authorities are the same body when their ids are equal, whatever their names say: names are
/// for people, ids for programs. The three bodies the sources name are built in.
/// </remarks>
public sealed class Authority : IEquatable<Authority>
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Authority(string id, string chinese, string english)
    {
        Id = Guard.Against.BlankText(id).Trim();
        Chinese = Guard.Against.BlankText(chinese).Trim();
        English = Guard.Against.BlankText(english).Trim();
    }

    /// <summary>Gets the stable id, such as <c>district-community-office</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name, such as 区社区办.</summary>
    public string Chinese { get; }

    /// <summary>Gets the English name.</summary>
    public string English { get; }

    /// <summary>Gets the district community office (区社区办), to which Xinluo's proposal (ADM-01) sends applications.</summary>
    public static Authority DistrictCommunityOffice { get; } = BuiltIn("district-community-office");

    /// <summary>Gets the district party committee and government (区委、区政府), which approve under Xinluo's proposal (ADM-01).</summary>
    public static Authority DistrictPartyCommitteeAndGovernment { get; } = BuiltIn("district-party-committee-and-government");

    /// <summary>Gets the city community-building leading group office (市社区建设领导小组办公室), which approves in the unnamed city (ADM-02).</summary>
    public static Authority CityCommunityBuildingOffice { get; } = BuiltIn("city-community-building-office");

    /// <summary>Creates an authority.</summary>
    /// <param name="id">The stable id; not blank; surrounding spaces are removed.</param>
    /// <param name="chinese">The Chinese name; not blank; surrounding spaces are removed.</param>
    /// <param name="english">The English name; not blank; surrounding spaces are removed.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public static Authority Of(string id, string chinese, string english) =>
        new(id, chinese, english);

    /// <summary>Tells whether another authority is the same body: the same id.</summary>
    /// <param name="other">The other authority.</param>
    /// <returns><see langword="true"/> when the ids are equal.</returns>
    public bool Equals(Authority? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Authority);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Formats the authority, for diagnostics.</summary>
    /// <returns>Its Chinese name with the English in brackets.</returns>
    public override string ToString() => $"{Chinese} ({English})";

    private static Authority BuiltIn(string id)
    {
        var (chinese, english) = AdmissionText.BuiltInAuthority(id);
        return new(id, chinese, english);
    }
}
