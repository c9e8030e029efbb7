using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;

namespace Community.Domain.Committees;

/// <summary>What a residents' committee's record shows for a review against the size, term, election and meeting policies: its members, its term, its last election and its meetings in the last year.</summary>
public sealed record CommitteeRecord
{
    private CommitteeRecord(CommunityProfile community, int members, int termYears, ElectionResult? election, int? meetingsInYear)
    {
        Community = community;
        Members = members;
        TermYears = termYears;
        Election = election;
        MeetingsInYear = meetingsInYear;
    }

    /// <summary>Gets the community; its jurisdiction is the one whose policies apply.</summary>
    public CommunityProfile Community { get; }

    /// <summary>Gets the committee's members.</summary>
    public int Members { get; }

    /// <summary>Gets the length of the committee's term, in years.</summary>
    public int TermYears { get; }

    /// <summary>Gets the last election's result, or <see langword="null"/> when not recorded.</summary>
    public ElectionResult? Election { get; }

    /// <summary>Gets the meetings held in the last year, or <see langword="null"/> when not recorded.</summary>
    public int? MeetingsInYear { get; }

    /// <summary>Creates a committee record.</summary>
    /// <param name="community">The community.</param>
    /// <param name="members">The members, zero or more.</param>
    /// <param name="termYears">The term in years, positive.</param>
    /// <param name="election">The last election's result, if recorded.</param>
    /// <param name="meetingsInYear">The meetings held in the last year, if recorded; zero or more.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or the term is not positive.</exception>
    public static CommitteeRecord Create(CommunityProfile community, int members, int termYears, ElectionResult? election = null, int? meetingsInYear = null)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NegativeCount(members);
        Guard.Against.NotPositive(termYears);
        if (meetingsInYear is { } meetings)
        {
            Guard.Against.NegativeCount(meetings, nameof(meetingsInYear));
        }

        return new(community, members, termYears, election, meetingsInYear);
    }

    /// <summary>Formats the record, for diagnostics.</summary>
    /// <returns>A text such as <c>7 members, 5-year term</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Members} members, {TermYears}-year term");
}
