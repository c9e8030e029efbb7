using Ardalis.GuardClauses;

namespace Community.Domain.Admission;

/// <summary>A body that receives applications or approves work, such as the district community office (区社区办).</summary>
/// <remarks>Two authorities are the same body when their Chinese names are equal (ordinal, after trimming); the English name is a label.</remarks>
public sealed class Authority : IEquatable<Authority>
{
    private Authority(string chinese, string english)
    {
        Chinese = chinese;
        English = english;
    }

    /// <summary>Gets the body's Chinese name, which identifies it.</summary>
    public string Chinese { get; }

    /// <summary>Gets the body's English name.</summary>
    public string English { get; }

    /// <summary>Gets the district community office (区社区办), which receives applications under ADM-01.</summary>
    public static Authority DistrictCommunityOffice { get; } = new("区社区办", "the district community office");

    /// <summary>Gets the district party committee and government (区委、区政府), which approve work under ADM-01.</summary>
    public static Authority DistrictPartyCommitteeAndGovernment { get; } = new("区委、区政府", "the district party committee and government");

    /// <summary>Gets the city community-building leading group office (市社区建设领导小组办公室), which approves work under ADM-02.</summary>
    public static Authority CityCommunityBuildingOffice { get; } = new("市社区建设领导小组办公室", "the city community-building leading group office");

    /// <summary>Creates an authority.</summary>
    /// <param name="chinese">The Chinese name, which identifies the body; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    /// <returns>The authority.</returns>
    /// <exception cref="ArgumentException">A name is null or blank.</exception>
    public static Authority Of(string chinese, string english) =>
        new(Guard.Against.BlankText(chinese).Trim(), Guard.Against.BlankText(english).Trim());

    /// <inheritdoc/>
    public bool Equals(Authority? other) => other is not null && string.Equals(Chinese, other.Chinese, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Authority);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Chinese);

    /// <summary>Formats the authority.</summary>
    /// <returns>The Chinese name with the English one, such as <c>区社区办 (the district community office)</c>.</returns>
    public override string ToString() => $"{Chinese} ({English})";
}
