using System.Globalization;

namespace Community.Domain.Jurisdictions;

/// <summary>
/// One unit of the national division table (<see cref="DivisionTable"/>): a province, prefecture,
/// county-level or township-level unit, with its Chinese name as the statistical tables give it, its
/// level and its parent's code.
/// </summary>
public readonly record struct Division : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    internal Division(JurisdictionCode code, string chineseName, JurisdictionLevel level, JurisdictionCode? parent)
    {
        _made = true;
        Code = code;
        ChineseName = chineseName;
        Level = level;
        Parent = parent;
    }

    /// <summary>Gets the unit's code: six digits down to county level, nine for township-level units.</summary>
    public JurisdictionCode Code { get => _made ? field : throw GuardExtensions.DefaultInstance<Division>("DivisionTable.Find"); }

    /// <summary>Gets the unit's Chinese name, such as <c>沙嘴街道</c>.</summary>
    public string ChineseName { get => _made ? field : throw GuardExtensions.DefaultInstance<Division>("DivisionTable.Find"); }

    /// <summary>Gets the unit's level.</summary>
    public JurisdictionLevel Level { get => _made ? field : throw GuardExtensions.DefaultInstance<Division>("DivisionTable.Find"); }

    /// <summary>Gets the parent's code, or null for a province (the table has no nation above them).</summary>
    public JurisdictionCode? Parent { get => _made ? field : throw GuardExtensions.DefaultInstance<Division>("DivisionTable.Find"); }

    /// <summary>Describes the unit by code, name and level.</summary>
    /// <returns>The description, such as <c>429004001 沙嘴街道 (Street)</c>.</returns>
    public override string ToString() => !_made ? "default Division" : string.Create(CultureInfo.InvariantCulture, $"{Code} {ChineseName} ({Level})");
}
