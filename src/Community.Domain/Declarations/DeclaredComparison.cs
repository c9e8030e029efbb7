namespace Community.Domain.Declarations;

/// <summary>How a measure must stand to a bound for a declared check to hold. Following the boundary convention, 以上 and 以下 include the bound (<see cref="AtLeast"/>, <see cref="AtMost"/>); 超过 and 不足 do not (<see cref="MoreThan"/>, <see cref="LessThan"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DeclaredComparison>))]
public enum DeclaredComparison
{
    /// <summary>At least the bound (以上, 不少于).</summary>
    AtLeast = 1,

    /// <summary>More than the bound (超过, 过半数).</summary>
    MoreThan = 2,

    /// <summary>At most the bound (以下, 不超过).</summary>
    AtMost = 3,

    /// <summary>Less than the bound (不足, 少于).</summary>
    LessThan = 4,
}
