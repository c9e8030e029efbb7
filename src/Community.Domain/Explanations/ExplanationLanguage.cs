namespace Community.Domain.Explanations;

/// <summary>The language an explanation is rendered in.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<ExplanationLanguage>))]
public enum ExplanationLanguage
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Simplified Chinese (简体中文).</summary>
    Chinese = 1,
}
