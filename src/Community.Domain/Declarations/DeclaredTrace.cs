using Community.Domain.Assessments;
using Community.Domain.Explanations;
using Community.Domain.Policies;

namespace Community.Domain.Declarations;

/// <summary>What an assessment of a declared rule collects beside its result: the findings with their messages and, when asked, the explanation's steps. The plain evaluation passes none, and words nothing.</summary>
internal sealed class DeclaredTrace(PolicyVersion version, ExplanationRecorder? recorder)
{
    /// <summary>Gets the findings so far.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>Gets the recorder, when an explanation is asked for.</summary>
    public ExplanationRecorder? Recorder => recorder;

    /// <summary>Records a check: a finding when it fails, and a condition in the explanation either way.</summary>
    public void Check(bool holds, DeclaredFinding finding, Assessments.FindingSeverity severity, (string English, string Chinese) message)
    {
        if (holds)
        {
            recorder?.Condition(true, message.English, message.Chinese);
            return;
        }

        var (english, chinese) = DeclaredText.Failed(finding, message);
        recorder?.Condition(false, english, chinese);
        Findings.Add(new Finding(finding.Code, severity, version.RuleId, version.Citations, english, chinese));
    }

    /// <summary>Records a step of the explanation that checks nothing.</summary>
    public void Remark((string English, string Chinese) text) => recorder?.Remark(text.English, text.Chinese);
}
