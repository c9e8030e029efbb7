using System.Globalization;

namespace Community.Domain.Admission;

/// <summary>The most admitted items a policy lets a community carry in a calendar year: of one kind, or of all kinds together.</summary>
public sealed record AdmissionCap
{
    internal AdmissionCap(WorkItemKind? kind, int perYear)
    {
        Kind = kind;
        PerYear = perYear;
    }

    /// <summary>Gets the kind capped, or null for the cap on all admitted items together.</summary>
    public WorkItemKind? Kind { get; }

    /// <summary>Gets the most admitted items in a calendar year.</summary>
    public int PerYear { get; }

    /// <summary>Formats the cap.</summary>
    /// <returns>A text such as <c>Plaque: at most 5 a year</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind?.ToString() ?? "all kinds"}: at most {PerYear} a year");
}
