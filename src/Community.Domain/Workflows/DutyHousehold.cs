using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>A household that may call for visits, and the day a cadre last visited it, if ever.</summary>
public sealed record DutyHousehold
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal DutyHousehold(string id, DutyOccasion occasion, LocalDate? lastVisitedOn)
    {
        Id = Guard.Against.BlankText(id);
        Occasion = Guard.Against.NullArgument(occasion);
        LastVisitedOn = lastVisitedOn;
    }

    /// <summary>Gets the household's id, as the caller gave it.</summary>
    public string Id { get; }

    /// <summary>Gets why the household may call for visits.</summary>
    public DutyOccasion Occasion { get; }

    /// <summary>Gets the day a cadre last visited, if ever.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate? LastVisitedOn { get; }

    /// <summary>Records a household.</summary>
    /// <param name="id">The household's id; not blank.</param>
    /// <param name="occasion">Why it may call for visits.</param>
    /// <param name="lastVisitedOn">The day a cadre last visited, or <see langword="null"/> if never.</param>
    /// <returns>The household.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="occasion"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public static DutyHousehold Of(string id, DutyOccasion occasion, LocalDate? lastVisitedOn) =>
        new(id, occasion, lastVisitedOn);
}
