// Reads back, in a Native AOT binary with reflection-based JSON turned off, one result of each
// shape: a result naming its policy version, a budget (lists of pairs, kinds by name), a generic
// explained result and a workflow case with its history; then a user's own module (volunteer hours,
// registered beside the built-in ones): its result and explained result, a catalog document holding
// its kind, and its golden cases. Exit code 1 names what differed.
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
using Community.Domain.Cases;
using Community.Domain.Modules;
using NodaTime;
using Samples.VolunteerHours;

var catalog = BuiltInCatalog.Instance;
var context = CommunityDomainJson.Context(catalog);
var options = CommunityDomainJson.Options(catalog);
var failures = new List<string>();

var quota = new CommitteeEvaluator(catalog).Quota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000));
Check("quota result", quota, CommunityDomainJson.TypeInfo<QuotaResult>(options));

var community = CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, "中城社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1600));
var budget = new BudgetCalculator(catalog).Annual(new LocalDate(2008, 6, 30), [BudgetCommunity.Create(community, [(PayRole.Director, 1), (PayRole.FullTimeMember, 3)], workers: 4, partyBranches: 1)]);
Check("budget", budget, context.Budget);

var explained = new CommitteeEvaluator(catalog).ExplainQuota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000));
Check("explained quota", explained, CommunityDomainJson.TypeInfo<Explained<QuotaResult>>(options));

var opened = new WorkflowEvaluator(catalog).Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, new LocalDate(2017, 3, 1), "仙桃-2017-017", MatterSize.Small);
Check("workflow case", opened.MoveTo("dispatch", new LocalDate(2017, 3, 1), CaseAction.None.At(HandlingLevel.Grid)), CommunityDomainJson.TypeInfo<WorkflowCase>(options));

// A user's module, through the one public contract.
var modules = BuiltInModules.Registry.With(new VolunteerHoursModule());
var province = PolicyDocument.Parse(
    """{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[],"policies":[{"kind":"volunteers.hours","jurisdiction":"420000","ruleId":"VOL-HB-01","policy":{"levelThresholds":[40,120],"yearlyMinimum":30}}]}""",
    modules);
var userCatalog = province.OverlayOn(modules.CreateCatalogBuilder()).Build();
var userOptions = CommunityDomainJson.Options(userCatalog, modules);
var volunteers = new VolunteerHoursEvaluator(userCatalog);
var assessed = volunteers.Assess(KnownJurisdictions.Xiantao.Code, new LocalDate(2026, 6, 30), ServiceHours.Of(120), ServiceHours.Of(30));
if (assessed.Level != 2 || assessed.RuleId.Value != "VOL-HB-01")
{
    failures.Add($"the user module's assessment under the province's document is {assessed}");
}

Check("user module's result", assessed, CommunityDomainJson.TypeInfo<VolunteerHoursAssessment>(userOptions));
Check("user module's explained result", volunteers.ExplainAssess(KnownJurisdictions.Xiantao.Code, new LocalDate(2026, 6, 30), ServiceHours.Of(50), ServiceHours.Of(10)), CommunityDomainJson.TypeInfo<Explained<VolunteerHoursAssessment>>(userOptions));
if (PolicyDocument.Create(userCatalog.Jurisdictions, userCatalog.Versions, modules).ToJson() is var exported && !PolicyDocument.Parse(exported, modules).ToJson().Equals(exported, StringComparison.Ordinal))
{
    failures.Add("the catalog with the user module's versions does not read back as written");
}

var cases = GoldenCaseDocument.Parse(
    """{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"level 1 at 40 hours in Hubei","evaluation":"volunteers.assessment","jurisdiction":"429004","date":"2026-06-30","inputs":{"total":40,"thisYear":30},"expected":{"ruleId":"VOL-HB-01","band":2,"result":{"Level":1,"IsActive":true},"explanation":{"chinese":"1星级"}}}]}""",
    modules);
foreach (var outcome in cases.Run(userCatalog))
{
    if (!outcome.Passed)
    {
        failures.Add(outcome.ToString());
    }
}

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
