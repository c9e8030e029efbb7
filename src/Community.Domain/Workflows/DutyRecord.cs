using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>A community's record of events and households over a period, checked against cadres' duties of presence (WF-04).</summary>
public sealed class DutyRecord
{
    // For JSON: checked as Of checks it.
    [System.Text.Json.Serialization.JsonConstructor]
    internal DutyRecord(CommunityProfile community, DateInterval period, ImmutableArray<DutyEvent> events, ImmutableArray<DutyHousehold> households)
        : this(Of(community, period, Guard.Against.NoNullElements(events), Guard.Against.NoNullElements(households)))
    {
    }

    private DutyRecord(DutyRecord checkedByOf)
        : this(checkedByOf.Community, checkedByOf.Period, checkedByOf.Events, checkedByOf.Households, checkedByOf: true)
    {
    }

    private DutyRecord(CommunityProfile community, DateInterval period, ImmutableArray<DutyEvent> events, ImmutableArray<DutyHousehold> households, bool checkedByOf)
    {
        Debug.Assert(checkedByOf, "Of checks every record.");
        Community = community;
        Period = period;
        Events = events;
        Households = households;
    }

    /// <summary>Gets the community, whose jurisdiction selects the duties.</summary>
    public CommunityProfile Community { get; }

    /// <summary>Gets the period the record covers; visits count when they fall in it.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoDateIntervalJsonConverter))]
    public DateInterval Period { get; }

    /// <summary>Gets the events of the period.</summary>
    public ImmutableArray<DutyEvent> Events { get; }

    /// <summary>Gets the households that may call for visits.</summary>
    public ImmutableArray<DutyHousehold> Households { get; }

    /// <summary>Creates a record.</summary>
    /// <param name="community">The community.</param>
    /// <param name="period">The period covered.</param>
    /// <param name="events">The events, each in the period, no id twice.</param>
    /// <param name="households">The households, no id twice.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null (the message names its index).</exception>
    /// <exception cref="ArgumentException">An event falls outside the period, or an id appears twice.</exception>
    public static DutyRecord Of(CommunityProfile community, DateInterval period, IEnumerable<DutyEvent> events, IEnumerable<DutyHousehold> households)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NullArgument(period);
        var happened = Guard.Against.NoNullElements(events);
        var homes = Guard.Against.NoNullElements(households);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < happened.Length; i++)
        {
            if (!period.Contains(happened[i].On))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"events[{i}] (\"{happened[i].Id}\") is on {happened[i].On:yyyy-MM-dd}; expected a day from {period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}."), nameof(events));
            }

            if (!ids.Add(happened[i].Id))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"events[{i}] has the id \"{happened[i].Id}\" of an earlier event; expected each event once."), nameof(events));
            }
        }

        ids.Clear();
        for (var i = 0; i < homes.Length; i++)
        {
            if (!ids.Add(homes[i].Id))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"households[{i}] has the id \"{homes[i].Id}\" of an earlier household; expected each household once."), nameof(households));
            }
        }

        return new(community, period, happened, homes, checkedByOf: true);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is DutyRecord other && Equals(Community, other.Community) && Equals(Period, other.Period) && Equality.Same(Events, other.Events) && Equality.Same(Households, other.Households);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Community, Period, Equality.Hash(Events), Equality.Hash(Households));

    /// <summary>Formats the record.</summary>
    /// <returns>A text such as <c>社区 2016-01-01/2016-12-31: 3 events, 5 households</c>.</returns>
    public override string ToString() => $"{Community.Name} {Period.Start:yyyy-MM-dd}/{Period.End:yyyy-MM-dd}: {Events.Length} events, {Households.Length} households";
}
