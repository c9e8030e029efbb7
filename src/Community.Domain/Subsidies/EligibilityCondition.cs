using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Subsidies;

/// <summary>A condition a person must meet to receive a pay or allowance line: years of service, appointed before a date, or not receiving another allowance.</summary>
/// <remarks>Attach conditions to a line with <see cref="SubsidyLine.WithConditions"/>; <see cref="SubsidyEvaluator.Entitlement"/> checks them against a <see cref="ServiceRecord"/>.</remarks>
public sealed record EligibilityCondition
{
    private EligibilityCondition(EligibilityConditionKind kind, int years, LocalDate date, string? allowance)
    {
        Kind = kind;
        Years = years;
        Date = date;
        Allowance = allowance;
    }

    /// <summary>Gets what the condition asks.</summary>
    public EligibilityConditionKind Kind { get; }

    /// <summary>Gets the least full years of service, for <see cref="EligibilityConditionKind.YearsOfService"/>; zero otherwise.</summary>
    public int Years { get; }

    /// <summary>Gets the date a person must have been appointed before, for <see cref="EligibilityConditionKind.AppointedBefore"/>; the default date otherwise.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate Date { get; }

    /// <summary>Gets the other allowance a person must not receive, for <see cref="EligibilityConditionKind.NotReceiving"/>; null otherwise.</summary>
    public string? Allowance { get; }

    /// <summary>A condition of at least some full years of service on the date asked about.</summary>
    /// <param name="years">The years, from 1 to 60.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is outside 1 to 60.</exception>
    public static EligibilityCondition YearsOfServiceAtLeast(int years) =>
        years is >= 1 and <= 60
            ? new(EligibilityConditionKind.YearsOfService, years, default, null)
            : throw GuardExtensions.OutOfRange(nameof(years), years, "must be from 1 to 60 years");

    /// <summary>A condition of appointment before a date, the date itself excluded.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static EligibilityCondition AppointedBefore(LocalDate date) =>
        new(EligibilityConditionKind.AppointedBefore, 0, Policies.EffectivePeriod.CheckIso(date), null);

    /// <summary>A condition of not receiving another allowance, named as the person's record names it.</summary>
    /// <param name="allowance">The allowance's name, such as 公益性岗位补贴; not blank.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException"><paramref name="allowance"/> is blank.</exception>
    public static EligibilityCondition NotReceiving(string allowance) =>
        new(EligibilityConditionKind.NotReceiving, 0, default, Guard.Against.BlankText(allowance));

    /// <summary>Says whether a person's record meets the condition on a date.</summary>
    /// <param name="person">The person's service record.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <returns><see langword="true"/> when the condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public bool IsMetBy(ServiceRecord person, LocalDate asOf)
    {
        Guard.Against.NullArgument(person);
        return Kind switch
        {
            EligibilityConditionKind.YearsOfService => person.YearsOfService(asOf) >= Years,
            EligibilityConditionKind.AppointedBefore => person.AppointedOn < Date,
            _ => !person.Receives(Allowance!),
        };
    }

    /// <summary>Formats the condition, for diagnostics.</summary>
    /// <returns>A text such as <c>at least 3 years of service</c>.</returns>
    public override string ToString() => Kind switch
    {
        EligibilityConditionKind.YearsOfService => string.Create(CultureInfo.InvariantCulture, $"at least {Years} years of service"),
        EligibilityConditionKind.AppointedBefore => string.Create(CultureInfo.InvariantCulture, $"appointed before {Date:uuuu-MM-dd}"),
        _ => $"not receiving {Allowance}",
    };
}
