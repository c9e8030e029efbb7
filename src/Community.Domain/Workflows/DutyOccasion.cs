using Ardalis.GuardClauses;

namespace Community.Domain.Workflows;

/// <summary>An occasion that may call for a cadre's duty: an event to attend (an emergency, a family dispute) or a household to visit (a poor family, an inpatient).</summary>
/// <remarks>Two occasions are equal when their codes are. The occasions of 三必到五必访 (WF-04) are built in on <see cref="WorkflowPolicies"/>; another place's list is its own occasions.</remarks>
public sealed class DutyOccasion : IEquatable<DutyOccasion>
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal DutyOccasion(string code, string chinese, string english)
    {
        Code = Guard.Against.BlankText(code);
        Chinese = Guard.Against.BlankText(chinese);
        English = Guard.Against.BlankText(english);
    }

    /// <summary>Gets the occasion's code, such as <c>family-dispute</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the occasion's Chinese name, such as 家庭纠纷.</summary>
    public string Chinese { get; }

    /// <summary>Gets the occasion's English name.</summary>
    public string English { get; }

    /// <summary>Creates an occasion.</summary>
    /// <param name="code">The code; not blank.</param>
    /// <param name="chinese">The Chinese name; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    /// <returns>The occasion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static DutyOccasion Of(string code, string chinese, string english) =>
        new(code, chinese, english);

    /// <inheritdoc/>
    public bool Equals(DutyOccasion? other) => other is not null && other.Code == Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DutyOccasion);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Formats the occasion.</summary>
    /// <returns>A text such as <c>family-dispute (家庭纠纷)</c>.</returns>
    public override string ToString() => $"{Code} ({Chinese})";
}
