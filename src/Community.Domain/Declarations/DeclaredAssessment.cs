using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Community.Domain.Assessments;
using Community.Domain.Explanations;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>A declared rule's assessment of one set of inputs: its outcome and its findings, each worded in both languages from the kind's labels, with the rule and its sources.</summary>
public sealed class DeclaredAssessment
{
    internal DeclaredAssessment(DeclaredKind kind, DeclaredOutcome outcome, bool contradictsHigherLevel, ImmutableArray<Finding> findings)
        : this(kind.Name, outcome.Holds, contradictsHigherLevel && outcome.Severity is null ? FindingSeverity.Warning : outcome.Severity, outcome.Value is { Kind: DeclaredValueKind.Number } number ? number.Number : null, outcome.Unit, outcome.Value is { Kind: DeclaredValueKind.Text } text ? text.Text : null, outcome.Due, findings)
    {
    }

    // For JSON: the members as written.
    [JsonConstructor]
    internal DeclaredAssessment(string kind, bool holds, FindingSeverity? severity, decimal? number, MeasureUnit? unit, string? text, LocalDate? due, ImmutableArray<Finding> findings)
    {
        Kind = kind;
        Holds = holds;
        Severity = severity;
        Number = number;
        Unit = unit;
        Text = text;
        Due = due;
        Findings = findings;
    }

    /// <summary>Gets the declared kind's name.</summary>
    public string Kind { get; }

    /// <summary>Gets a value indicating whether every check of the rule in force holds (a higher level's rule that finds more is a warning among the findings, not a failure).</summary>
    public bool Holds { get; }

    /// <summary>Gets the gravest severity among the findings, or null when there are none.</summary>
    public FindingSeverity? Severity { get; }

    /// <summary>Gets the number a table, formula or amount gives, or null.</summary>
    public decimal? Number { get; }

    /// <summary>Gets the unit of <see cref="Number"/>, or null.</summary>
    public MeasureUnit? Unit { get; }

    /// <summary>Gets the text a table of texts gives, or null.</summary>
    public string? Text { get; }

    /// <summary>Gets the date due a timetable gives, or null.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    public LocalDate? Due { get; }

    /// <summary>Gets the findings: one for each check not met, in the rule's order, then a warning (<c>levels.contradicts-higher-level</c>) for each higher level's version in force that finds what the rule in force does not.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is DeclaredAssessment other && Kind == other.Kind && Holds == other.Holds && Severity == other.Severity && Number == other.Number
        && Unit == other.Unit && Text == other.Text && Due == other.Due && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Holds, Severity, Number, Unit, Text, Due, Equality.Hash(Findings));

    /// <summary>Formats the assessment, for diagnostics.</summary>
    /// <returns>A text such as <c>council.meeting: 1 finding</c>.</returns>
    public override string ToString() => $"{Kind}: {(Holds ? "holds" : $"{Findings.Length} finding{(Findings.Length == 1 ? string.Empty : "s")}")}";
}
