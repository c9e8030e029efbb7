using System.Globalization;
using System.Text.Json.Serialization;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Samples.VolunteerHours;

/// <summary>A volunteer's level by total hours, and whether the hours of this year make them active.</summary>
public readonly record struct VolunteerHoursAssessment
{
    [JsonConstructor]
    internal VolunteerHoursAssessment(PolicyVersion version, ServiceHours total, ServiceHours thisYear, int level, int bandIndex, ServiceHours? nextLevelAt, bool isActive)
    {
        Version = version;
        Total = total;
        ThisYear = thisYear;
        Level = level;
        BandIndex = bandIndex;
        NextLevelAt = nextLevelAt;
        IsActive = isActive;
    }

    /// <summary>Gets the version applied; JSON names it by reference and reads it back from the catalog.</summary>
    public PolicyVersion Version { get; }

    /// <summary>Gets the rule id applied.</summary>
    [JsonIgnore]
    public RuleId RuleId => Version.RuleId;

    /// <summary>Gets the total hours assessed.</summary>
    public ServiceHours Total { get; }

    /// <summary>Gets the hours of this year.</summary>
    public ServiceHours ThisYear { get; }

    /// <summary>Gets the level reached, 0 below the first threshold.</summary>
    public int Level { get; }

    /// <summary>Gets the index (from 0, as listed) of the band of total hours the level comes from; a golden case's <c>band</c> counts it from 1.</summary>
    public int BandIndex { get; }

    /// <summary>Gets the total hours at which the next level starts, or null at the highest level.</summary>
    public ServiceHours? NextLevelAt { get; }

    /// <summary>Gets whether the hours of this year reach the yearly minimum.</summary>
    public bool IsActive { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"level {Level} at {Total} ({(IsActive ? "active" : "not active")} with {ThisYear} this year; {Version.RuleId})");
}
