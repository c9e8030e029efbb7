using System.Text.Json.Serialization;

namespace Community.Domain.Assessments;

/// <summary>How serious a finding is; a committee is compliant when no finding is an <see cref="Error"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Something the assessment could not check, or worth knowing.</summary>
    Information = 1,

    /// <summary>A breach of the policy.</summary>
    Error = 2,
}
