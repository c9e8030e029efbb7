using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>
/// Evaluates declared rules: resolves the version of a declared kind in force at a place on a day and
/// runs its rule over the inputs given. <see cref="Evaluate"/> gives the outcome and allocates nothing;
/// <see cref="Assess"/> words the findings; <see cref="ExplainAssessment"/> also explains each step in both
/// languages, from the kind's labels. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Inputs are given as the values of the kind's measured inputs (<see cref="DeclaredKind.MeasuredInputs"/>),
/// in order: <c>evaluator.Evaluate(kind, place, day, [21, 14, 8])</c>. Derived inputs are computed from them.
/// <see cref="Evaluate"/> answers by the version in force alone; <see cref="Assess"/> also runs each
/// higher level's version of the kind in force on the same inputs, and what one finds that the version in
/// force does not is a <c>levels.contradicts-higher-level</c> warning citing both.
/// </remarks>
public sealed class DeclaredEvaluator
{
    private readonly PolicyCatalog _catalog;
    private readonly WorkingCalendar _calendar;

    /// <summary>Initializes a new instance of the <see cref="DeclaredEvaluator"/> class that counts working days as Monday to Friday, with no holidays (<see cref="WorkingCalendar.WeekdaysOnly"/>).</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public DeclaredEvaluator(PolicyCatalog catalog)
        : this(catalog, WorkingCalendar.WeekdaysOnly)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DeclaredEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <param name="calendar">The working calendar timetables in working days count on.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeclaredEvaluator(PolicyCatalog catalog, WorkingCalendar calendar)
    {
        _catalog = Guard.Against.NullArgument(catalog);
        _calendar = Guard.Against.NullArgument(calendar);
    }

    /// <summary>Evaluates the rule of a declared kind in force at a place on a day.</summary>
    /// <param name="kind">The declared kind.</param>
    /// <param name="jurisdiction">The place asked about.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="inputs">The values of the kind's measured inputs, in order.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the place, the date is not ISO, or an input is missing, of the wrong type or outside its unit (the message names it).</exception>
    /// <exception cref="PolicyNotInForceException">No version of the kind is in force there on <paramref name="asOf"/>.</exception>
    public DeclaredOutcome Evaluate(DeclaredKind kind, JurisdictionCode jurisdiction, LocalDate asOf, ReadOnlySpan<DeclaredValue> inputs)
    {
        Guard.Against.NullArgument(kind);
        kind.CheckValues(inputs, nameof(inputs));
        var version = _catalog.ResolveVersion(kind.Kind, jurisdiction, asOf);
        return new DeclaredOutcome(Run(version.Policy, inputs, asOf, null));
    }

    /// <summary>Tries to evaluate the rule of a declared kind, without throwing where no version is in force.</summary>
    /// <param name="kind">The declared kind.</param>
    /// <param name="jurisdiction">The place asked about.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="inputs">The values of the kind's measured inputs, in order.</param>
    /// <param name="outcome">The outcome, when a version is in force.</param>
    /// <returns><see langword="true"/> when a version of the kind is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the place, the date is not ISO, or an input is refused.</exception>
    public bool TryEvaluate(DeclaredKind kind, JurisdictionCode jurisdiction, LocalDate asOf, ReadOnlySpan<DeclaredValue> inputs, out DeclaredOutcome outcome)
    {
        Guard.Against.NullArgument(kind);
        kind.CheckValues(inputs, nameof(inputs));
        var version = _catalog.FindVersion(kind.Kind, jurisdiction, asOf);
        outcome = version is null ? default : new DeclaredOutcome(Run(version.Policy, inputs, asOf, null));
        return version is not null;
    }

    /// <summary>Evaluates the rule of a declared kind and explains it.</summary>
    /// <param name="kind">The declared kind.</param>
    /// <param name="jurisdiction">The place asked about.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="inputs">The values of the kind's measured inputs, in order.</param>
    /// <returns>The same outcome as <see cref="Evaluate"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the place, the date is not ISO, or an input is refused.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the kind is in force there on <paramref name="asOf"/>.</exception>
    public Explained<DeclaredOutcome> ExplainEvaluation(DeclaredKind kind, JurisdictionCode jurisdiction, LocalDate asOf, ReadOnlySpan<DeclaredValue> inputs)
    {
        var (outcome, _, explanation) = Explain(kind, jurisdiction, asOf, inputs);
        return new(outcome, explanation);
    }

    /// <summary>Assesses inputs against the rule of a declared kind: the outcome and every finding, worded in both languages.</summary>
    /// <param name="kind">The declared kind.</param>
    /// <param name="jurisdiction">The place asked about.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="inputs">The values of the kind's measured inputs, in order.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the place, the date is not ISO, or an input is refused.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the kind is in force there on <paramref name="asOf"/>.</exception>
    public DeclaredAssessment Assess(DeclaredKind kind, JurisdictionCode jurisdiction, LocalDate asOf, ReadOnlySpan<DeclaredValue> inputs)
    {
        Guard.Against.NullArgument(kind);
        kind.CheckValues(inputs, nameof(inputs));
        return AssessUnder(_catalog.ResolveVersion(kind.Kind, jurisdiction, asOf), jurisdiction, inputs, asOf, null).Assessment;
    }

    /// <summary>Tries to assess inputs against the rule of a declared kind, without throwing where no version is in force.</summary>
    /// <param name="kind">The declared kind.</param>
    /// <param name="jurisdiction">The place asked about.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="inputs">The values of the kind's measured inputs, in order.</param>
    /// <param name="assessment">The assessment, when a version is in force.</param>
    /// <returns><see langword="true"/> when a version of the kind is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the place, the date is not ISO, or an input is refused.</exception>
    public bool TryAssess(DeclaredKind kind, JurisdictionCode jurisdiction, LocalDate asOf, ReadOnlySpan<DeclaredValue> inputs, [NotNullWhen(true)] out DeclaredAssessment? assessment)
    {
        Guard.Against.NullArgument(kind);
        kind.CheckValues(inputs, nameof(inputs));
        var version = _catalog.FindVersion(kind.Kind, jurisdiction, asOf);
        assessment = version is null ? null : AssessUnder(version, jurisdiction, inputs, asOf, null).Assessment;
        return assessment is not null;
    }

    /// <summary>Assesses inputs against the rule of a declared kind and explains it: the version, each input, each band, formula and check, in both languages.</summary>
    /// <param name="kind">The declared kind.</param>
    /// <param name="jurisdiction">The place asked about.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="inputs">The values of the kind's measured inputs, in order.</param>
    /// <returns>The same assessment as <see cref="Assess"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the place, the date is not ISO, or an input is refused.</exception>
    /// <exception cref="PolicyNotInForceException">No version of the kind is in force there on <paramref name="asOf"/>.</exception>
    public Explained<DeclaredAssessment> ExplainAssessment(DeclaredKind kind, JurisdictionCode jurisdiction, LocalDate asOf, ReadOnlySpan<DeclaredValue> inputs)
    {
        var (_, assessment, explanation) = Explain(kind, jurisdiction, asOf, inputs);
        return new(assessment, explanation);
    }

    private (DeclaredOutcome Outcome, DeclaredAssessment Assessment, Explanation Explanation) Explain(DeclaredKind kind, JurisdictionCode jurisdiction, LocalDate asOf, ReadOnlySpan<DeclaredValue> inputs)
    {
        Guard.Against.NullArgument(kind);
        kind.CheckValues(inputs, nameof(inputs));
        var version = _catalog.ResolveVersion(kind.Kind, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf);
        var context = new DeclaredContext(inputs, kind, asOf, _calendar);
        for (var i = 0; i < kind.Inputs.Length; i++)
        {
            var input = kind.Inputs[i];
            var value = kind.Bound[i] switch
            {
                { Derivation: DeclaredDerivation.Measured } measured => inputs[measured.Position],
                { Unit: MeasureUnit.Share } => DeclaredValue.Of(0m),
                _ => DeclaredValue.Of(context.Number(i)),
            };
            var (english, chinese) = input.Unit == MeasureUnit.Share && !input.IsMeasured
                ? DeclaredText.Quantity(context.Quantity(i).Numerator, context.Quantity(i).Denominator, MeasureUnit.Share)
                : DeclaredText.Input(input, value);
            var (labelledEnglish, labelledChinese) = DeclaredText.Labelled(input, english, chinese);
            recorder.Input(input.Name, labelledEnglish, labelledChinese);
        }

        var (outcome, assessment) = AssessUnder(version, jurisdiction, inputs, asOf, recorder);
        var (resultEnglish, resultChinese) = DeclaredText.Result(kind, outcome);
        return (outcome, assessment, recorder.Result(kind.Name, resultEnglish, resultChinese));
    }

    private DeclaredNodeResult Run(DeclaredPolicy policy, ReadOnlySpan<DeclaredValue> inputs, LocalDate asOf, DeclaredTrace? trace) =>
        policy.Bound.Evaluate(new DeclaredContext(inputs, policy.Kind, asOf, _calendar), trace);

    private (DeclaredOutcome Outcome, DeclaredAssessment Assessment) AssessUnder(PolicyVersion<DeclaredPolicy> version, JurisdictionCode jurisdiction, ReadOnlySpan<DeclaredValue> inputs, LocalDate asOf, ExplanationRecorder? recorder)
    {
        var trace = new DeclaredTrace(version, recorder);
        var outcome = new DeclaredOutcome(Run(version.Policy, inputs, asOf, trace));
        var found = trace.Findings.Select(f => f.Code).ToHashSet();
        var contradicted = false;

        // Each higher level's version of the kind, also in force, is run on the same inputs: a finding it
        // makes that the nearer rule does not is a contradiction, a warning citing both (the nearer rule applies).
        foreach (var higher in _catalog.ResolveLineage(version.Policy.Kind.Kind, jurisdiction, asOf))
        {
            if (ReferenceEquals(higher, version))
            {
                continue;
            }

            var above = new DeclaredTrace(higher, null);
            Run(higher.Policy, inputs, asOf, above);
            var beyond = above.Findings.Where(f => !found.Contains(f.Code)).ToList();
            var (english, chinese) = DeclaredText.AgainstHigher(_catalog.GetJurisdiction(version.Jurisdiction), version, _catalog.GetJurisdiction(higher.Jurisdiction), higher, beyond);
            recorder?.AlsoApplies(higher).Condition(beyond.Count == 0, english, chinese);
            if (beyond.Count > 0)
            {
                contradicted = true;
                trace.Findings.Add(new Assessments.Finding(Assessments.AssessmentFindingCodes.ContradictsHigherLevel, Assessments.FindingSeverity.Warning, version.RuleId, [.. version.Citations, .. higher.Citations.Except(version.Citations)], english, chinese));
            }
        }

        return (outcome, new DeclaredAssessment(version.Policy.Kind, outcome, contradicted, [.. trace.Findings]));
    }
}
