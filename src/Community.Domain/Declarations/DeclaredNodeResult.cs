using Community.Domain.Assessments;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>What one node of a declared rule gives: whether its checks hold, the gravest and first failure, and its outcome (a number in a unit, a text, or a date due).</summary>
internal readonly record struct DeclaredNodeResult(bool Holds, FindingSeverity? Severity, FindingCode Failure, int Failures, DeclaredValue Value, MeasureUnit? Unit, LocalDate? Due)
{
    /// <summary>A node that checks nothing and gives nothing.</summary>
    public static DeclaredNodeResult Nothing => new(true, null, default, 0, default, null, null);

    /// <summary>The result of one check.</summary>
    public static DeclaredNodeResult Check(bool holds, FindingCode code, FindingSeverity severity) =>
        holds ? Nothing : new(false, severity, code, 1, default, null, null);

    /// <summary>The same result with another check's added.</summary>
    public DeclaredNodeResult And(bool holds, FindingCode code, FindingSeverity severity) =>
        holds ? this : this with
        {
            Holds = false,
            Severity = Severity is { } held && held >= severity ? held : severity,
            Failure = Failure.IsEmpty ? code : Failure,
            Failures = Failures + 1,
        };

    /// <summary>The same result with another node's failures added (its outcome is not taken).</summary>
    public DeclaredNodeResult And(DeclaredNodeResult other) =>
        other.Holds ? this : this with
        {
            Holds = false,
            Severity = Severity is { } held && held >= other.Severity!.Value ? held : other.Severity,
            Failure = Failure.IsEmpty ? other.Failure : Failure,
            Failures = Failures + other.Failures,
        };
}
