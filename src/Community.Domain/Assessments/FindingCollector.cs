using System.Collections.Immutable;
using Community.Domain.Explanations;
using Community.Domain.Policies;

namespace Community.Domain.Assessments;

/// <summary>Collects the findings of checks against one policy version, and records each check in the explanation when one is being built.</summary>
internal sealed class FindingCollector(PolicyVersion version, ExplanationBuilder? explanation)
{
    private readonly ImmutableArray<Finding>.Builder _found = ImmutableArray.CreateBuilder<Finding>();

    /// <summary>Records a check: the same sentence states it in the explanation and, when it fails, in the finding.</summary>
    public void Check(bool holds, FindingCode code, string english, string chinese, FindingSeverity severity = FindingSeverity.Error)
    {
        explanation?.Condition(holds, english, chinese);
        if (!holds)
        {
            _found.Add(new Finding(code, severity, version.RuleId, version.Citations, english, chinese));
        }
    }

    public ImmutableArray<Finding> ToImmutable() => _found.ToImmutable();
}
