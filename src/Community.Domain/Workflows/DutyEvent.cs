using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>An event in a community, and whether a cadre attended it.</summary>
public sealed record DutyEvent
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal DutyEvent(string id, DutyOccasion occasion, LocalDate on, bool attended)
    {
        Id = Guard.Against.BlankText(id);
        Occasion = Guard.Against.NullArgument(occasion);
        On = on;
        Attended = attended;
    }

    /// <summary>Gets the event's id, as the caller gave it.</summary>
    public string Id { get; }

    /// <summary>Gets what kind of event it was.</summary>
    public DutyOccasion Occasion { get; }

    /// <summary>Gets the day of the event.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate On { get; }

    /// <summary>Gets a value indicating whether a cadre attended.</summary>
    public bool Attended { get; }

    /// <summary>Records an event.</summary>
    /// <param name="id">The event's id; not blank.</param>
    /// <param name="occasion">What kind of event it was.</param>
    /// <param name="on">The day of the event.</param>
    /// <param name="attended">Whether a cadre attended.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="occasion"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public static DutyEvent Of(string id, DutyOccasion occasion, LocalDate on, bool attended) =>
        new(id, occasion, on, attended);
}
