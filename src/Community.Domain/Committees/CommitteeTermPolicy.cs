using System.Globalization;

namespace Community.Domain.Committees;

/// <summary>A committee term policy: how many years a residents' committee's term lasts.</summary>
public sealed class CommitteeTermPolicy
{
    private CommitteeTermPolicy(int years) => Years = years;

    /// <summary>Gets the term in years.</summary>
    public int Years { get; }

    /// <summary>Creates a policy of a term of some years.</summary>
    /// <param name="years">The years, from 1 to 10.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is outside 1 to 10.</exception>
    public static CommitteeTermPolicy OfYears(int years) =>
        years is >= 1 and <= 10 ? new(years) : throw GuardExtensions.OutOfRange(nameof(years), years, "must be from 1 to 10 years");

    /// <summary>Formats the policy, for diagnostics.</summary>
    /// <returns>A text such as <c>a term of 5 years</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"a term of {Years} years");
}
