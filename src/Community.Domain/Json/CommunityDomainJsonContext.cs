using System.Text.Json.Serialization;

namespace Community.Domain.Json;

/// <summary>
/// The source-generated System.Text.Json metadata of the composition's results (budgets, batches) and
/// the kernel's and basics' values (explanations, findings, communities, policy versions), for AOT and
/// trimmed callers. Each module registers the metadata of its own results (issue 25);
/// <see cref="CommunityDomainJson.Options(Policies.PolicyCatalog)"/> combines them all.
/// </summary>
/// <remarks>
/// For typed metadata of a budget or a batch, use the context with options bound to the catalog:
/// <c>CommunityDomainJson.Context(catalog).Budget</c>; for a module's result, the options:
/// <c>CommunityDomainJson.Options(catalog).GetTypeInfo(typeof(QuotaResult))</c>.
/// </remarks>
[JsonSerializable(typeof(Policies.PolicyVersion))]
[JsonSerializable(typeof(Assessments.Finding))]
[JsonSerializable(typeof(Budgets.Budget))]
[JsonSerializable(typeof(Budgets.BudgetComparison))]
[JsonSerializable(typeof(Budgets.BudgetTotals))]
[JsonSerializable(typeof(Batches.BatchSummary))]
[JsonSerializable(typeof(Batches.BatchTally))]
[JsonSerializable(typeof(Budgets.CommunityBudget))]
[JsonSerializable(typeof(Communities.CommunityProfile))]
[JsonSerializable(typeof(Explanations.Explanation))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
public sealed partial class CommunityDomainJsonContext : JsonSerializerContext;
