using Community.Domain.Batches;
using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Divisions.Villages.Tests;

/// <summary>The village-level table: every unit of the 2023 tables by code, name and township, the residents' committees among them, and a national batch over them.</summary>
public sealed class VillageTableTests
{
    private static VillageTable Table => VillageTable.National;

    [Fact]
    public void TheTable_HoldsEveryVillageLevelUnitOfThe2023Tables()
    {
        Table.Count.Should().Be(620_573, "the 2023 tables count 620,573 village-level units");
        Table.CountOf(VillageKind.ResidentsCommittee).Should().Be(126_794, "the name reading finds 126,794 (the tables count 126,517)");
        Table.CountOf(VillageKind.VillagersCommittee).Should().Be(620_573 - 126_794);
        Table.ResidentsCommittees.Should().HaveCount(126_794).And.OnlyContain(v => v.IsResidentsCommittee);
        VillageTable.Edition.Should().Be("2023");
        FluentActions.Invoking(() => Table.CountOf((VillageKind)0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind")
            .WithMessage("kind is 0; it must be one of ResidentsCommittee, VillagersCommittee.*");
    }

    [Fact]
    public void EveryUnit_LiesInATownshipOfTheDivisionTable_InCodeOrder()
    {
        var townships = DivisionTable.National;
        var previous = 0L;
        var missing = new List<Village>();
        foreach (var village in Table.Units)
        {
            village.Code.Value.Should().BeGreaterThan(previous);
            previous = village.Code.Value;
            if (!townships.TryFind(village.Township, out var township) || township.Level is not (JurisdictionLevel.Street or JurisdictionLevel.Town))
            {
                missing.Add(village);
            }
        }

        missing.Should().BeEmpty();
    }

    [Fact]
    public void RealCodes_ResolveWithTheirNameKindAndTownship()
    {
        var shazui = Table.Find(VillageCode.Of(429004001002));
        var duofuxiang = Table.Find(VillageCode.Parse("110101001001"));
        var louzizhuang = Table.Find(VillageCode.Of(110105021200));

        (shazui.ChineseName, shazui.Kind, shazui.Township).Should().Be(("沙嘴居委会", VillageKind.ResidentsCommittee, JurisdictionCode.Of(429004001)));
        DivisionTable.National.Find(shazui.Township).ChineseName.Should().Be("沙嘴街道", "Xiantao's street");
        (duofuxiang.ChineseName, duofuxiang.IsResidentsCommittee).Should().Be(("多福巷社区居委会", true));
        (louzizhuang.ChineseName, louzizhuang.Kind).Should().Be(("楼梓庄村委会", VillageKind.VillagersCommittee));
        duofuxiang.ToString().Should().Be("110101001001 多福巷社区居委会 (ResidentsCommittee)");
    }

    [Fact]
    public void ALookUpByCode_AllocatesNothing()
    {
        var code = VillageCode.Of(429004001002);
        Table.TryFind(code, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Table.TryFind(code, out var village);
        var missing = Table.TryFind(VillageCode.Of(429004001999), out _);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        (found, missing, village.ChineseName).Should().Be((true, false, "沙嘴居委会"));
        allocated.Should().Be(0);
    }

    [Fact]
    public void AnUnknownCode_IsRefused_NamingItsNearestKnownAncestor()
    {
        FluentActions.Invoking(() => Table.Find(VillageCode.Of(429004001999))).Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage("code is 429004001999, which the 2023 village-level table does not hold; its nearest known ancestor is 429004001 沙嘴街道 (Street).*");
        FluentActions.Invoking(() => Table.Find(VillageCode.Of(429004999001))).Should().Throw<ArgumentException>()
            .WithMessage("*its nearest known ancestor is 429004 仙桃市 (County).*");
        FluentActions.Invoking(() => Table.Find(VillageCode.Of(990000000001))).Should().Throw<ArgumentException>()
            .WithMessage("code is 990000000001, which the 2023 village-level table does not hold, nor any province it could belong to (99xxxxxxxxxx).*");
        FluentActions.Invoking(() => Table.Find(default)).Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*default VillageCode*");
        FluentActions.Invoking(() => Table.TryFind(default, out _)).Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void AName_FindsEveryUnitSoNamed_AndNoneIsEmpty()
    {
        Table.FindByName("城关社区居委会").Should().HaveCount(5).And.OnlyContain(v => v.ChineseName == "城关社区居委会");
        Table.FindByName("和平村委会").Select(v => v.Code.Value).Should().HaveCount(274).And.BeInAscendingOrder();
        Table.FindByName("没有这个村委会").Should().BeEmpty();
        Table.FindByName(string.Empty).Should().BeEmpty();
        FluentActions.Invoking(() => Table.FindByName(null!)).Should().Throw<ArgumentNullException>().WithParameterName("chineseName");
    }

    [Fact]
    public void ATownship_ListsItsUnits()
    {
        var units = Table.UnitsOf(JurisdictionCode.Of(110101001));

        units.Should().HaveCount(10).And.OnlyContain(v => v.Township == JurisdictionCode.Of(110101001));
        units.Select(v => v.Code.Value).Should().BeInAscendingOrder();
        Table.UnitsOf(JurisdictionCode.Of(429004001)).Should().Contain(v => v.ChineseName == "沙嘴居委会");
        Table.UnitsOf(JurisdictionCode.Of(110101999)).Should().BeEmpty("no such township");
        Table.UnitsOf(JurisdictionCode.Of(110101)).Should().BeEmpty("a county holds townships, not village-level units");
        Table.UnitsOf(JurisdictionCode.Of(999999999)).Should().BeEmpty("beyond the last code");
        FluentActions.Invoking(() => Table.UnitsOf(default)).Should().Throw<ArgumentException>().WithParameterName("township");
    }

    [Theory]
    [InlineData("多福巷社区居委会", VillageKind.ResidentsCommittee)]
    [InlineData("沙嘴居委会", VillageKind.ResidentsCommittee)]
    [InlineData("城东居民委员会", VillageKind.ResidentsCommittee)]
    [InlineData("英义社区", VillageKind.ResidentsCommittee)]
    [InlineData("英义社区（农场）", VillageKind.ResidentsCommittee)]
    [InlineData("英义社区(农场)", VillageKind.ResidentsCommittee)]
    [InlineData("楼梓庄村委会", VillageKind.VillagersCommittee)]
    [InlineData("新华社区村委会", VillageKind.VillagersCommittee)]
    [InlineData("东方村民委员会", VillageKind.VillagersCommittee)]
    [InlineData("巴音嘎查", VillageKind.VillagersCommittee)]
    [InlineData("农场生活区", VillageKind.VillagersCommittee)]
    [InlineData("红旗村（一组）", VillageKind.VillagersCommittee)]
    [InlineData("（社区）", VillageKind.VillagersCommittee)]
    [InlineData("社区）", VillageKind.VillagersCommittee)]
    [InlineData("虎山院社区居委会（筹备组））", VillageKind.ResidentsCommittee)]
    [InlineData("", VillageKind.VillagersCommittee)]
    public void TheKind_IsReadFromTheName(string name, VillageKind kind) => VillageTable.KindOf(name).Should().Be(kind);

    [Fact]
    public void TheParser_ReadsTownshipLinesAndUnitLines()
    {
        var table = VillageTable.Parse("110101001\n001\t甲社区居委会\n002\t乙村委会\n\n110101002\n010\t丙社区\n"u8);

        table.Units.Select(v => (v.Code.Value, v.ChineseName, v.Kind)).Should().Equal(
            (110101001001L, "甲社区居委会", VillageKind.ResidentsCommittee),
            (110101001002L, "乙村委会", VillageKind.VillagersCommittee),
            (110101002010L, "丙社区", VillageKind.ResidentsCommittee));
        table.ResidentsCommittees.Select(v => v.Code.Value).Should().Equal(110101001001L, 110101002010L);
    }

    [Fact]
    public void TheNationalBatch_AssessesEveryResidentsCommittee()
    {
        var catalog = BuiltInCatalog.CreateBuilder().IncludeDivisions(DivisionTable.National).Build();
        var committees = SyntheticCommunities.WithSeed(2023).Generate(Table.ResidentsCommittees.Select(v => v.Township));

        var summary = new CommitteeBatch(catalog).Run(new LocalDate(2024, 1, 1), committees, parallelism: 2);

        summary.Total.Committees.Should().Be(126_794);
        summary.Provinces.Should().HaveCount(31);
        summary.Provinces.Sum(p => p.Committees).Should().Be(126_794);
        summary.Counties.Sum(c => c.Committees).Should().Be(126_794, "every committee's township lies in a county-level unit");
        summary.Of(JurisdictionCode.Of(429004)).Committees.Should().Be(Table.ResidentsCommittees.Count(v => v.Township.Value / 1000 == 429004));
        summary.Of(JurisdictionCode.Of(429004)).WithoutQuota.Should().Be(0, "Xiantao's COM-01 applies to all its committees");
        summary.Should().Be(new CommitteeBatch(catalog).Run(new LocalDate(2024, 1, 1), committees), "the same on one core");
    }
}
