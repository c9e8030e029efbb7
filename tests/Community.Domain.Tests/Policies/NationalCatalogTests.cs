using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using NodaTime;

namespace Community.Domain.Tests.Policies;

/// <summary>A catalog built on the national division table: any of the country's codes resolves and inherits; the user's own units extend or override it.</summary>
public sealed class NationalCatalogTests
{
    private static readonly LocalDate Day = new(2016, 6, 30);

    private static readonly Lazy<PolicyCatalog> National = new(() => BuiltInCatalog.CreateBuilder()
        .Add(StaffingKinds.CommunityWorkers, KnownJurisdictions.China.Code, EffectivePeriod.Always, StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up)), RuleId.Of("NA-STF-01"))
        .IncludeDivisions(DivisionTable.National)
        .Build());

    [Fact]
    public void EveryUnitOfTheTable_IsAJurisdictionOfTheCatalog()
    {
        var catalog = National.Value;

        catalog.Jurisdictions.Length.Should().Be(DivisionTable.National.Count + 1, "the table's units and the nation above them");
        catalog.GetJurisdiction(JurisdictionCode.Of(429004)).EnglishName.Should().Be("Xiantao", "a jurisdiction the builder held keeps its English name");
        catalog.GetJurisdiction(JurisdictionCode.Of(110101001)).EnglishName.Should().Be("东华门街道", "a table unit carries its Chinese name in both");
        catalog.GetLineage(JurisdictionCode.Of(110101001)).Select(j => j.Code.Value).Should().Equal(110101001, 110101, 110000, 100000);
    }

    [Fact]
    public void AnyCode_ResolvesAndInheritsThePoliciesAboveIt()
    {
        var catalog = National.Value;

        new CommitteeEvaluator(catalog).Quota(JurisdictionCode.Of(429004001), Day, Population.Of(5000)).RuleId.Should().Be(RuleId.Of("COM-01"), "沙嘴街道 inherits Xiantao's 3+X quota");
        catalog.Resolve(StaffingKinds.CommunityWorkers, JurisdictionCode.Of(650103001), Day).Version.RuleId.Should().Be(RuleId.Of("NA-STF-01"), "a street in Urumqi inherits the national rule");
        catalog.TryResolve(CommitteeKinds.Quota, JurisdictionCode.Of(110101001), Day, out _).Should().BeFalse("no quota is defined above Beijing's streets");
    }

    [Fact]
    public void TheUsersOwnUnits_ExtendOrOverrideTheTable_CheckedAgainstTheirParent()
    {
        var newStreet = Jurisdiction.Below(JurisdictionCode.Of(429004), JurisdictionCode.Of(429004900), "新城街道", "Xincheng Street", JurisdictionLevel.Street);
        var renamed = Jurisdiction.Below(JurisdictionCode.Of(429004), JurisdictionCode.Of(429004001), "沙嘴新街道", "Shazui New Street", JurisdictionLevel.Street);

        var catalog = BuiltInCatalog.CreateBuilder().AddJurisdiction(newStreet).AddJurisdiction(renamed).IncludeDivisions(DivisionTable.National).Build();

        catalog.GetJurisdiction(newStreet.Code).Should().BeSameAs(newStreet);
        catalog.GetJurisdiction(renamed.Code).Should().BeSameAs(renamed, "the user's unit overrides the table's");
        new CommitteeEvaluator(catalog).Quota(newStreet.Code, Day, Population.Of(12000)).Quota.Total.Min.Should().Be(7);
        FluentActions.Invoking(() => Jurisdiction.Below(JurisdictionCode.Of(429004), JurisdictionCode.Of(421002900), "错街道", "Wrong Street", JurisdictionLevel.Street))
            .Should().Throw<ArgumentException>().WithParameterName("code").WithMessage("*does not agree with parent 429004*");
        FluentActions.Invoking(() => PolicyCatalog.CreateBuilder().IncludeDivisions(null!)).Should().Throw<ArgumentNullException>().WithParameterName("table");
    }

    [Fact]
    public void WithoutANation_TheProvincesAreTheTopOfTheTree()
    {
        var catalog = PolicyCatalog.CreateBuilder().IncludeDivisions(DivisionTable.National).Build();

        catalog.Jurisdictions.Length.Should().Be(DivisionTable.National.Count);
        catalog.GetJurisdiction(JurisdictionCode.Of(420000)).Parent.Should().BeNull();
    }

    [Fact]
    public void ACodeTheCatalogDoesNotKnow_IsRefused_NamingItsNearestKnownAncestor()
    {
        FluentActions.Invoking(() => BuiltInCatalog.Instance.GetJurisdiction(JurisdictionCode.Of(429004001)))
            .Should().Throw<ArgumentException>().WithParameterName("code")
            .WithMessage("code is 429004001, which this catalog does not know, whose nearest known ancestor is 仙桃市 Xiantao (429004); add the jurisdiction with PolicyCatalogBuilder.AddJurisdiction (or include the national table with PolicyCatalogBuilder.IncludeDivisions).*");
        FluentActions.Invoking(() => BuiltInCatalog.Instance.GetJurisdiction(JurisdictionCode.Of(350899)))
            .Should().Throw<ArgumentException>().WithMessage("*whose nearest known ancestor is 龙岩市 Longyan (350800)*");
        FluentActions.Invoking(() => BuiltInCatalog.Instance.GetJurisdiction(JurisdictionCode.Of(990100)))
            .Should().Throw<ArgumentException>().WithMessage("code is 990100, which this catalog does not know; add*");
    }
}
