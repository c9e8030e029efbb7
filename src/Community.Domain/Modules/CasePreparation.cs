using Community.Domain.Documents;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Modules;

/// <summary>
/// Reads a golden case's inputs and returns the evaluation to run against a catalog: the first half
/// runs when the case document is read (so that every problem of the inputs is reported with its path
/// before any case runs), the second each time the case runs.
/// </summary>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="inputs">The case's <c>inputs</c> object; its members have been checked against the evaluation's input names. Throw <see cref="DocumentNodeException"/> at a problem.</param>
/// <param name="jurisdiction">The case's jurisdiction.</param>
/// <param name="date">The case's day.</param>
/// <returns>The evaluation: an explaining call of the module's evaluator, such as <c>catalog =&gt; new VolunteerEvaluator(catalog).ExplainAssessment(jurisdiction, date, hours)</c>.</returns>
public delegate Func<PolicyCatalog, Explained<TResult>> CasePreparation<TResult>(DocumentNode inputs, JurisdictionCode jurisdiction, LocalDate date);
