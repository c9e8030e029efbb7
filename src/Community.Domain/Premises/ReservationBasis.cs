namespace Community.Domain.Premises;

/// <summary>Which requirement of a reservation policy governs.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<ReservationBasis>))]
public enum ReservationBasis
{
    /// <summary>The share of the development's floor area (FAC-03).</summary>
    ShareOfFloorArea,

    /// <summary>The area per 100 households (FAC-04).</summary>
    PerHundredHouseholds,
}
