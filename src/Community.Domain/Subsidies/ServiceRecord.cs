using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Subsidies;

/// <summary>What eligibility conditions read of a person: when they were appointed, when (if ever) their service ended, and which other allowances they receive.</summary>
public sealed record ServiceRecord
{
    private ServiceRecord(LocalDate appointedOn, ImmutableArray<string> allowances, LocalDate? lastDayOfService)
    {
        AppointedOn = appointedOn;
        Allowances = allowances;
        LastDayOfService = lastDayOfService;
    }

    /// <summary>Gets the day the person was appointed to the post.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate AppointedOn { get; }

    /// <summary>Gets the names of the other allowances the person receives.</summary>
    public ImmutableArray<string> Allowances { get; }

    /// <summary>Gets the last day the person served in the post, or null while they still serve.</summary>
    public LocalDate? LastDayOfService { get; }

    /// <summary>Creates a service record.</summary>
    /// <param name="appointedOn">The day of appointment, in the ISO calendar.</param>
    /// <param name="allowances">The names of other allowances received, if any; none blank.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException"><paramref name="appointedOn"/> is not ISO, or an allowance name is blank.</exception>
    public static ServiceRecord Create(LocalDate appointedOn, params IEnumerable<string> allowances)
    {
        Policies.EffectivePeriod.CheckIso(appointedOn);
        var names = Guard.Against.NullArgument(allowances).ToImmutableArray();
        for (var i = 0; i < names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                var element = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"allowances[{i}]");
                throw names[i] is null ? GuardExtensions.Null(element) : new ArgumentException($"{element} is \"{names[i]}\"; expected an allowance's name.", element);
            }
        }

        return new(appointedOn, names, null);
    }

    /// <summary>Returns the same record with the person's service ended: years of service stop counting after <paramref name="lastDay"/>, and the person does not hold the post on a later day.</summary>
    /// <param name="lastDay">The last day served, in the ISO calendar; not before the appointment, and before 9999-12-31.</param>
    /// <returns>The record, ended.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastDay"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before the appointment, or is NodaTime's last date.</exception>
    public ServiceRecord EndingOn(LocalDate lastDay)
    {
        Policies.EffectivePeriod.CheckIso(lastDay, nameof(lastDay));
        return lastDay < AppointedOn ? throw GuardExtensions.OutOfRange(nameof(lastDay), lastDay, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must not be before the appointment, {AppointedOn:uuuu-MM-dd}"))
            : lastDay == LocalDate.MaxIsoValue ? throw GuardExtensions.OutOfRange(nameof(lastDay), lastDay, "must be before 9999-12-31, the last date NodaTime holds; leave a service that has not ended without an end")
            : new(AppointedOn, Allowances, lastDay);
    }

    /// <summary>Says whether the person holds the post on a date: on or after the appointment, and not after the last day of service.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when the person serves on <paramref name="asOf"/>.</returns>
    public bool IsServingOn(LocalDate asOf) => asOf >= AppointedOn && (LastDayOfService is not { } last || asOf <= last);

    /// <summary>Returns the full years of service on a date, counted to the end of service where it ended before: none before the first anniversary of the appointment.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The full years, zero when <paramref name="asOf"/> is before a full year or before the appointment.</returns>
    public int YearsOfService(LocalDate asOf)
    {
        var until = LastDayOfService is { } last && last < asOf ? last.PlusDays(1) : asOf;
        return until <= AppointedOn ? 0 : Period.Between(AppointedOn, until, PeriodUnits.Years).Years;
    }

    /// <summary>Says whether the person receives an allowance of a name.</summary>
    /// <param name="allowance">The allowance's name.</param>
    /// <returns><see langword="true"/> when the record lists it (compared exactly).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allowance"/> is null.</exception>
    public bool Receives(string allowance) => Allowances.Contains(Guard.Against.NullArgument(allowance), StringComparer.Ordinal);

    /// <summary>Compares two records by value, including their allowances in order.</summary>
    /// <param name="other">The other record.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(ServiceRecord? other) => other is not null && AppointedOn == other.AppointedOn && LastDayOfService == other.LastDayOfService && Allowances.SequenceEqual(other.Allowances);

    /// <summary>Returns a hash code consistent with <see cref="Equals(ServiceRecord)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(AppointedOn, LastDayOfService, Allowances.Length);

    /// <summary>Formats the record, for diagnostics.</summary>
    /// <returns>A text such as <c>appointed 2019-03-01; served until 2022-02-28; receives 公益性岗位补贴</c>.</returns>
    public override string ToString() =>
        $"appointed {AppointedOn:uuuu-MM-dd}" + (LastDayOfService is { } last ? $"; served until {last:uuuu-MM-dd}" : string.Empty) + (Allowances.IsEmpty ? string.Empty : "; receives " + string.Join(", ", Allowances));
}
