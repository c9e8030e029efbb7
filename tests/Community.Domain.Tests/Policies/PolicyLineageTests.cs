using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Policies;

public class PolicyLineageTests
{
    private static readonly PolicyKind<string> Kind = new("test.lineage", "a test rule", "测试规则");
    private static readonly Jurisdiction Nation = KnownJurisdictions.China;
    private static readonly Jurisdiction Province = Jurisdiction.Below(Nation.Code, JurisdictionCode.Of(990000), "测试省", "Test Province", JurisdictionLevel.Province);
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);
    private static readonly Jurisdiction County = Jurisdiction.Below(City.Code, JurisdictionCode.Of(990102), "测试区", "Test District", JurisdictionLevel.County);
    private static readonly LocalDate Day = new(2020, 1, 1);

    private static readonly PolicyCatalog Catalog = PolicyCatalog.CreateBuilder()
        .AddJurisdiction(Nation).AddJurisdiction(Province).AddJurisdiction(City).AddJurisdiction(County)
        .Add(Kind, Nation.Code, EffectivePeriod.Always, "national", RuleId.Of("T-01"))
        .Add(Kind, City.Code, EffectivePeriod.Always.EndingBefore(new LocalDate(2019, 1, 1)), "city, old", RuleId.Of("T-02"))
        .Add(Kind, City.Code, EffectivePeriod.From(new LocalDate(2019, 1, 1)), "city, new", RuleId.Of("T-03"))
        .Build();

    [Fact]
    public void ResolveLineage_GivesTheVersionsInForce_NearestFirst()
    {
        var policies = new List<string>();
        foreach (var version in Catalog.ResolveLineage(Kind, County.Code, Day))
        {
            policies.Add(version.Policy);
        }

        policies.Should().Equal("city, new", "national");
    }

    [Fact]
    public void ResolveLineage_FirstVersion_IsTheResolution() =>
        Catalog.ResolveLineage(Kind, County.Code, Day).First().Should().BeSameAs(Catalog.Resolve(Kind, County.Code, Day).Version);

    [Fact]
    public void ResolveLineage_SkipsVersionsNotInForceOnTheDate() =>
        Catalog.ResolveLineage(Kind, County.Code, new LocalDate(2018, 6, 1)).Select(v => v.Policy).Should().Equal("city, old", "national");

    [Fact]
    public void ResolveLineage_AtTheTop_GivesOnlyItsOwn() =>
        Catalog.ResolveLineage(Kind, Nation.Code, Day).Select(v => v.RuleId).Should().Equal(RuleId.Of("T-01"));

    [Fact]
    public void ResolveLineage_KindWithNoVersion_IsEmpty() =>
        Catalog.ResolveLineage(new PolicyKind<string>("test.other", "other", "其他"), County.Code, Day).Should().BeEmpty();

    [Fact]
    public void ResolveLineage_UnknownJurisdiction_ThrowsNamingTheCode()
    {
        var act = () => Catalog.ResolveLineage(Kind, JurisdictionCode.Of(980000), Day);

        act.Should().Throw<ArgumentException>().WithMessage("*980000*");
    }

    [Fact]
    public void ResolveLineage_NullKind_Throws()
    {
        var act = () => Catalog.ResolveLineage<string>(null!, County.Code, Day);

        act.Should().Throw<ArgumentNullException>().WithParameterName("kind");
    }

    [Fact]
    public void Default_IsEmpty_AndResetStartsAgain()
    {
        default(PolicyLineage<string>).Should().BeEmpty();
        var lineage = Catalog.ResolveLineage(Kind, County.Code, Day);
        lineage.MoveNext().Should().BeTrue();
        lineage.MoveNext().Should().BeTrue();
        lineage.MoveNext().Should().BeFalse();
        lineage.Reset();
        lineage.MoveNext().Should().BeTrue();
        lineage.Current.Policy.Should().Be("city, new");
        lineage.Dispose();
    }

    [Fact]
    public void ProvincesOfTheBuiltInCatalog_InheritFromTheNation() =>
        Community.Domain.BuiltIn.BuiltInCatalog.Instance.GetLineage(KnownJurisdictions.Xinluo.Code).Select(j => j.Level)
            .Should().Equal(JurisdictionLevel.County, JurisdictionLevel.City, JurisdictionLevel.Province, JurisdictionLevel.Nation);
}
