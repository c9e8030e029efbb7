using System.Text.Json;
using Community.Domain.Batches;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Scale;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Batches;

/// <summary>A batch assesses every committee under the policies of its place and sums by county-level unit, province and in all; the same on one core as on many.</summary>
[Collection(AllocationMeasurement.Name)]
public sealed class CommitteeBatchTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    // The built-in catalog on the national table, with a scale rule for Hubei (none is built in) and a
    // quota of 5 to 9 members, a range, for Fujian.
    private static readonly Lazy<PolicyCatalog> National = new(() => BuiltInCatalog.CreateBuilder()
        .Add(ScaleKinds.Community, KnownJurisdictions.Hubei.Code, EffectivePeriod.Always, CommunityScalePolicy.Between(CountUnit.Households, 1000, 3000), RuleId.Of("TT-SCA-01"))
        .Add(CommitteeKinds.Quota, KnownJurisdictions.Fujian.Code, EffectivePeriod.Always, CommitteeQuotaPolicy.RangeOnly(CountRange.Between(5, 9)), RuleId.Of("TT-COM-01"))
        .IncludeDivisions(DivisionTable.National)
        .Build());

    // Streets of Xiantao (a county-level city under Hubei), Shashi (a district of Jingzhou), Xinluo, Beijing's
    // Dongcheng (no quota above it), Dongguan (a city holding its streets itself), and Hubei itself.
    private static readonly JurisdictionCode[] Places = [.. new[] { 429004001, 429004002, 421002001, 350802001, 110101001, 441900003, 420000 }.Select(JurisdictionCode.Of)];

    private static System.Collections.Immutable.ImmutableArray<BudgetCommunity> Communities(int seed, int count) => SyntheticCommunities.WithSeed(seed).Generate(count, Places);

    [Fact]
    public void EachCommittee_IsAssessedAsTheEvaluatorsAssessIt_AndTheTotalsAreTheBudgetsTotals()
    {
        var catalog = National.Value;
        var batch = new CommitteeBatch(catalog);
        var quotas = new CommitteeEvaluator(catalog);
        var scales = new ScaleEvaluator(catalog);
        Gen.Select(Gen.Int[0, 40], Gen.Int[0, 100_000], Gen.Bool).Sample((count, seed, floor) =>
        {
            var communities = Communities(seed, count);
            var basis = floor ? BudgetBasis.PayAtLeastTheFloor : BudgetBasis.PayAsScheduled;

            var total = batch.Run(Day, communities, basis).Total;

            var quota = communities.Select(c => quotas.TryQuota(c.Community.Jurisdiction, Day, c.Community.Population, out var q) ? q.Quota.Total : (CountRange?)null).ToList();
            var scale = communities.Select(c => scales.TryAssess(Day, c.Community, out var s) ? s : null).ToList();
            total.Committees.Should().Be(count);
            total.Population.Should().Be(communities.Sum(c => (long)c.Community.Population.Residents));
            total.Households.Should().Be(communities.Sum(c => (long)c.Community.Households.Households));
            total.WithoutQuota.Should().Be(quota.Count(q => q is null));
            (total.MembersMinimum, total.MembersMaximum).Should().Be((quota.Sum(q => q?.Min ?? 0L), quota.Sum(q => q?.Max ?? 0L)));
            total.WithoutScale.Should().Be(scale.Count(s => s is null));
            total.AboveScale.Should().Be(scale.Count(s => s is { IsAbove: true }));
            total.BelowScale.Should().Be(scale.Count(s => s is { IsBelow: true }));
            total.WithinScale.Should().Be(scale.Count(s => s is { IsWithin: true }));
            total.SuggestedCommunities.Should().Be(scale.Where(s => s is { IsAbove: true }).Sum(s => s!.SuggestedCommunities));

            var budget = new BudgetCalculator(catalog).Totals(Day, communities, basis);
            total.Budget.Totals.Should().BeEquivalentTo(budget.Totals, "the same sums by item, met county by county");
            total.Budget.ByPayer.Should().BeEquivalentTo(budget.ByPayer);
            (total.Budget.Minimum, total.Budget.Maximum, total.Budget.Communities, total.Budget.Incomplete).Should().Be((budget.Minimum, budget.Maximum, budget.Communities, budget.Incomplete));
        }, iter: 40);
    }

    [Fact]
    public void Committees_CountInTheirCountyLevelUnitAndProvince()
    {
        var communities = Communities(7, 700);
        var summary = new CommitteeBatch(National.Value).Run(Day, communities);

        summary.Counties.Select(c => c.Jurisdiction!.Value.Value).Should().Equal(110101, 350802, 421002, 429004, 441900);
        summary.Provinces.Select(c => c.Jurisdiction!.Value.Value).Should().Equal(110000, 350000, 420000, 440000);
        summary.Of(JurisdictionCode.Of(429004)).Committees.Should().Be(communities.Count(c => c.Community.Jurisdiction.Value / 1000 == 429004));
        summary.Of(JurisdictionCode.Of(441900)).Committees.Should().Be(communities.Count(c => c.Community.Jurisdiction.Value / 1000 == 441900), "Dongguan holds its streets itself");
        summary.Of(JurisdictionCode.Of(420000)).Committees.Should().Be(
            communities.Count(c => c.Community.Jurisdiction.Value is 420000 || c.Community.Jurisdiction.Value / 10_000_000 == 42),
            "Hubei counts its counties' committees and those placed at the province itself");
        summary.Of(JurisdictionCode.Of(110000)).WithoutQuota.Should().Be(summary.Of(JurisdictionCode.Of(110000)).Committees, "no quota is defined above Beijing's streets");
        summary.Provinces.Sum(p => p.Committees).Should().Be(summary.Total.Committees);
        summary.Counties.Sum(c => c.Committees).Should().Be(summary.Total.Committees - communities.Count(c => c.Community.Jurisdiction.Value == 420000), "one placed at a province counts in no county");
        summary.Counties.Sum(c => c.Budget.Minimum.Yuan).Should().Be(summary.Total.Budget.Minimum.Yuan - summary.Provinces.Single(p => p.Jurisdiction!.Value.Value == 420000).Budget.Minimum.Yuan
            + summary.Counties.Where(c => c.Jurisdiction!.Value.Value / 10_000 == 42).Sum(c => c.Budget.Minimum.Yuan));
        summary.ToString().Should().Be("2024-01-01: 700 committees in 4 provinces and 5 county-level units");
        summary.Of(JurisdictionCode.Of(429004)).ToString().Should().StartWith("429004: ");
        summary.Total.ToString().Should().StartWith("all: 700 committees, ");
    }

    [Fact]
    public void AtACityOrTheNation_ACommitteeCountsInNoCounty()
    {
        var places = new[] { KnownJurisdictions.China.Code, KnownJurisdictions.Jingzhou.Code, KnownJurisdictions.Hubei.Code, JurisdictionCode.Of(421002001) };
        var communities = SyntheticCommunities.WithSeed(8).Generate(places);

        var summary = new CommitteeBatch(National.Value).Run(Day, communities);

        summary.Total.Committees.Should().Be(4);
        summary.Provinces.Should().ContainSingle().Which.Committees.Should().Be(3, "the city's, the province's and the street's");
        summary.Counties.Should().ContainSingle().Which.Jurisdiction.Should().Be(KnownJurisdictions.Shashi.Code, "a city with counties is no county-level unit");
        summary.Counties[0].Committees.Should().Be(1);
    }

    [Fact]
    public void TheScaleBounds_AreWithin()
    {
        var street = JurisdictionCode.Of(429004001);
        BudgetCommunity At(int households) => BudgetCommunity.Create(
            CommunityProfile.Create(street, $"户{households}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(households * 3), HouseholdCount.Of(households)), []);

        var total = new CommitteeBatch(National.Value).Run(Day, [At(999), At(1000), At(3000), At(3001), At(6001)]).Total;

        (total.BelowScale, total.WithinScale, total.AboveScale).Should().Be((1, 2, 2), "以上 and 以下 include 1000 and 3000");
        total.SuggestedCommunities.Should().Be(2 + 3, "3001 households split into 2, 6001 into 3");
    }

    [Fact]
    public void AtTheNation_ACommitteeCountsInTheWholeOnly()
    {
        var atNation = SyntheticCommunities.WithSeed(1).Generate([KnownJurisdictions.China.Code]);

        var summary = new CommitteeBatch(National.Value).Run(Day, atNation);

        summary.Total.Committees.Should().Be(1);
        summary.Provinces.Should().BeEmpty();
        summary.Counties.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void OnManyCores_TheSummaryIsTheSameAsOnOne(int parallelism)
    {
        var catalog = National.Value;
        var communities = Communities(20261204, 9_000);
        var batch = new CommitteeBatch(catalog);
        var options = CommunityDomainJson.Options(catalog);

        var one = batch.Run(Day, communities, BudgetBasis.PayAtLeastTheFloor);
        var many = batch.Run(Day, communities, BudgetBasis.PayAtLeastTheFloor, parallelism);

        many.Should().Be(one);
        JsonSerializer.Serialize(many, options).Should().Be(JsonSerializer.Serialize(one, options), "item for item, in the same order");
    }

    [Fact]
    public void RunsThatMeetDifferentPlaces_AddUpToTheSameSummary()
    {
        // In code order, each run of a parallel batch meets places the others do not.
        var communities = Communities(31, 6_000).OrderBy(c => c.Community.Jurisdiction.Value).ToList();
        var batch = new CommitteeBatch(National.Value);

        batch.Run(Day, communities, parallelism: 4).Should().Be(batch.Run(Day, communities));
    }

    [Fact]
    public void TheSummary_ReadsBackFromJson()
    {
        var catalog = National.Value;
        var options = CommunityDomainJson.Options(catalog);
        var summary = new CommitteeBatch(catalog).Run(Day, Communities(3, 50));

        var json = JsonSerializer.Serialize(summary, options);
        var read = JsonSerializer.Deserialize<BatchSummary>(json, options)!;

        read.Should().Be(summary);
        read.GetHashCode().Should().Be(summary.GetHashCode());
        JsonSerializer.Serialize(read, options).Should().Be(json);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BatchSummary>("""{"AsOf":"2024-01-01"}""", options)).Should().Throw<JsonException>().WithMessage("*BatchSummary*missing required properties*Total*");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BatchTally>("""{"Committees":1}""", options)).Should().Throw<JsonException>().WithMessage("*BatchTally*missing required properties*Jurisdiction*");
    }

    [Fact]
    public void Tallies_AreEqualExactlyWhenEveryFigureIs()
    {
        var catalog = National.Value;
        var batch = new CommitteeBatch(catalog);
        var summary = batch.Run(Day, Communities(5, 300));
        var again = batch.Run(Day, Communities(5, 300));
        var other = batch.Run(Day, Communities(6, 300));

        again.Should().Be(summary);
        again.GetHashCode().Should().Be(summary.GetHashCode());
        again.Total.GetHashCode().Should().Be(summary.Total.GetHashCode());
        other.Should().NotBe(summary);
        other.Total.Should().NotBe(summary.Total);
        summary.Total.Should().NotBe(summary.Counties[0]);
        summary.Equals(summary.Total).Should().BeFalse();
        summary.Total.Equals(summary).Should().BeFalse();
        batch.Run(Day.PlusDays(1), Communities(5, 300)).Should().NotBe(summary, "another day");
    }

    [Fact]
    public void ShardsByProvince_CombineIntoTheSummaryOfOneRun()
    {
        var catalog = National.Value;
        var batch = new CommitteeBatch(catalog);
        var communities = Communities(17, 3_000);
        var whole = batch.Run(Day, communities, BudgetBasis.PayAtLeastTheFloor);

        var shards = communities.GroupBy(c => c.Community.Jurisdiction.ToString()[..2]).OrderBy(g => g.Key)
            .Select(province => batch.Run(Day, [.. province], BudgetBasis.PayAtLeastTheFloor)).ToList();
        var combined = BatchSummary.Combine(shards);

        combined.Should().Be(whole, "in province order, the shards' sums are the run's, item for item");
        BatchSummary.Combine(Enumerable.Reverse(shards)).Total.Budget.Minimum.Should().Be(whole.Total.Budget.Minimum, "in any order, the same sums");
        BatchSummary.Combine([whole]).Should().Be(whole);
        BatchSummary.Combine([whole, whole]).Total.Committees.Should().Be(6_000, "a unit in two summaries is added up");
        BatchSummary.Combine([whole, whole]).Of(JurisdictionCode.Of(429004)).Committees.Should().Be(2 * whole.Of(JurisdictionCode.Of(429004)).Committees);
    }

    [Fact]
    public void Combining_RefusesNoSummariesNullsAndOtherDays()
    {
        var batch = new CommitteeBatch(National.Value);
        var first = batch.Run(Day, Communities(1, 10));
        var later = batch.Run(Day.PlusDays(1), Communities(1, 10));

        FluentActions.Invoking(() => BatchSummary.Combine(null!)).Should().Throw<ArgumentNullException>().WithParameterName("summaries");
        FluentActions.Invoking(() => BatchSummary.Combine([])).Should().Throw<ArgumentException>().WithParameterName("summaries").WithMessage("summaries is empty*");
        FluentActions.Invoking(() => BatchSummary.Combine([first, null!])).Should().Throw<ArgumentNullException>().WithParameterName("summaries[1]");
        FluentActions.Invoking(() => BatchSummary.Combine([first, first, later])).Should().Throw<ArgumentException>().WithParameterName("summaries[2]")
            .WithMessage("summaries[2] is of 2024-01-02, the first of 2024-01-01; add up summaries of one day.*");
    }

    [Fact]
    public void ASummaryReadBack_MustListItsTalliesInCodeOrder()
    {
        var catalog = National.Value;
        var options = CommunityDomainJson.Options(catalog);
        var json = JsonSerializer.Serialize(new CommitteeBatch(catalog).Run(Day, Communities(3, 200)), options);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var counties = node["Counties"]!.AsArray();
        var swapped = node.DeepClone();
        var (first, second) = (counties[0]!.DeepClone(), counties[1]!.DeepClone());
        swapped["Counties"]![0] = second;
        swapped["Counties"]![1] = first;
        var doubled = node.DeepClone();
        doubled["Counties"]![1] = counties[0]!.DeepClone();
        var unnamed = node.DeepClone();
        unnamed["Provinces"]![0]!["Jurisdiction"] = null;

        FluentActions.Invoking(() => JsonSerializer.Deserialize<BatchSummary>(swapped.ToJsonString(), options)).Should().Throw<JsonException>().WithMessage("*Counties[1] without a jurisdiction or out of code order*");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BatchSummary>(doubled.ToJsonString(), options)).Should().Throw<JsonException>().WithMessage("*Counties[1] without a jurisdiction or out of code order; expected tallies each naming its place, in ascending code order*");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BatchSummary>(unnamed.ToJsonString(), options)).Should().Throw<JsonException>().WithMessage("*Provinces[0] without a jurisdiction*");
    }

    [Fact]
    public void EveryFigureOfATally_CountsInItsEqualityAndHash()
    {
        var budget = new CommitteeBatch(National.Value).Run(Day, Communities(2, 20)).Total.Budget;
        var other = new CommitteeBatch(National.Value).Run(Day, Communities(3, 20)).Total.Budget;
        BatchTally Tally(int changed)
        {
            long Figure(int index, long value) => index == changed ? value + 1 : value;
            return new BatchTally(
                changed == 0 ? JurisdictionCode.Of(350000) : JurisdictionCode.Of(420000),
                (int)Figure(1, 10), Figure(2, 30_000), Figure(3, 10_000), (int)Figure(4, 1), Figure(5, 50), Figure(6, 70),
                (int)Figure(7, 5), (int)Figure(8, 2), (int)Figure(9, 3), (int)Figure(10, 0), Figure(11, 4),
                changed == 12 ? other : budget);
        }

        var basis = Tally(-1);
        for (var changed = 0; changed <= 12; changed++)
        {
            var variant = Tally(changed);
            variant.Should().NotBe(basis, "figure {0} differs", changed);
            variant.GetHashCode().Should().NotBe(basis.GetHashCode(), "figure {0} differs", changed);
        }

        Tally(-1).Should().Be(basis);
        Tally(-1).GetHashCode().Should().Be(basis.GetHashCode());
    }

    [Fact]
    public void ABatch_AllocatesNothingPerCommittee()
    {
        var catalog = National.Value;
        var batch = new CommitteeBatch(catalog);
        var few = Communities(11, 1_000);
        var many = Communities(12, 5_000);
        batch.Run(Day, few);
        batch.Run(Day, many);

        var before = GC.GetAllocatedBytesForCurrentThread();
        batch.Run(Day, few);
        var forFew = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        batch.Run(Day, many);
        var forMany = GC.GetAllocatedBytesForCurrentThread() - before;

        (forMany - forFew).Should().BeLessThanOrEqualTo(0, "4,000 more committees at the same places cost no more memory ({0} B for 1,000, {1} B for 5,000)", forFew, forMany);
    }

    [Fact]
    public void WhereNothingIsInForce_CommitteesAreCountedAsSuch()
    {
        var communities = Communities(9, 30);

        var total = new CommitteeBatch(National.Value).Run(new LocalDate(1989, 6, 1), communities).Total;

        var fujian = communities.Count(c => c.Community.Jurisdiction.ToString()[..2] == "35");
        total.WithoutQuota.Should().Be(communities.Count(c => c.Community.Jurisdiction.Value / 1000 != 429004) - fujian, "only Xiantao's COM-01 and the test's Fujian range, undated, are in force in 1989");
        total.MembersMinimum.Should().BeInRange(5L * (30 - total.WithoutQuota), 7L * (30 - total.WithoutQuota), "each committee has at least 5 members, Xiantao's at most 7 by population");
        (total.MembersMaximum - total.MembersMinimum).Should().BeGreaterThanOrEqualTo(4L * fujian, "Fujian's range is 5 to 9");
        total.WithoutScale.Should().Be(communities.Count(c => c.Community.Jurisdiction.ToString()[..2] != "42"), "Hubei's scale rule is always in force, and there only");
        total.Budget.Incomplete.Should().Be(30, "no pay is in force in 1989");
    }

    [Fact]
    public void BadInput_IsRefused_NamingTheArgumentAndTheCommittee()
    {
        var batch = new CommitteeBatch(National.Value);
        var good = Communities(1, 5_000).ToList();
        var unknown = BudgetCommunity.Create(CommunityProfile.Create(JurisdictionCode.Of(429004999), "无处", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(1), HouseholdCount.Of(1)), []);

        FluentActions.Invoking(() => new CommitteeBatch(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        FluentActions.Invoking(() => new CommitteeBatch(null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        FluentActions.Invoking(() => batch.Run(Day, null!)).Should().Throw<ArgumentNullException>().WithParameterName("communities");
        FluentActions.Invoking(() => batch.Run(Day, good, (BudgetBasis)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("basis");
        FluentActions.Invoking(() => batch.Run(Day, good, parallelism: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("parallelism").WithMessage("parallelism is 0; it must be 1 or more*");
        FluentActions.Invoking(() => batch.Run(new LocalDate(2024, 1, 1, CalendarSystem.Julian), good)).Should().Throw<ArgumentException>().WithParameterName("asOf").WithMessage("*Julian*expected a date in the ISO calendar*");
        FluentActions.Invoking(() => batch.Run(new LocalDate(2024, 1, 1, CalendarSystem.Julian), [])).Should().Throw<ArgumentException>().WithParameterName("asOf", "even with no committee to assess");

        var withNull = good.ToList();
        withNull[3] = null!;
        FluentActions.Invoking(() => batch.Run(Day, withNull)).Should().Throw<ArgumentNullException>().WithParameterName("communities[3]");

        var withUnknown = good.ToList();
        withUnknown[4_000] = unknown;
        withUnknown[1_500] = unknown;
        foreach (var parallelism in new[] { 1, 2, 4 })
        {
            FluentActions.Invoking(() => batch.Run(Day, withUnknown, parallelism: parallelism)).Should().Throw<ArgumentException>()
                .WithParameterName("communities[1500].Community.Jurisdiction", "the lowest index at fault, however many cores ran ({0})", parallelism)
                .WithMessage("*429004999*429004*");
        }
    }

    [Fact]
    public void ASummary_FindsItsTallies_AndRefusesOthers()
    {
        var summary = new CommitteeBatch(National.Value).Run(Day, Communities(2, 100));

        summary.TryGet(JurisdictionCode.Of(350802), out var xinluo).Should().BeTrue();
        xinluo!.Jurisdiction.Should().Be(JurisdictionCode.Of(350802));
        summary.TryGet(JurisdictionCode.Of(350000), out var fujian).Should().BeTrue();
        fujian!.Committees.Should().Be(xinluo.Committees);
        summary.TryGet(JurisdictionCode.Of(350801), out _).Should().BeFalse();
        summary.TryGet(JurisdictionCode.Of(999999), out _).Should().BeFalse();
        summary.TryGet(JurisdictionCode.Of(100001), out _).Should().BeFalse();
        FluentActions.Invoking(() => summary.Of(JurisdictionCode.Of(350801))).Should().Throw<ArgumentException>().WithParameterName("jurisdiction")
            .WithMessage("jurisdiction is 350801; no committee of the batch lies in it as a province or county-level unit (the summary has 4 provinces and 5 county-level units).*");
        FluentActions.Invoking(() => summary.TryGet(default, out _)).Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
    }

    [Fact]
    public void TheFundsCosted_AreThoseGiven()
    {
        var catalog = National.Value;
        var communities = Communities(4, 200);

        var none = new CommitteeBatch(catalog, []).Run(Day, communities).Total.Budget;
        var all = new CommitteeBatch(catalog).Run(Day, communities).Total.Budget;

        none.Totals.Should().OnlyContain(line => line.Item.Kind == SubsidyKinds.Pay);
        all.Totals.Should().Contain(line => line.Item.Kind != SubsidyKinds.Pay);
    }
}
