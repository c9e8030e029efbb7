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
}
