namespace Community.Domain.Declarations;

/// <summary>How a declared input gets its value: given by the caller, or derived from two inputs declared before it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DeclaredDerivation>))]
public enum DeclaredDerivation
{
    /// <summary>The caller gives the value.</summary>
    Measured = 1,

    /// <summary>The first input less the second, in their unit (the difference of two dates is in calendar days): candidates beyond seats.</summary>
    Difference = 2,

    /// <summary>The first input as a share of the second, both of one unit: votes for among votes cast.</summary>
    Ratio = 3,
}
