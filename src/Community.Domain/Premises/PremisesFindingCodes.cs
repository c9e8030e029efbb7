using Community.Domain.Assessments;

namespace Community.Domain.Premises;

/// <summary>The codes of the findings of premises assessments (FAC-01, FAC-02, FAC-06).</summary>
public static class PremisesFindingCodes
{
    /// <summary>Gets the code <c>premises.floor-area-below-standard</c>: premises have less floor area than the standard (FAC-01: 300 m², FAC-02: 100 m², FAC-06: 1200 m²).</summary>
    public static FindingCode FloorAreaBelowStandard { get; } = FindingCode.Of("premises.floor-area-below-standard");

    /// <summary>Gets the code <c>premises.too-few-rooms</c>: premises have fewer rooms than the standard (FAC-01: six).</summary>
    public static FindingCode TooFewRooms { get; } = FindingCode.Of("premises.too-few-rooms");

    /// <summary>Gets the code <c>premises.too-few-halls</c>: premises have fewer halls than the standard (FAC-01: one).</summary>
    public static FindingCode TooFewHalls { get; } = FindingCode.Of("premises.too-few-halls");

    /// <summary>Gets the code <c>premises.land-below-standard</c>: premises stand on less land than the standard (FAC-06: 1 亩).</summary>
    public static FindingCode LandBelowStandard { get; } = FindingCode.Of("premises.land-below-standard");

    /// <summary>Gets the code <c>premises.missing-facility</c>: premises lack a facility the standard requires (FAC-06).</summary>
    public static FindingCode MissingFacility { get; } = FindingCode.Of("premises.missing-facility");

    /// <summary>Gets the code <c>premises.land-not-checked</c>: the standard sets a least land area but the premises' land was not given, so it was not checked.</summary>
    public static FindingCode LandNotChecked { get; } = FindingCode.Of("premises.land-not-checked");
}
