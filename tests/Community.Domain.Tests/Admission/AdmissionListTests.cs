using Community.Domain.Admission;
using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;
using static Community.Domain.Tests.Admission.AdmissionFixtures;

namespace Community.Domain.Tests.Admission;

public class AdmissionListTests
{
    private static readonly AdmissionList List = AdmissionList.Define(
        "测试区社区工作事项准入清单",
        "Test District community work admission list",
        AdmissionListItem.Create("A-01", "居民委员会换届选举", "committee elections", "基层治理", ListStanding.OwnDuty),
        AdmissionListItem.Create("B-01", "低保对象入户调查", "low-income household visits", "民政", ListStanding.Assisting),
        AdmissionListItem.Create("B-02", "高龄津贴申报初审", "old-age allowance first checks", "民政", ListStanding.Assisting),
        AdmissionListItem.Create("C-01", "招商引资任务", "investment attraction targets", "经济", ListStanding.Excluded));

    private static readonly AdmissionEvaluator WithList = new(BuiltInCatalog.Instance.ToBuilder()
        .Add(AdmissionKinds.List, KnownJurisdictions.Xinluo.Code, EffectivePeriod.Always, List, RuleId.Of("TD-ADM-01"))
        .Build());

    [Fact]
    public void List_GroupsAndCountsItemsByCategory()
    {
        List.Categories.Should().Equal(("基层治理", 1), ("民政", 2), ("经济", 1));
        List.Count(ListStanding.Assisting).Should().Be(2);
        List.Count(ListStanding.Excluded).Should().Be(1);
        List.TryFind("B-02", out var item).Should().BeTrue();
        item!.Category.Should().Be("民政");
        List.TryFind("Z-99", out _).Should().BeFalse();
        List.ToString().Should().Be("Test District community work admission list: 4 items in 3 categories");
    }

    [Theory]
    [InlineData("A-01", AdmissionOutcome.NotNeeded)]
    [InlineData("B-01", AdmissionOutcome.Admitted)]
    [InlineData("C-01", AdmissionOutcome.Rejected)]
    public void Decide_ItemOnTheList_TheListDecides(string id, AdmissionOutcome outcome) =>
        WithList.Decide(Xinluo, Decided, Bare().WithListItem(id)).Outcome.Should().Be(outcome);

    [Fact]
    public void Decide_ItemNotOnTheList_TheConditionsDecide()
    {
        WithList.Decide(Xinluo, Decided, Bare().WithListItem("Z-99")).Outcome.Should().Be(AdmissionOutcome.Refusable);
        WithList.Decide(Xinluo, Decided, FullXinluo().WithListItem("Z-99")).Outcome.Should().Be(AdmissionOutcome.Admitted);
    }

    [Fact]
    public void Decide_NoListInForce_TheConditionsDecide() =>
        Evaluator.Decide(Xinluo, Decided, Bare().WithListItem("B-01")).Outcome.Should().Be(AdmissionOutcome.Refusable);

    [Fact]
    public void ExplainDecision_NamesTheListAndTheItem()
    {
        var explained = WithList.ExplainDecision(Xinluo, Decided, Bare().WithListItem("C-01"));

        explained.Value.Outcome.Should().Be(AdmissionOutcome.Rejected);
        explained.Explanation.Steps.Select(s => s.Chinese).Should().Contain("不符合:《测试区社区工作事项准入清单》将C-01(招商引资任务,经济类)列入负面清单,不予准入。");
        explained.Explanation.Citations.Should().BeEquivalentTo(KnownCitations());
        WithList.ExplainDecision(Xinluo, Decided, Bare().WithListItem("Z-99")).Explanation.Steps.Select(s => s.English)
            .Should().Contain("The Test District community work admission list does not hold item Z-99: the admission conditions decide it.");
        Evaluator.ExplainDecision(Xinluo, Decided, Bare().WithListItem("Z-99")).Explanation.Steps.Select(s => s.English)
            .Should().Contain("The request names list item Z-99, but no admission list is in force: the admission conditions decide it.");
    }

    [Fact]
    public void Define_BadList_ListsEveryProblem()
    {
        var item = AdmissionListItem.Create("A-01", "甲", "a", "类", ListStanding.OwnDuty);

        FluentActions.Invoking(() => AdmissionList.Define("清单", "list")).Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle();
        FluentActions.Invoking(() => AdmissionList.Define("清单", "list", item, item)).Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Message.Should().Be("Item 2 has the id \"A-01\" of an earlier item; give each item its own id.");
        FluentActions.Invoking(() => AdmissionList.Define("清单", "list", item, null!)).Should().Throw<ArgumentNullException>().WithParameterName("items[1]");
        FluentActions.Invoking(() => AdmissionList.Define(" ", "list", item)).Should().Throw<ArgumentException>().WithParameterName("chineseName");
        FluentActions.Invoking(() => AdmissionListItem.Create("A", "甲", "a", "类", (ListStanding)0)).Should().Throw<ArgumentException>().WithParameterName("standing");
        FluentActions.Invoking(() => AdmissionListItem.Create(" ", "甲", "a", "类", ListStanding.OwnDuty)).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => Bare().WithListItem(" ")).Should().Throw<ArgumentException>().WithParameterName("id");
        FluentActions.Invoking(() => List.TryFind(null!, out _)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        item.ToString().Should().Be("A-01 a [类, OwnDuty]");
    }

    private static System.Collections.Immutable.ImmutableArray<Citation> KnownCitations() =>
        BuiltInCatalog.Instance.Resolve(AdmissionKinds.WorkAdmission, Xinluo, Decided).Version.Citations;
}
