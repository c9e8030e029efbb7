using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Grids;

/// <summary>One milestone of a grid coverage target: by a day, at least a share of a setting's communities under grid management.</summary>
public sealed record CoverageMilestone
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal CoverageMilestone(CommunitySetting setting, ShareThreshold share, LocalDate due)
    {
        Setting = Guard.Against.UndefinedEnum(setting);
        Share = Guard.Against.DefaultValue(share, "ShareThreshold.AtLeast or ShareThreshold.MoreThan");
        Due = due;
    }

    /// <summary>Gets the communities the milestone is about: urban or town.</summary>
    public CommunitySetting Setting { get; }

    /// <summary>Gets the share of them that must be under grid management.</summary>
    public ShareThreshold Share { get; }

    /// <summary>Gets the last day by which the share must be reached.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate Due { get; }

    /// <summary>Creates a milestone.</summary>
    /// <param name="setting">Urban or town communities.</param>
    /// <param name="share">The share to reach, such as <c>ShareThreshold.AtLeast(Rate.FromPercent(60))</c>.</param>
    /// <param name="due">The last day to reach it.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="share"/> is the default value.</exception>
    public static CoverageMilestone Of(CommunitySetting setting, ShareThreshold share, LocalDate due) =>
        new(setting, share, due);

    /// <summary>Formats the milestone.</summary>
    /// <returns>A text such as <c>Town: at least 60% by 2012-07-31</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Setting}: {(Share.IsStrict ? "more than" : "at least")} {Share.Percent:0.##}% by {Due:yyyy-MM-dd}");
}
