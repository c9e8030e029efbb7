using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Committees;

/// <summary>What a residents' committee election recorded: who was eligible, who took part, and the fewest votes any elected member received.</summary>
public sealed record ElectionResult
{
    private ElectionResult(ElectionBasis basis, int eligible, int tookPart, int fewestVotesOfTheElected)
    {
        Basis = basis;
        Eligible = eligible;
        TookPart = tookPart;
        FewestVotesOfTheElected = fewestVotesOfTheElected;
    }

    /// <summary>Gets who took part: voters or households.</summary>
    public ElectionBasis Basis { get; }

    /// <summary>Gets the voters or households eligible.</summary>
    public int Eligible { get; }

    /// <summary>Gets the voters or households that took part; the votes cast.</summary>
    public int TookPart { get; }

    /// <summary>Gets the fewest votes any elected member received.</summary>
    public int FewestVotesOfTheElected { get; }

    /// <summary>Records an election.</summary>
    /// <param name="basis">Who took part.</param>
    /// <param name="eligible">The voters or households eligible, positive.</param>
    /// <param name="tookPart">Those that took part, from zero to <paramref name="eligible"/>.</param>
    /// <param name="fewestVotesOfTheElected">The fewest votes an elected member received, from zero to <paramref name="tookPart"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="basis"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or larger than the count it is a part of.</exception>
    public static ElectionResult Create(ElectionBasis basis, int eligible, int tookPart, int fewestVotesOfTheElected)
    {
        Guard.Against.UndefinedEnum(basis);
        Guard.Against.NotPositive(eligible);
        Guard.Against.NegativeCount(tookPart);
        Guard.Against.NegativeCount(fewestVotesOfTheElected);
        if (tookPart > eligible)
        {
            throw GuardExtensions.OutOfRange(nameof(tookPart), tookPart, string.Create(CultureInfo.InvariantCulture, $"must not exceed eligible ({eligible})"));
        }

        if (fewestVotesOfTheElected > tookPart)
        {
            throw GuardExtensions.OutOfRange(nameof(fewestVotesOfTheElected), fewestVotesOfTheElected, string.Create(CultureInfo.InvariantCulture, $"must not exceed the votes cast, tookPart ({tookPart})"));
        }

        return new(basis, eligible, tookPart, fewestVotesOfTheElected);
    }

    /// <summary>Formats the result, for diagnostics.</summary>
    /// <returns>A text such as <c>1200 of 2000 Voters took part; the elected had at least 700 votes</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{TookPart} of {Eligible} {Basis} took part; the elected had at least {FewestVotesOfTheElected} votes");
}
