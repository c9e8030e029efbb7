using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>The documents that come with a request (ADM-01); combine them with <c>|</c>; serialised by name.</summary>
[Flags]
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<SupportingDocuments>))]
public enum SupportingDocuments
{
    /// <summary>No document.</summary>
    None = 0,

    /// <summary>The superior authority's document the work is based on (上级有关文件).</summary>
    SuperiorDocument = 1,

    /// <summary>A concrete implementation plan (具体实施意见).</summary>
    ImplementationPlan = 2,
}
