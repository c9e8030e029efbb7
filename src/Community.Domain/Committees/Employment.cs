namespace Community.Domain.Committees;

/// <summary>Whether a committee member serves full-time or part-time.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<Employment>))]
public enum Employment
{
    /// <summary>Full-time (专职), paid for the post.</summary>
    FullTime = 1,

    /// <summary>Part-time (兼职), elected from one of the policy's sources.</summary>
    PartTime = 2,
}
