using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Committees;

/// <summary>A meeting policy: the least number of meetings (of the residents' assembly or the committee, as the kind says) a year.</summary>
public sealed class MeetingPolicy
{
    private MeetingPolicy(int perYear) => PerYear = perYear;

    /// <summary>Gets the least meetings a year.</summary>
    public int PerYear { get; }

    /// <summary>Creates a policy of at least some meetings a year.</summary>
    /// <param name="perYear">The meetings, positive.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perYear"/> is not positive.</exception>
    public static MeetingPolicy AtLeast(int perYear) => new(Guard.Against.NotPositive(perYear));

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>A text such as <c>at least 2 meetings a year</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"at least {PerYear} meetings a year");
}
