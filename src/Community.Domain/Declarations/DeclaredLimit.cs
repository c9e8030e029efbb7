using Ardalis.GuardClauses;
using Community.Domain.Assessments;

namespace Community.Domain.Declarations;

/// <summary>One side of a declared range: the bound, the finding a measure beyond it raises, and how grave it is (an Error for a binding limit, a Warning for a recommended one). Immutable.</summary>
public sealed class DeclaredLimit
{
    private DeclaredLimit(decimal value, string finding, FindingSeverity severity)
    {
        Value = value;
        Finding = finding;
        Severity = severity;
    }

    /// <summary>Gets the bound, in the measure's unit; a measure equal to it is within (以上, 以下).</summary>
    public decimal Value { get; }

    /// <summary>Gets the code of the finding a measure beyond the bound raises, one its kind declares.</summary>
    public string Finding { get; }

    /// <summary>Gets how grave that finding is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Makes a limit.</summary>
    /// <param name="value">The bound, in the measure's unit.</param>
    /// <param name="finding">The code of the finding a measure beyond it raises.</param>
    /// <param name="severity">How grave the finding is.</param>
    /// <returns>The limit; its kind checks the value against the measure's unit and the finding against its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="finding"/> is blank or <paramref name="severity"/> is not a severity.</exception>
    public static DeclaredLimit Of(decimal value, string finding, FindingSeverity severity) =>
        new(value, Guard.Against.BlankText(finding), Guard.Against.UndefinedEnum(severity));

    /// <inheritdoc />
    public override string ToString() => $"{DeclaredRule.Number(Value)} ({Severity} {Finding})";
}
