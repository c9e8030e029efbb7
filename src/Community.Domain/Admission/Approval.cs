using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>An approval of requested work: the approving authority and the date.</summary>
public sealed record Approval
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Approval(Authority authority, LocalDate date)
    {
        Authority = Guard.Against.NullArgument(authority);
        Date = Policies.EffectivePeriod.CheckIso(date);
    }

    /// <summary>Gets the authority that approved the work.</summary>
    public Authority Authority { get; }

    /// <summary>Gets the date of the approval.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate Date { get; }

    /// <summary>Creates an approval.</summary>
    /// <param name="authority">The approving authority.</param>
    /// <param name="date">The date of the approval, in the ISO calendar.</param>
    /// <returns>The approval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static Approval By(Authority authority, LocalDate date) =>
        new(authority, date);

    /// <summary>Formats the approval.</summary>
    /// <returns>The authority and date.</returns>
    public override string ToString() => $"approved by {Authority} on {Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
