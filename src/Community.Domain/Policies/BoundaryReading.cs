namespace Community.Domain.Policies;

/// <summary>How a band table treats a value that two neighbouring bands both include.</summary>
/// <remarks>
/// Sources often list bands that meet at an included value ("5000人以下 … 5000-10000人"). The rule
/// catalogue reads such a value as belonging to the band listed first; a definer must say so
/// explicitly with <see cref="FirstListedWins"/>, or the shared boundary is a definition error.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<BoundaryReading>))]
public enum BoundaryReading
{
    /// <summary>No value may lie in two bands; a shared included boundary is a definition error.</summary>
    Strict = 0,

    /// <summary>A value that two neighbouring bands both include belongs to the band listed first.</summary>
    FirstListedWins = 1,
}
