using Community.Domain.Shared;
using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Admission;
using Community.Domain.BuiltIn;
using Community.Domain.Budgets;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;
using Community.Domain.Statistics;
using Community.Domain.Subsidies;
using Community.Domain.Tests.Contract;
using Community.Domain.Workflows;
using NodaTime;

namespace Community.Domain.Tests.Json;

/// <summary>
/// JSON for a library type that is whole in shape but not in substance is refused when read, with
/// the message of the check that refuses it: a result with no version, a reference or list item of
/// the wrong shape, a collection left out, a group of counts given in part.
/// </summary>
public sealed class ReadRefusalTests
{
    private static readonly JsonSerializerOptions Options = CommunityDomainJson.Options(Seeds.Catalog);

    private static readonly CommunityProfile Zhongcheng = CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, "中城社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1600));

    public static TheoryData<string> Cases() => [.. Refusals.Keys];

    private static readonly Dictionary<string, (Type Type, Func<string> Json, Type Exception, string Message)> Refusals = new()
    {
        ["quota without a version"] = (typeof(QuotaResult), () => WithoutVersion(Quota()), typeof(JsonException), "The JSON gives no Version; expected the version that gave the quota."),
        ["decision without a version"] = (typeof(AdmissionDecision), () => WithoutVersion(Decision()), typeof(JsonException), "The JSON gives no Version; expected the version that decided."),
        ["case without a version"] = (typeof(WorkflowCase), () => WithoutVersion(Case()), typeof(JsonException), "The JSON gives no Version; expected the workflow's version."),
        ["burden report without a version"] = (typeof(BurdenReport), () => WithoutVersion(Burden()), typeof(JsonException), "The JSON gives no Version; expected the version whose caps applied."),
        ["grid plan without a version"] = (typeof(Domain.Grids.GridPlan), () => "{\"Households\":2500,\"MinimumGrids\":4,\"MaximumGrids\":8,\"MinimumManagers\":4,\"MaximumManagers\":null,\"Version\":null}", typeof(JsonException), "The JSON gives no Version; expected the version applied."),
        ["decision with a default jurisdiction"] = (typeof(AdmissionDecision), () => Decision().Replace("\"Jurisdiction\":\"350802\",\"AsOf\"", "\"AsOf\"", StringComparison.Ordinal), typeof(JsonException), "*AdmissionDecision*missing required properties*Jurisdiction*"),
        ["burden report with a default jurisdiction"] = (typeof(BurdenReport), () => Burden().Replace("\"Jurisdiction\":\"350802\",\"Year\"", "\"Year\"", StringComparison.Ordinal), typeof(JsonException), "*BurdenReport*missing required properties*Jurisdiction*"),
        ["case at a step its workflow lacks"] = (typeof(WorkflowCase), () => Case().Replace("\"Step\":\"register\"", "\"Step\":\"appeal\"", StringComparison.Ordinal), typeof(JsonException), "*appeal*"),
        ["a version's kind as a number"] = (typeof(QuotaResult), () => Quota().Replace("\"Kind\":\"committees.quota\"", "\"Kind\":7", StringComparison.Ordinal), typeof(JsonException), "7 is not a policy kind's name, such as \"committees.quota\"."),
        ["a version with no kind"] = (typeof(QuotaResult), () => Quota().Replace("\"Kind\":\"committees.quota\",", string.Empty, StringComparison.Ordinal), typeof(JsonException), "*it gives no Kind."),
        ["a version with no jurisdiction"] = (typeof(QuotaResult), () => Quota().Replace("\"Jurisdiction\":\"429004\",", string.Empty, StringComparison.Ordinal), typeof(JsonException), "*it gives no Jurisdiction."),
        ["a version with no status"] = (typeof(QuotaResult), () => Quota().Replace(",\"Status\":\"InForce\"", string.Empty, StringComparison.Ordinal), typeof(JsonException), "*it gives no Status."),
        ["a version's status as a number"] = (typeof(QuotaResult), () => Quota().Replace("\"Status\":\"InForce\"", "\"Status\":1", StringComparison.Ordinal), typeof(JsonException), "1 is not a policy status: InForce or Proposed."),
        ["a version's rule id not a rule id"] = (typeof(QuotaResult), () => Quota().Replace("\"RuleId\":\"COM-01\",\"Status\"", "\"RuleId\":\"com 1\",\"Status\"", StringComparison.Ordinal), typeof(JsonException), "com 1 is not a rule id such as \"COM-01\"."),
        ["a version that is not an object"] = (typeof(QuotaResult), () => WithoutVersion(Quota()).Replace("\"Version\":null", "\"Version\":\"COM-01\"", StringComparison.Ordinal), typeof(JsonException), "COM-01 is not a policy version reference*"),
        ["a kind that is not a name"] = (typeof(BudgetItem), () => "{\"Kind\":3,\"Role\":\"Director\",\"English\":\"x\",\"Chinese\":\"x\"}", typeof(JsonException), "3 is not a policy kind's name, such as \"funding.office-funds\"."),
        ["posts that are not a list"] = (typeof(BudgetCommunity), () => Posts().Replace("\"Posts\":[{\"Role\":\"Director\",\"People\":1}]", "\"Posts\":{}", StringComparison.Ordinal), typeof(JsonException), "StartObject is not a list of objects with Role, People."),
        ["posts left out"] = (typeof(BudgetCommunity), () => Posts().Replace("\"Posts\":[{\"Role\":\"Director\",\"People\":1}],", string.Empty, StringComparison.Ordinal), typeof(JsonException), "*BudgetCommunity*missing required properties*Posts*"),
        ["a post that is not an object"] = (typeof(BudgetCommunity), () => Posts().Replace("[{\"Role\":\"Director\",\"People\":1}]", "[3]", StringComparison.Ordinal), typeof(JsonException), "3 is not an object with Role, People."),
        ["a fee that is null"] = (typeof(Domain.Premises.BuildingCost), () => Fees().Replace("\"Fee\":{\"Name\":\"infrastructure\"", "\"Fee\":null,\"X\":{\"Name\":\"infrastructure\"", StringComparison.Ordinal), typeof(JsonException), "A list item gives null where BuildingFee is expected."),
        ["a fee with no amount"] = (typeof(Domain.Premises.BuildingCost), () => Fees().Replace(",\"Amount\":18000.00", string.Empty, StringComparison.Ordinal), typeof(JsonException), "Item 0 gives no Amount."),
        ["a total-only quota with parts of its own"] = (typeof(CommitteeQuota), () => "{\"Total\":{\"Min\":5,\"Max\":7},\"FullTime\":{\"Min\":0,\"Max\":3},\"PartTime\":{\"Min\":0,\"Max\":7},\"IsSplitSpecified\":false}", typeof(JsonException), "The JSON gives a quota of 5-7 with 0-3 full-time and 0-7 part-time members; expected full-time and part-time ranges from 0 to the total's maximum."),
        ["a share above its whole"] = (typeof(ShareThreshold), () => "{\"Numerator\":3,\"Denominator\":2,\"IsStrict\":false}", typeof(JsonException), "The JSON gives a share of 3/2; expected a whole above zero and a part from zero to the whole."),
        ["a share of nothing"] = (typeof(ShareThreshold), () => "{\"Numerator\":0,\"Denominator\":0,\"IsStrict\":false}", typeof(JsonException), "The JSON gives a share of 0/0*"),
        ["a rate neither counted nor reported"] = (typeof(StatisticalRate), () => "{\"Chinese\":\"满意率\",\"English\":\"satisfaction\",\"Counts\":null,\"WholeIsApproximate\":false,\"ReportedPercent\":null,\"Decimals\":0}", typeof(ArgumentException), "counts and reportedPercent are both null; expected a rate counted, reported or both.*"),
        ["a report with nothing in it"] = (typeof(StatisticalReport), () => "{\"Totals\":[],\"Rates\":[]}", typeof(ArgumentException), "totals and rates are both empty; expected at least one total or rate.*"),
        ["a report whose totals are left out"] = (typeof(StatisticalReport), () => "{\"Rates\":[]}", typeof(JsonException), "*StatisticalReport*missing required properties*Totals*"),
        ["a total with no breakdowns"] = (typeof(StatisticalTotal), () => "{\"Chinese\":\"社区\",\"English\":\"communities\",\"Value\":3,\"Breakdowns\":[]}", typeof(ArgumentException), "breakdowns is empty; expected at least one breakdown to check.*"),
        ["a breakdown with no parts"] = (typeof(StatisticalBreakdown), () => "{\"Chinese\":\"按城乡\",\"English\":\"by setting\",\"Parts\":[]}", typeof(ArgumentException), "parts is empty; expected at least one part.*"),
        ["a target whose milestones are left out"] = (typeof(Domain.Grids.CoverageTarget), () => "{}", typeof(JsonException), "*CoverageTarget*missing required properties*Milestones*"),
        ["a target with a null milestone"] = (typeof(Domain.Grids.CoverageTarget), () => "{\"Milestones\":[null]}", typeof(ArgumentNullException), "milestones[0] must not be null*"),
        ["a summary with negative funds"] = (typeof(WorkloadSummary), () => "{\"Period\":{\"Start\":\"2010-01-01\",\"End\":\"2010-12-31\"},\"Counts\":{},\"FundsByKind\":{\"Plaque\":-1}}", typeof(ArgumentOutOfRangeException), "fundsByKind*zero or more yuan*"),
        ["a summary with a negative count"] = (typeof(WorkloadSummary), () => "{\"Period\":{\"Start\":\"2010-01-01\",\"End\":\"2010-12-31\"},\"Counts\":{\"Plaque\":{\"Admitted\":-2}},\"FundsByKind\":{}}", typeof(ArgumentOutOfRangeException), "counts*"),
        ["a request with a duty of another kind"] = (typeof(WorkRequest), () => Request(), typeof(ArgumentException), "duty is PublicServices for a request of kind Plaque; expected a duty exactly when the kind is OwnDuty.*"),
        ["a request of its own duty naming none"] = (typeof(WorkRequest), () => Request().Replace("\"Kind\":\"Plaque\",\"Duty\":\"PublicServices\"", "\"Kind\":\"OwnDuty\",\"Duty\":null", StringComparison.Ordinal), typeof(ArgumentException), "duty is null for a request of kind OwnDuty*"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void JsonThatIsWholeInShapeButNotInSubstance_IsRefused_SayingWhy(string name)
    {
        var (type, json, exception, message) = Refusals[name];

        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize(json(), type, Options)).Should().Throw<Exception>().Which;
        thrown.Should().BeOfType(exception);
        thrown.Message.Should().Match(message);
    }

    [Fact]
    public void AWorkloadSummary_WritesItsCountsAndFundsByKindAndOutcome_LeavingOutZeros()
    {
        var summary = JsonSerializer.Deserialize<WorkloadSummary>("{\"Period\":{\"Start\":\"2010-01-01\",\"End\":\"2010-12-31\"},\"Counts\":{\"Plaque\":{\"Admitted\":2,\"Refusable\":1}},\"FundsByKind\":{\"Plaque\":3000}}", Options)!;

        summary.Total.Should().Be(3);
        summary.FundsReceived.Should().Be(Money.FromYuan(3000));
        summary.CountOf(WorkItemKind.Plaque, AdmissionOutcome.Admitted).Should().Be(2);
        JsonSerializer.Serialize(summary, Options).Should().Be("{\"Period\":{\"Start\":\"2010-01-01\",\"End\":\"2010-12-31\"},\"Total\":3,\"FundsReceived\":3000,\"Counts\":{\"Plaque\":{\"Admitted\":2,\"Refusable\":1}},\"FundsByKind\":{\"Plaque\":3000},\"Kinds\":[\"Plaque\"]}");
    }

    [Fact]
    public void ListsOfPairs_WriteADefaultListAsEmpty()
    {
        JsonSerializer.Serialize(default(ImmutableArray<(PayRole, int)>), ListOptions).Should().Be("[]");
        JsonSerializer.Serialize(default(ImmutableArray<(Domain.Premises.BuildingFee, Money, bool)>), ListOptions).Should().Be("[]");
    }

    private static readonly JsonSerializerOptions ListOptions = new() { Converters = { new PostsJsonConverter(), new Domain.Premises.FeesJsonConverter() } };

    [Fact]
    public void ArraysCompareItemByItem_TwoDefaultArraysAlike()
    {
        Equality.Same(ImmutableArray.Create(1, 2), ImmutableArray.Create(1, 2)).Should().BeTrue();
        Equality.Same(ImmutableArray.Create(1, 2), ImmutableArray.Create(2, 1)).Should().BeFalse();
        Equality.Same(default, ImmutableArray<int>.Empty).Should().BeFalse();
        Equality.Same(ImmutableArray<int>.Empty, default).Should().BeFalse();
        Equality.Same(default(ImmutableArray<int>), default).Should().BeTrue();
        Equality.Hash(ImmutableArray.Create(1, 2)).Should().Be(Equality.Hash(ImmutableArray.Create(1, 2)));
        Equality.Hash(ImmutableArray.Create(1, 2)).Should().NotBe(Equality.Hash(ImmutableArray.Create(2, 1)));
        Equality.Hash(default(ImmutableArray<int>)).Should().Be(Equality.Hash(ImmutableArray<int>.Empty));
    }

    [Fact]
    public void ACatalogBinding_ConvertsNoTypeItself()
    {
        var binding = new Domain.Policies.PolicyCatalogJsonBinding(BuiltInCatalog.Instance);
        binding.CanConvert(typeof(QuotaResult)).Should().BeFalse();
        FluentActions.Invoking(() => binding.CreateConverter(typeof(QuotaResult), Options)).Should().Throw<NotSupportedException>().WithMessage("A catalog binding converts no type.");
    }

    private static string WithoutVersion(string json)
    {
        var start = json.IndexOf("\"Version\":{", StringComparison.Ordinal);
        var end = json.IndexOf('}', start);
        return json[..start] + "\"Version\":null" + json[(end + 1)..];
    }

    private static string Quota() => JsonSerializer.Serialize(new CommitteeEvaluator(Seeds.Catalog).Quota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000)), Options);

    private static WorkRequest Census() => WorkRequest.Create(Department.Of("区民政局", DepartmentLevel.County), WorkItemKind.OtherOutsideDuties, "人口普查入户登记", new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 31));

    private static string Decision() => JsonSerializer.Serialize(new AdmissionEvaluator(Seeds.Catalog).Decide(KnownJurisdictions.Xinluo.Code, new LocalDate(2010, 3, 1), Census()), Options);

    private static string Burden()
    {
        var admission = new AdmissionEvaluator(Seeds.Catalog);
        var register = WorkloadRegister.Create(Zhongcheng, new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31))).Add(admission.Decide(KnownJurisdictions.Xinluo.Code, new LocalDate(2010, 3, 1), Census()));
        return JsonSerializer.Serialize(admission.Burden(register, 2010), Options);
    }

    private static string Case() => JsonSerializer.Serialize(new WorkflowEvaluator(Seeds.Catalog).Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, new LocalDate(2017, 3, 1), "仙桃-2017-017", MatterSize.Small), Options);

    private static string Posts() => JsonSerializer.Serialize(BudgetCommunity.Create(Zhongcheng, [(PayRole.Director, 1)]), Options);

    private static string Fees() => JsonSerializer.Serialize(new Domain.Premises.PremisesEvaluator(Seeds.Catalog).BuildingCost(KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 6, 30), Area.FromSquareMetres(300)), Options);

    private static string Request() => JsonSerializer.Serialize(WorkRequest.Create(Department.Of("区民政局", DepartmentLevel.County), WorkItemKind.Plaque, "挂牌", new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 31)), Options)
        .Replace("\"Duty\":null", "\"Duty\":\"PublicServices\"", StringComparison.Ordinal);
}
