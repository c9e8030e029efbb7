using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Cases;

/// <summary>One evaluation a golden case may name: its name, the inputs it reads and how it evaluates them against a catalog.</summary>
/// <param name="Name">The evaluation's name in a case document, such as <c>committees.quota</c>.</param>
/// <param name="Inputs">The names of the inputs it reads.</param>
/// <param name="Prepare">Reads the inputs (throwing <see cref="DocumentNodeException"/> at the first problem) and returns the evaluation to run on a catalog.</param>
internal sealed record CaseEvaluation(string Name, string[] Inputs, Func<DocumentNode, JurisdictionCode, LocalDate, Func<PolicyCatalog, CaseOutcome>> Prepare);
