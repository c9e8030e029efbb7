using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Committees;

/// <summary>What a residents' committee director achieved: the term served, honours received and assessment ranks.</summary>
/// <remarks>Only honours and ranks dated within <see cref="Term"/> count towards a recommendation (COM-04).</remarks>
public sealed class DirectorRecord
{
    private DirectorRecord(DateInterval term, ImmutableArray<Honour> honours, ImmutableArray<AssessmentRank> ranks)
    {
        Term = term;
        Honours = honours;
        Ranks = ranks;
    }

    /// <summary>Gets the term served, first and last day included.</summary>
    public DateInterval Term { get; }

    /// <summary>Gets the honours received, in or out of the term.</summary>
    public ImmutableArray<Honour> Honours { get; }

    /// <summary>Gets the assessment ranks, in or out of the term.</summary>
    public ImmutableArray<AssessmentRank> Ranks { get; }

    /// <summary>Creates a director's record.</summary>
    /// <param name="term">The term served, both ends included.</param>
    /// <param name="honours">The honours received; possibly none.</param>
    /// <param name="ranks">The street's assessment ranks; possibly none.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DirectorRecord Create(DateInterval term, IEnumerable<Honour> honours, IEnumerable<AssessmentRank> ranks) =>
        new(Guard.Against.NullArgument(term), Guard.Against.NullArgument(honours).ToImmutableArray(), Guard.Against.NullArgument(ranks).ToImmutableArray());
}
