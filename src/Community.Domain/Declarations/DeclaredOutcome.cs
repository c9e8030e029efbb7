using Community.Domain.Assessments;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>
/// What a declared rule gives for one set of inputs, without words: whether every check holds, the
/// gravest failure and the first, and the rule's outcome (a number in its unit, a text, or a date due).
/// A value type: evaluating allocates nothing. <see cref="DeclaredEvaluator.Assess"/> gives the findings worded.
/// </summary>
/// <remarks>The default value holds nothing: its members throw <see cref="InvalidOperationException"/>.</remarks>
public readonly record struct DeclaredOutcome : Shared.IHoldsResult
{
    private const string Source = "DeclaredEvaluator.Evaluate";

    private readonly bool _made;

    internal DeclaredOutcome(DeclaredNodeResult result)
    {
        _made = true;
        Holds = result.Holds;
        Severity = result.Severity;
        Failure = result.Failure;
        Failures = result.Failures;
        Value = result.Value.IsMade ? result.Value : null;
        Unit = result.Value.IsMade ? result.Unit : null;
        Due = result.Due;
    }

    // For JSON: the members as written, checked against each other as the evaluator makes them.
    [System.Text.Json.Serialization.JsonConstructor]
    internal DeclaredOutcome(bool holds, FindingSeverity? severity, FindingCode failure, int failures, DeclaredValue? value, MeasureUnit? unit, LocalDate? due)
    {
        _made = true;
        if (holds != (severity is null) || holds != failure.IsEmpty || holds != (failures == 0) || failures < 0 || (unit is not null && value is not { Kind: DeclaredValueKind.Number }))
        {
            throw JsonValues.Invalid(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"an outcome that {(holds ? "holds" : "does not hold")} with the severity {severity?.ToString() ?? "null"}, the failure \"{failure}\", {failures} failures and a unit {unit?.ToString() ?? "null"} for {value?.ToString() ?? "no value"}"),
                "an outcome that holds with no severity, failure or failures, or one that does not with all three; a unit only for a number");
        }

        Holds = holds;
        Severity = severity;
        Failure = failure;
        Failures = failures;
        Value = value;
        Unit = unit;
        Due = due;
    }

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    /// <summary>Gets a value indicating whether every check of the rule holds.</summary>
    public bool Holds { get => _made ? field : throw Shared.GuardExtensions.DefaultInstance<DeclaredOutcome>(Source); }

    /// <summary>Gets the gravest severity among the checks not met, or null when all hold.</summary>
    public FindingSeverity? Severity { get => _made ? field : throw Shared.GuardExtensions.DefaultInstance<DeclaredOutcome>(Source); }

    /// <summary>Gets the code of the first check not met, or the empty code when all hold.</summary>
    public FindingCode Failure { get => _made ? field : throw Shared.GuardExtensions.DefaultInstance<DeclaredOutcome>(Source); }

    /// <summary>Gets how many checks are not met.</summary>
    public int Failures { get => _made ? field : throw Shared.GuardExtensions.DefaultInstance<DeclaredOutcome>(Source); }

    /// <summary>Gets what a table, formula or amount gives (a number, or a band's text), or null for a rule that only checks.</summary>
    public DeclaredValue? Value { get => _made ? field : throw Shared.GuardExtensions.DefaultInstance<DeclaredOutcome>(Source); }

    /// <summary>Gets the unit of a number the rule gives, or null.</summary>
    public MeasureUnit? Unit { get => _made ? field : throw Shared.GuardExtensions.DefaultInstance<DeclaredOutcome>(Source); }

    /// <summary>Gets the date due a timetable gives, or null.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Explanations.IsoLocalDateJsonConverter))]
    public LocalDate? Due { get => _made ? field : throw Shared.GuardExtensions.DefaultInstance<DeclaredOutcome>(Source); }

    /// <summary>Compares two outcomes; two default values are equal.</summary>
    /// <param name="other">The other outcome.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DeclaredOutcome other) =>
        _made == other._made && (!_made || (Holds == other.Holds && Severity == other.Severity && Failure == other.Failure && Failures == other.Failures && Nullable.Equals(Value, other.Value) && Unit == other.Unit && Due == other.Due));

    /// <inheritdoc />
    public override int GetHashCode() => _made ? HashCode.Combine(Holds, Severity, Failure, Failures, Value, Unit, Due) : 0;

    /// <summary>Formats the outcome, for diagnostics.</summary>
    /// <returns>A text such as <c>holds</c>, <c>holds: 30 SquareMetres</c> or <c>2 not met (Error), first council.not-quorate</c>.</returns>
    public override string ToString() => !_made ? "default DeclaredOutcome" :
        (Holds ? "holds" : $"{Failures} not met ({Severity}), first {Failure}")
        + (Value is { } value ? $": {value}{(Unit is { } unit ? " " + unit : string.Empty)}" : string.Empty)
        + (Due is { } due ? $": due {due:uuuu-MM-dd}" : string.Empty);
}
