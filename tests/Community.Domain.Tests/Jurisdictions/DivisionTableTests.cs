using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;

namespace Community.Domain.Tests.Jurisdictions;

/// <summary>The national division table: the counts of the 2023 tables, real codes with their chains, look-ups by code and name, and clear refusals.</summary>
[Collection(AllocationMeasurement.Name)]
public sealed class DivisionTableTests
{
    private static readonly DivisionTable Table = DivisionTable.National;

    [Fact]
    public void TheTable_HoldsTheCountsOfThe2023StatisticalCodes()
    {
        Table.CountOf(JurisdictionLevel.Province).Should().Be(31);
        (Table.CountOf(JurisdictionLevel.County) + Table.CountOf(JurisdictionLevel.FunctionalArea)).Should().Be(2975, "the 2023 tables count 2,978 county-level units, three of them (东莞, 中山, 儋州) prefecture-level cities without counties, held once, as cities");
        Table.Find(JurisdictionCode.Of(441900)).Level.Should().Be(JurisdictionLevel.City);
        Table.Find(JurisdictionCode.Of(441900003)).Parent.Should().Be(JurisdictionCode.Of(441900), "Dongguan's streets lie directly under the city");
        Table.Units.Where(u => u.Parent == u.Code).Should().BeEmpty();
        (Table.CountOf(JurisdictionLevel.Street) + Table.CountOf(JurisdictionLevel.Town)).Should().Be(41352, "and 41,352 township-level units");
        Table.CountOf(JurisdictionLevel.City).Should().Be(333, "the prefectures less the placeholders (市辖区, 县, 省直辖县级行政区划) the tables list");
        Table.CountOf(JurisdictionLevel.Nation).Should().Be(0);
        Table.Count.Should().Be(31 + 333 + 2975 + 41352);
        Table.Units.Select(u => u.Code.Value).Should().BeInAscendingOrder();
        DivisionTable.Edition.Should().Be("2023");
    }

    [Theory]
    [InlineData(429004001, "沙嘴街道", JurisdictionLevel.Street, new[] { "湖北省", "仙桃市", "沙嘴街道" })]
    [InlineData(360828100, "芙蓉镇", JurisdictionLevel.Town, new[] { "江西省", "吉安市", "万安县", "芙蓉镇" })]
    [InlineData(350802, "新罗区", JurisdictionLevel.County, new[] { "福建省", "龙岩市", "新罗区" })]
    [InlineData(110101, "东城区", JurisdictionLevel.County, new[] { "北京市", "东城区" })]
    [InlineData(130171, "石家庄高新技术产业开发区", JurisdictionLevel.FunctionalArea, new[] { "河北省", "石家庄市", "石家庄高新技术产业开发区" })]
    public void RealCodes_ResolveWithTheirChains(int code, string name, JurisdictionLevel level, string[] chain)
    {
        var unit = Table.Find(JurisdictionCode.Of(code));

        (unit.ChineseName, unit.Level).Should().Be((name, level));
        Table.ChainOf(unit.Code).Select(u => u.ChineseName).Should().Equal(chain);
        Table.ChainOf(unit.Code)[0].Parent.Should().BeNull("a province is the top of the table");
        unit.ToString().Should().Be($"{code} {name} ({level})");
    }

    [Fact]
    public void EveryJurisdictionOfTheBuiltInCatalog_IsInTheTable_WithItsNameAndParent()
    {
        foreach (var jurisdiction in BuiltInCatalog.Instance.Jurisdictions.Where(j => j.Level != JurisdictionLevel.Nation))
        {
            Table.TryFind(jurisdiction.Code, out var unit).Should().BeTrue("{0} is a real code", jurisdiction);
            unit.ChineseName.Should().Be(jurisdiction.ChineseName, "{0} is named as the tables name it", jurisdiction.Code);
            unit.Level.Should().Be(jurisdiction.Level);
            if (jurisdiction.Level != JurisdictionLevel.Province)
            {
                unit.Parent.Should().Be(jurisdiction.Parent, "{0} hangs where the tables hang it", jurisdiction);
            }
        }
    }

    [Fact]
    public void Names_RepeatAcrossTheCountry_AndAnUnknownNameIsAnEmptyAnswer()
    {
        var chengguan = Table.FindByName("城关镇");

        chengguan.Length.Should().BeGreaterThan(50, "88 towns are called 城关镇 in the 2023 tables");
        chengguan.Should().OnlyContain(u => u.ChineseName == "城关镇" && u.Level == JurisdictionLevel.Town);
        chengguan.Select(u => u.Code.Value).Should().BeInAscendingOrder();
        Table.FindByName("沙嘴街道").Should().ContainSingle().Which.Code.Should().Be(JurisdictionCode.Of(429004001));
        Table.FindByName("不存在的镇").Should().BeEmpty();
        Table.FindByName(string.Empty).Should().BeEmpty();
        FluentActions.Invoking(() => Table.FindByName(null!)).Should().Throw<ArgumentNullException>().WithParameterName("chineseName");
    }

    [Fact]
    public void ChildrenOfAUnit_AreTheUnitsBelowIt()
    {
        var xiantao = Table.ChildrenOf(JurisdictionCode.Of(429004));

        xiantao.Should().Contain(u => u.ChineseName == "沙嘴街道").And.OnlyContain(u => u.Parent == JurisdictionCode.Of(429004));
        xiantao.Select(u => u.Code.Value).Should().BeInAscendingOrder();
        Table.ChildrenOf(JurisdictionCode.Of(420000)).Should().Contain(u => u.Code == JurisdictionCode.Of(429004), "Xiantao hangs under Hubei, its placeholder prefecture left out");
        Table.ChildrenOf(JurisdictionCode.Of(429004001)).Should().BeEmpty();
        Table.Units.Where(u => u.Parent is not null).Where(u => !Table.TryFind(u.Parent!.Value, out var _)).Should().BeEmpty("every parent is in the table");
    }

    [Fact]
    public void ACodeNotInTheTable_IsRefused_NamingItsNearestKnownAncestor()
    {
        FluentActions.Invoking(() => Table.Find(JurisdictionCode.Of(429004999)))
            .Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("code is 429004999, which the 2023 division table does not hold; its nearest known ancestor is 429004 仙桃市 (County)*");
        FluentActions.Invoking(() => Table.Find(JurisdictionCode.Of(350899)))
            .Should().Throw<ArgumentException>().WithMessage("*nearest known ancestor is 350800 龙岩市 (City)*");
        FluentActions.Invoking(() => Table.Find(JurisdictionCode.Of(990000)))
            .Should().Throw<ArgumentException>().WithMessage("code is 990000, which the 2023 division table does not hold, nor any province it could belong to (99xxxx).*");
        FluentActions.Invoking(() => Table.ChildrenOf(JurisdictionCode.Of(990100))).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => Table.Find(default)).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => Table.TryFind(default, out _)).Should().Throw<ArgumentException>().WithParameterName("code");
        Table.NearestAncestor(JurisdictionCode.Of(429004001))!.Value.Code.Should().Be(JurisdictionCode.Of(429004));
        Table.NearestAncestor(JurisdictionCode.Of(420000)).Should().BeNull("a province has nothing above it in the table");
        Table.TryFind(JurisdictionCode.Of(990000), out var none).Should().BeFalse();
        none.Should().Be(default(Division));
        FluentActions.Invoking(() => Table.CountOf((JurisdictionLevel)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }

    [Fact]
    public void LookUpByCode_AllocatesNothing()
    {
        var code = JurisdictionCode.Of(429004001);
        Table.TryFind(code, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = Table.TryFind(code, out var unit);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        found.Should().BeTrue();
        unit.ChineseName.Should().Be("沙嘴街道");
        allocated.Should().Be(0);
    }

    [Fact]
    public void ADamagedTable_IsRefused()
    {
        FluentActions.Invoking(() => DivisionTable.Parse("110000\tProvince\t0\t北京市\n\n"u8)).Should().Throw<InvalidOperationException>().WithMessage("*blank line*");
        DivisionTable.Parse("110000\tProvince\t0\t北京市\n"u8).Count.Should().Be(1);
    }
}
