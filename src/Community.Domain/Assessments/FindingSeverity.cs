using System.Text.Json.Serialization;

namespace Community.Domain.Assessments;

/// <summary>How serious a finding is; an assessment is compliant when no finding is an <see cref="Error"/>. Serialised by name.</summary>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Something worth knowing, such as a check the assessment could not make.</summary>
    Info = 1,

    /// <summary>Something that deserves attention but breaches no rule, such as two levels' rules that disagree.</summary>
    Warning = 2,

    /// <summary>A breach of the policy.</summary>
    Error = 3,
}
