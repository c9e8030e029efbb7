using System.Collections.Immutable;
using Community.Domain.Assessments;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>Whether an application for admission was (or is being) decided within the policy's deadline in working days.</summary>
public sealed class DecisionTimeliness
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal DecisionTimeliness(LocalDate appliedOn, int? deadlineDays, LocalDate? deadline, LocalDate? decidedOn, int? workingDaysTaken, ImmutableArray<Finding> findings)
    {
        AppliedOn = appliedOn;
        DeadlineDays = deadlineDays;
        Deadline = deadline;
        DecidedOn = decidedOn;
        WorkingDaysTaken = workingDaysTaken;
        Findings = findings;
    }

    /// <summary>Gets the day of application.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate AppliedOn { get; }

    /// <summary>Gets the working days the policy allows, or <see langword="null"/> when it sets no deadline.</summary>
    public int? DeadlineDays { get; }

    /// <summary>Gets the last day a decision is on time, or <see langword="null"/> when the policy sets no deadline.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate? Deadline { get; }

    /// <summary>Gets the day of decision, or <see langword="null"/> when undecided.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate? DecidedOn { get; }

    /// <summary>Gets the working days from application to decision, or <see langword="null"/> when undecided.</summary>
    public int? WorkingDaysTaken { get; }

    /// <summary>Gets the findings: decided late or overdue (errors), or pending (information).</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether the decision was late, or is overdue.</summary>
    public bool IsLate => Findings.ErrorCount() > 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is DecisionTimeliness other && Equals(AppliedOn, other.AppliedOn) && Equals(DeadlineDays, other.DeadlineDays) && Equals(Deadline, other.Deadline) && Equals(DecidedOn, other.DecidedOn) && Equals(WorkingDaysTaken, other.WorkingDaysTaken) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AppliedOn, DeadlineDays, Deadline, DecidedOn, WorkingDaysTaken, Equality.Hash(Findings));

    /// <summary>Formats the result, for diagnostics.</summary>
    /// <returns>A text such as <c>applied 2024-09-27, deadline 2024-10-15, decided 2024-10-16: late</c>.</returns>
    public override string ToString() =>
        $"applied {AppliedOn:uuuu-MM-dd}, deadline {(Deadline is { } d ? d.ToString("uuuu-MM-dd", null) : "none")}, {(DecidedOn is { } on ? $"decided {on:uuuu-MM-dd}" : "undecided")}: {(IsLate ? "late" : "on time")}";
}
