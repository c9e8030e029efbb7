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
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoDateIntervalJsonConverter))]
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
    /// <exception cref="ArgumentException">An honour or rank is the default value, not made by <see cref="Honour.Of"/> or <see cref="AssessmentRank.Of"/>.</exception>
    public static DirectorRecord Create(DateInterval term, IEnumerable<Honour> honours, IEnumerable<AssessmentRank> ranks) =>
        new(Guard.Against.NullArgument(term), NoDefaults(honours, "Honour.Of"), NoDefaults(ranks, "AssessmentRank.Of"));

    // Each element made by its factory: a default honour or rank (level 0, year 1) is refused, named by its index.
    private static ImmutableArray<T> NoDefaults<T>(IEnumerable<T> items, string factory, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? parameterName = null)
        where T : struct, IEquatable<T>
    {
        var given = Guard.Against.NullArgument(items, parameterName).ToImmutableArray();
        for (var i = 0; i < given.Length; i++)
        {
            if (given[i].Equals(default))
            {
                throw GuardExtensions.DefaultArgument<T>(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{parameterName}[{i}]"), factory);
            }
        }

        return given;
    }
}
