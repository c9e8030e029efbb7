using Ardalis.GuardClauses;
using Community.Domain.Assessments;

namespace Community.Domain.Declarations;

/// <summary>A finding a declared rule kind may raise: its stable code and what it means in both languages, such as <c>council.not-quorate</c>, 会议未达法定人数, the meeting is not quorate. Immutable.</summary>
public sealed class DeclaredFinding
{
    private DeclaredFinding(FindingCode code, string chineseName, string englishName)
    {
        Code = code;
        ChineseName = chineseName;
        EnglishName = englishName;
    }

    /// <summary>Gets the finding's code.</summary>
    public FindingCode Code { get; }

    /// <summary>Gets what the finding means, in Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>Gets what the finding means, in English.</summary>
    public string EnglishName { get; }

    /// <summary>Declares a finding.</summary>
    /// <param name="code">Its code: lower-case words joined by hyphens, in two or more parts joined by dots, such as <c>council.not-quorate</c>.</param>
    /// <param name="chineseName">What it means, in Chinese.</param>
    /// <param name="englishName">What it means, in English.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a finding code, or a label is blank.</exception>
    public static DeclaredFinding Create(string code, string chineseName, string englishName)
    {
        Guard.Against.NullArgument(code);
        return new(FindingCode.TryOf(code, out var made) ? made : throw new ArgumentException($"code is \"{code}\"; expected lower-case words joined by hyphens, in two or more parts joined by dots, such as \"council.not-quorate\".", nameof(code)), Guard.Against.BlankText(chineseName), Guard.Against.BlankText(englishName));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {EnglishName}";
}
