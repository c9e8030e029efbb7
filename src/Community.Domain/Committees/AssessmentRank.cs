using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Committees;

/// <summary>A community's rank in its street's (town's, park's) comprehensive assessment (综合考评), and when it was given.</summary>
public readonly record struct AssessmentRank : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    private AssessmentRank(int rank, LocalDate assessedOn)
    {
        _made = true;
        Rank = rank;
        AssessedOn = assessedOn;
    }

    /// <summary>Gets the rank: 1 for first.</summary>
    public int Rank { get => _made ? field : throw GuardExtensions.DefaultInstance<AssessmentRank>("AssessmentRank.Of"); }

    /// <summary>Gets the date the assessment was published.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate AssessedOn { get => _made ? field : throw GuardExtensions.DefaultInstance<AssessmentRank>("AssessmentRank.Of"); }

    /// <summary>Creates a rank.</summary>
    /// <param name="rank">The rank, 1 or more.</param>
    /// <param name="assessedOn">The date the assessment was published.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is below 1.</exception>
    public static AssessmentRank Of(int rank, LocalDate assessedOn) => new(Guard.Against.NotPositive(rank), assessedOn);

    /// <summary>Formats the rank.</summary>
    /// <returns>A text such as <c>rank 2 on 2015-12-31</c>.</returns>
    public override string ToString() => !_made ? "default AssessmentRank" : $"rank {Rank} on {AssessedOn:uuuu-MM-dd}";
}
