using System.Collections.Immutable;

namespace Community.Domain.Assessments;

/// <summary>What every assessment derives from its findings: compliant means no finding is an error.</summary>
internal static class FindingsExtensions
{
    public static int ErrorCount(this ImmutableArray<Finding> findings)
    {
        var errors = 0;
        foreach (var finding in findings)
        {
            errors += finding.Severity == FindingSeverity.Error ? 1 : 0;
        }

        return errors;
    }

    /// <summary>Counts the findings that are warnings or errors.</summary>
    public static int WarningCount(this ImmutableArray<Finding> findings)
    {
        var warnings = 0;
        foreach (var finding in findings)
        {
            warnings += finding.Severity >= FindingSeverity.Warning ? 1 : 0;
        }

        return warnings;
    }
}
