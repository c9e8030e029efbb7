using System.Globalization;
using Community.Domain.Jurisdictions;

namespace Community.Domain.Divisions.Villages;

/// <summary>One village-level unit of the table (<see cref="VillageTable"/>): its code, its Chinese name as the statistical tables give it, and what its name says it is.</summary>
public readonly record struct Village
{
    internal Village(VillageCode code, string chineseName, VillageKind kind)
    {
        Code = code;
        ChineseName = chineseName;
        Kind = kind;
    }

    /// <summary>Gets the unit's twelve-digit code.</summary>
    public VillageCode Code { get; }

    /// <summary>Gets the township the unit lies in, a unit of <see cref="DivisionTable.National"/>.</summary>
    public JurisdictionCode Township => Code.Township;

    /// <summary>Gets the unit's Chinese name, such as <c>多福巷社区居委会</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets what the unit's name says it is (see <see cref="VillageKind"/> for the reading).</summary>
    public VillageKind Kind { get; }

    /// <summary>Gets a value indicating whether the unit is a residents' committee.</summary>
    public bool IsResidentsCommittee => Kind == VillageKind.ResidentsCommittee;

    /// <summary>Describes the unit by code, name and kind.</summary>
    /// <returns>The description, such as <c>110101001001 多福巷社区居委会 (ResidentsCommittee)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {ChineseName} ({Kind})");
}
