using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Committees;

/// <summary>An honour a director received: its level and the date it was awarded.</summary>
public readonly record struct Honour : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    private Honour(HonourLevel level, LocalDate awardedOn)
    {
        _made = true;
        Level = level;
        AwardedOn = awardedOn;
    }

    /// <summary>Gets the level of the awarding body.</summary>
    public HonourLevel Level { get => _made ? field : throw GuardExtensions.DefaultInstance<Honour>("Honour.Of"); }

    /// <summary>Gets the date the honour was awarded.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate AwardedOn { get => _made ? field : throw GuardExtensions.DefaultInstance<Honour>("Honour.Of"); }

    /// <summary>Creates an honour.</summary>
    /// <param name="level">The level of the awarding body.</param>
    /// <param name="awardedOn">The date it was awarded.</param>
    /// <returns>The honour.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is undefined.</exception>
    public static Honour Of(HonourLevel level, LocalDate awardedOn) => new(Guard.Against.UndefinedEnum(level), awardedOn);

    /// <summary>Formats the honour.</summary>
    /// <returns>A text such as <c>Provincial honour on 2014-05-04</c>.</returns>
    public override string ToString() => !_made ? "default Honour" : $"{Level} honour on {AwardedOn:uuuu-MM-dd}";
}
