namespace Community.Domain.Primitives;

/// <summary>How an amount is brought to a policy's precision.</summary>
/// <remarks>
/// The money convention of the rule catalogue: a computed amount rounds half away from zero
/// (四舍五入); a floor ("not below …") rounds <see cref="Up"/> so that paying the rounded figure
/// always satisfies the floor; a cap rounds <see cref="Down"/> for the same reason.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<RoundingMode>))]
public enum RoundingMode
{
    /// <summary>To the nearest step; a value exactly halfway goes away from zero (四舍五入).</summary>
    HalfAwayFromZero = 0,

    /// <summary>Toward positive infinity: the result is never below the exact value. Used for floors.</summary>
    Up = 1,

    /// <summary>Toward negative infinity: the result is never above the exact value. Used for caps.</summary>
    Down = 2,
}
