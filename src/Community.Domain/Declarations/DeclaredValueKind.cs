namespace Community.Domain.Declarations;

/// <summary>What a <see cref="DeclaredValue"/> holds.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DeclaredValueKind>))]
public enum DeclaredValueKind
{
    /// <summary>A number: a count, an area, an amount or a share.</summary>
    Number = 1,

    /// <summary>A yes or no.</summary>
    YesNo = 2,

    /// <summary>A date.</summary>
    Date = 3,

    /// <summary>A text, such as a band's outcome in words.</summary>
    Text = 4,
}
