using Ardalis.GuardClauses;

namespace Community.Domain.Workflows;

/// <summary>One step of a case workflow, named by a stable code and by its Chinese and English names: 事件登记 (register), 调度派遣 (dispatch).</summary>
/// <remarks>Two steps are equal when their codes are; the names are for people. A step may carry a second Chinese name where the sources name it two ways (WF-02's fourth step is 办事 in one list and 干事 in the other).</remarks>
public sealed class WorkflowStep : IEquatable<WorkflowStep>
{
    private WorkflowStep(string code, string chinese, string english, string? alsoCalled)
    {
        Code = code;
        Chinese = chinese;
        English = english;
        AlsoCalled = alsoCalled;
    }

    /// <summary>Gets the step's code: lower-case letters, digits and hyphens, such as <c>follow-up</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the step's Chinese name, such as 跟踪回访.</summary>
    public string Chinese { get; }

    /// <summary>Gets the step's English name, such as "follow-up visit".</summary>
    public string English { get; }

    /// <summary>Gets another Chinese name the sources give the step, if any.</summary>
    public string? AlsoCalled { get; }

    /// <summary>Creates a step.</summary>
    /// <param name="code">The code: lower-case ASCII letters, digits and hyphens, starting with a letter.</param>
    /// <param name="chinese">The Chinese name; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code is not of the form described, or a name is blank.</exception>
    public static WorkflowStep Of(string code, string chinese, string english) =>
        new(CheckCode(code), Guard.Against.BlankText(chinese), Guard.Against.BlankText(english), null);

    /// <summary>Returns a copy of this step that records another Chinese name the sources give it.</summary>
    /// <param name="chinese">The other name; not blank, and not the step's own name.</param>
    /// <returns>The step with its other name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chinese"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="chinese"/> is blank or the step's own name.</exception>
    public WorkflowStep AlsoCalledAs(string chinese)
    {
        Guard.Against.BlankText(chinese);
        return chinese == Chinese
            ? throw new ArgumentException($"chinese is \"{chinese}\", the step's own name; expected another name.", nameof(chinese))
            : new(Code, Chinese, English, chinese);
    }

    /// <inheritdoc/>
    public bool Equals(WorkflowStep? other) => other is not null && other.Code == Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkflowStep);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Formats the step with its code and names.</summary>
    /// <returns>A text such as <c>dispatch (调度派遣)</c>.</returns>
    public override string ToString() => $"{Code} ({Chinese})";

    private static string CheckCode(string code)
    {
        Guard.Against.NullArgument(code);
        var valid = code.Length > 0 && char.IsAsciiLetterLower(code[0]);
        foreach (var c in code)
        {
            valid &= char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-';
        }

        return valid
            ? code
            : throw new ArgumentException($"code is \"{code}\"; expected lower-case ASCII letters, digits and hyphens, starting with a letter, such as \"follow-up\".", nameof(code));
    }
}
