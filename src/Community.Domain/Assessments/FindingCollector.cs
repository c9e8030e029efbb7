using System.Collections.Immutable;
using Community.Domain.Explanations;
using Community.Domain.Policies;

namespace Community.Domain.Assessments;

/// <summary>Collects the findings of checks against one policy version, and records each check in the explanation when one is being recorded.</summary>
/// <remarks>The one collector of every module's assessments: each finding carries the version's rule id and citations.</remarks>
internal sealed class FindingCollector(PolicyVersion version, ExplanationRecorder? explanation)
{
    private readonly ImmutableArray<Finding>.Builder _found = ImmutableArray.CreateBuilder<Finding>();

    /// <summary>Gets the version the checks are made against.</summary>
    /// <summary>A collector for one of several policies an assessment checks together: every policy after the first one explained is named as also applying.</summary>
    public static FindingCollector ForOneOf(PolicyVersion version, PolicyVersion first, ExplanationRecorder? recorder)
    {
        if (!ReferenceEquals(version, first))
        {
            recorder?.AlsoApplies(version);
        }

        return new FindingCollector(version, recorder);
    }

    public PolicyVersion Version => version;

    /// <summary>Records a check: the same sentence states it in the explanation and, when it fails, in the finding.</summary>
    public void Check(bool holds, FindingCode code, string english, string chinese, FindingSeverity severity = FindingSeverity.Error)
    {
        explanation?.Condition(holds, english, chinese);
        if (!holds)
        {
            _found.Add(new Finding(code, severity, version.RuleId, version.Citations, english, chinese));
        }
    }

    /// <summary>Records a check with one sentence for when it holds (the explanation's) and another for when it fails (the finding's).</summary>
    public void Check(bool holds, FindingCode code, (string English, string Chinese) failure, (string English, string Chinese) success)
    {
        if (holds)
        {
            explanation?.Condition(true, success.English, success.Chinese);
        }
        else
        {
            Add(code, FindingSeverity.Error, failure);
        }
    }

    /// <summary>Records a finding, and in the explanation a condition tagged with the finding's code and rule (a note, which checks nothing, as a remark).</summary>
    public void Add(FindingCode code, FindingSeverity severity, (string English, string Chinese) message)
    {
        if (severity != FindingSeverity.Info)
        {
            Add(code, severity, message, holds: severity != FindingSeverity.Error);
            return;
        }

        // A note checks nothing, so it neither holds nor fails: the explanation records it as a remark.
        _found.Add(new Finding(code, severity, version.RuleId, version.Citations, message.English, message.Chinese));
        explanation?.Remark($"[{code}, {version.RuleId}] {message.English}", $"[{code},{version.RuleId}]{message.Chinese}");
    }

    /// <summary>Adds a finding, recording in the explanation whether the checked condition held (a warning may say it did not).</summary>
    public void Add(FindingCode code, FindingSeverity severity, (string English, string Chinese) message, bool holds)
    {
        _found.Add(new Finding(code, severity, version.RuleId, version.Citations, message.English, message.Chinese));
        explanation?.Condition(holds, $"[{code}, {version.RuleId}] {message.English}", $"[{code},{version.RuleId}]{message.Chinese}");
    }

    /// <summary>Adds a finding made elsewhere, such as a warning that a nearer rule contradicts a higher level's.</summary>
    public void Add(Finding finding) => _found.Add(finding);

    /// <summary>Adds the findings another collector gathered, after this one's.</summary>
    public void AddRange(FindingCollector other) => _found.AddRange(other._found);

    /// <summary>Gets the findings gathered so far.</summary>
    public ImmutableArray<Finding> ToImmutable() => _found.ToImmutable();
}
