// Reads back, in a Native AOT binary with reflection-based JSON turned off, one result of each
// shape: a result naming its policy version, a budget (lists of pairs, kinds by name), a generic
// explained result and a workflow case with its history. Exit code 1 names what differed.
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;
using Community.Domain.Workflows;
using NodaTime;

var catalog = BuiltInCatalog.Instance;
var context = CommunityDomainJson.Context(catalog);
var failures = new List<string>();

var quota = new CommitteeEvaluator(catalog).Quota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000));
Check("quota result", quota, context.QuotaResult);

var community = CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, "中城社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1600));
var budget = new BudgetCalculator(catalog).Annual(new LocalDate(2008, 6, 30), [BudgetCommunity.Create(community, [(PayRole.Director, 1), (PayRole.FullTimeMember, 3)], workers: 4, partyBranches: 1)]);
Check("budget", budget, context.Budget);

var explained = new CommitteeEvaluator(catalog).ExplainQuota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000));
Check("explained quota", explained, (JsonTypeInfo<Explained<QuotaResult>>)CommunityDomainJson.Options(catalog).GetTypeInfo(typeof(Explained<QuotaResult>)));

var opened = new WorkflowEvaluator(catalog).Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, new LocalDate(2017, 3, 1), "仙桃-2017-017", MatterSize.Small);
Check("workflow case", opened.MoveTo("dispatch", new LocalDate(2017, 3, 1), CaseAction.None.At(HandlingLevel.Grid)), context.WorkflowCase);

Console.WriteLine(failures.Count == 0 ? "AOT JSON round trips: ok" : "AOT JSON round trips failed: " + string.Join("; ", failures));
return failures.Count == 0 ? 0 : 1;

void Check<T>(string name, T value, JsonTypeInfo<T> info)
{
    var json = JsonSerializer.Serialize(value, info);
    var back = JsonSerializer.Deserialize(json, info);
    if (!EqualityComparer<T>.Default.Equals(back, value))
    {
        failures.Add($"{name} read back from {json} differs");
    }
}
