namespace Community.Domain.Funding;

/// <summary>What a funding policy's amount is counted per.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<FundingBasis>))]
public enum FundingBasis
{
    /// <summary>Per community: a fixed amount, an amount by population band, or a range (FUN-01, FUN-02 work funds, FUN-03).</summary>
    PerCommunity,

    /// <summary>Per worker (FUN-02 staff funds: 18000 yuan a worker a year).</summary>
    PerWorker,

    /// <summary>Per 100 households, in proportion, rounded half away from zero to 0.01 yuan (FUN-04).</summary>
    PerHundredHouseholds,

    /// <summary>Per party branch (FUN-05).</summary>
    PerPartyBranch,
}
