namespace Community.Domain.Declarations;

/// <summary>How a declared combination joins its rules.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DeclaredCombination>))]
public enum DeclaredCombination
{
    /// <summary>Every rule must hold; the findings are all of theirs.</summary>
    AllOf = 1,

    /// <summary>One rule holding is enough; the findings are all of theirs only when none holds.</summary>
    AnyOf = 2,

    /// <summary>The larger of the rules' outcomes, which are numbers of one unit.</summary>
    LargerOf = 3,

    /// <summary>The smaller of the rules' outcomes, which are numbers of one unit.</summary>
    SmallerOf = 4,
}
