using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>Opens cases under the workflow in force (WF-01 to WF-03) and assesses cadres' duties of presence (WF-04).</summary>
/// <remarks>Every question has the three forms of every evaluator. A case, once open, moves by itself (<see cref="WorkflowCase.MoveTo"/>) under the version it was opened with. Stateless and thread-safe.</remarks>
public sealed class WorkflowEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="WorkflowEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public WorkflowEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Opens a case at the first step of the workflow of a kind in force for a jurisdiction.</summary>
    /// <param name="kind">The kind of workflow.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The day the case is opened.</param>
    /// <param name="caseId">The case's id; not blank.</param>
    /// <param name="size">The size of the matter.</param>
    /// <returns>The case, at its first step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="caseId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is blank, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not defined.</exception>
    /// <exception cref="PolicyNotInForceException">No workflow of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    public WorkflowCase Open(PolicyKind<WorkflowDefinition> kind, JurisdictionCode jurisdiction, LocalDate asOf, string caseId, MatterSize size)
    {
        Check(caseId, size);
        return WorkflowCase.Open(caseId, _catalog.ResolveVersion(kind, jurisdiction, asOf), size, asOf);
    }

    /// <summary>Tries to open a case, without throwing where no workflow of the kind is in force.</summary>
    /// <param name="kind">The kind of workflow.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The day the case is opened.</param>
    /// <param name="caseId">The case's id; not blank.</param>
    /// <param name="size">The size of the matter.</param>
    /// <param name="opened">The case, when a workflow is in force.</param>
    /// <returns><see langword="true"/> when a workflow of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="caseId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is blank, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not defined.</exception>
    public bool TryOpen(PolicyKind<WorkflowDefinition> kind, JurisdictionCode jurisdiction, LocalDate asOf, string caseId, MatterSize size, [NotNullWhen(true)] out WorkflowCase? opened)
    {
        Check(caseId, size);
        opened = _catalog.FindVersion(kind, jurisdiction, asOf) is { } version ? WorkflowCase.Open(caseId, version, size, asOf) : null;
        return opened is not null;
    }

    /// <summary>Opens a case and explains the workflow it follows: its steps, where it counts as closed, how high the matter may go, and any step the sources name two ways.</summary>
    /// <param name="kind">The kind of workflow.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The day the case is opened.</param>
    /// <param name="caseId">The case's id; not blank.</param>
    /// <param name="size">The size of the matter.</param>
    /// <returns>The same case as <see cref="Open"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="caseId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="caseId"/> is blank, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not defined.</exception>
    /// <exception cref="PolicyNotInForceException">No workflow of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    public Explained<WorkflowCase> ExplainOpen(PolicyKind<WorkflowDefinition> kind, JurisdictionCode jurisdiction, LocalDate asOf, string caseId, MatterSize size)
    {
        var opened = Open(kind, jurisdiction, asOf, caseId, size);
        var workflow = opened.Workflow;
        var (sizeEnglish, sizeChinese) = WorkflowText.Size(size);
        var recorder = ExplanationRecorder.Begin(_catalog, opened.Version, jurisdiction, asOf)
            .Input("case", caseId, caseId)
            .Input("size", sizeEnglish, sizeChinese);
        var (english, chinese) = WorkflowText.Steps(workflow);
        recorder.Remark(english, chinese);
        (english, chinese) = WorkflowText.Bound(size, workflow.Ceiling(size));
        recorder.Remark(english, chinese);
        foreach (var step in workflow.Steps)
        {
            if (step.AlsoCalled is not null)
            {
                (english, chinese) = WorkflowText.AlsoCalled(step);
                recorder.Remark(english, chinese);
            }
        }

        (english, chinese) = WorkflowText.Opened(opened);
        return new(opened, recorder.Result("case", english, chinese));
    }

    /// <summary>Assesses a duty record against the duties in force for its community.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The record.</param>
    /// <returns>The events due attendance and households due a visit, and an error for each missed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No duties are in force there on <paramref name="asOf"/>.</exception>
    public DutyAssessment Assess(LocalDate asOf, DutyRecord record)
    {
        Guard.Against.NullArgument(record);
        return AssessUnder(_catalog.ResolveVersion(WorkflowKinds.Duties, record.Community.Jurisdiction, asOf), record, null);
    }

    /// <summary>Tries to assess a duty record, without throwing where no duties are in force.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The record.</param>
    /// <param name="assessment">The assessment, when duties are in force.</param>
    /// <returns><see langword="true"/> when duties are in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    public bool TryAssess(LocalDate asOf, DutyRecord record, [NotNullWhen(true)] out DutyAssessment? assessment)
    {
        Guard.Against.NullArgument(record);
        assessment = _catalog.FindVersion(WorkflowKinds.Duties, record.Community.Jurisdiction, asOf) is { } version ? AssessUnder(version, record, null) : null;
        return assessment is not null;
    }

    /// <summary>Assesses a duty record and explains every event and household checked.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The record.</param>
    /// <returns>The same assessment as <see cref="Assess"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No duties are in force there on <paramref name="asOf"/>.</exception>
    public Explained<DutyAssessment> ExplainAssessment(LocalDate asOf, DutyRecord record)
    {
        Guard.Against.NullArgument(record);
        var version = _catalog.ResolveVersion(WorkflowKinds.Duties, record.Community.Jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, record.Community.Jurisdiction, asOf);
        var (recordEnglish, recordChinese) = WorkflowText.Record(record);
        recorder.Input("record", recordEnglish, recordChinese);
        var assessment = AssessUnder(version, record, recorder);
        var (english, chinese) = WorkflowText.Result(assessment);
        return new(assessment, recorder.Result("duties", english, chinese));
    }

    private static void Check(string caseId, MatterSize size)
    {
        Guard.Against.BlankText(caseId);
        Guard.Against.UndefinedEnum(size);
    }

    private static DutyAssessment AssessUnder(PolicyVersion<DutyPolicy> version, DutyRecord record, ExplanationRecorder? recorder)
    {
        var duties = version.Policy;
        var findings = new FindingCollector(version, recorder);
        var (due, attended, skippedEvents) = (0, 0, 0);
        foreach (var happened in record.Events)
        {
            if (!duties.MustAttend.Contains(happened.Occasion))
            {
                skippedEvents++;
                continue;
            }

            due++;
            attended += happened.Attended ? 1 : 0;
            findings.Check(happened.Attended, WorkflowFindingCodes.EventNotAttended, WorkflowText.Event(happened, false), WorkflowText.Event(happened, true));
        }

        var (owed, visited, skippedHomes) = (0, 0, 0);
        foreach (var home in record.Households)
        {
            if (!duties.MustVisit.Contains(home.Occasion))
            {
                skippedHomes++;
                continue;
            }

            owed++;
            var met = home.LastVisitedOn is { } day && record.Period.Contains(day);
            visited += met ? 1 : 0;
            findings.Check(met, WorkflowFindingCodes.HouseholdNotVisited, WorkflowText.Household(home, record.Period, false), WorkflowText.Household(home, record.Period, true));
        }

        if (recorder is not null && skippedEvents + skippedHomes > 0)
        {
            var (english, chinese) = WorkflowText.NotADuty(skippedEvents, skippedHomes);
            recorder.Remark(english, chinese);
        }

        return new DutyAssessment(record, Proportion.Of(attended, due), Proportion.Of(visited, owed), findings.ToImmutable());
    }
}
