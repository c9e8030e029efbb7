namespace Community.Domain.Subsidies;

/// <summary>What an eligibility condition on a pay or allowance line asks of a person's service record.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<EligibilityConditionKind>))]
public enum EligibilityConditionKind
{
    /// <summary>At least some full years of service on the date asked about.</summary>
    YearsOfService = 1,

    /// <summary>Appointed before a date (the date itself excluded).</summary>
    AppointedBefore = 2,

    /// <summary>Not receiving a named other allowance.</summary>
    NotReceiving = 3,
}
