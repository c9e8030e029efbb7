using Ardalis.GuardClauses;
using Community.Domain.Assessments;

namespace Community.Domain.Declarations;

/// <summary>A check of an actual measure against what a declared table or formula gives: the premises provided at least the area the table requires, the workers employed at least the count the formula gives. Immutable.</summary>
public sealed class DeclaredCheck
{
    private DeclaredCheck(string actual, DeclaredComparison comparison, string finding, FindingSeverity severity)
    {
        Actual = actual;
        Comparison = comparison;
        Finding = finding;
        Severity = severity;
    }

    /// <summary>Gets the input holding the actual measure, of the outcome's unit.</summary>
    public string Actual { get; }

    /// <summary>Gets how the actual measure must stand to the outcome: <see cref="DeclaredComparison.AtLeast"/> for "at least what the table gives".</summary>
    public DeclaredComparison Comparison { get; }

    /// <summary>Gets the code of the finding raised when it does not.</summary>
    public string Finding { get; }

    /// <summary>Gets how grave that finding is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Makes a check.</summary>
    /// <param name="actual">The input holding the actual measure.</param>
    /// <param name="comparison">How it must stand to the outcome.</param>
    /// <param name="finding">The code of the finding raised when it does not.</param>
    /// <param name="severity">How grave the finding is.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or an enum value is not one of its names.</exception>
    public static DeclaredCheck Of(string actual, DeclaredComparison comparison, string finding, FindingSeverity severity) =>
        new(Guard.Against.BlankText(actual), Guard.Against.UndefinedEnum(comparison), Guard.Against.BlankText(finding), Guard.Against.UndefinedEnum(severity));

    /// <inheritdoc />
    public override string ToString() => $"{Actual} {Comparison} the outcome ({Severity} {Finding})";
}
