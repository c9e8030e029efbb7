using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Premises;

public class GrantSharingTests
{
    [Fact]
    public void BuildingGrant_IsSplitBetweenPayers()
    {
        var city = Payer.Of("city", "市级财政", "city finance");
        var district = Payer.Of("district", "区级财政", "district finance");
        var xinluo = KnownJurisdictions.Xinluo.Code;
        var asOf = new LocalDate(2010, 1, 1);
        var builtIn = BuiltInCatalog.Instance.Resolve(PremisesKinds.BuildingFees, xinluo, asOf).Policy;
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .Override(PolicyVersion.Create(PremisesKinds.BuildingFees, xinluo, EffectivePeriod.Always, builtIn.WithGrantShare(CostShare.Ratio((city, 6), (district, 4))), RuleId.Of("TD-FAC-05")))
            .Build();

        var cost = new PremisesEvaluator(catalog).BuildingCost(xinluo, asOf, Area.FromSquareMetres(300));

        cost.GrantByPayer().Should().Equal((city, Money.FromYuan(60000)), (district, Money.FromYuan(40000)));
        new PremisesEvaluator(BuiltInCatalog.Instance).BuildingCost(xinluo, asOf, Area.FromSquareMetres(300)).GrantByPayer()
            .Should().Equal((Payer.Unassigned, Money.FromYuan(100000)));
        catalog.Resolve(PremisesKinds.BuildingFees, xinluo, asOf).Policy.ToString().Should().EndWith(", shared city 6 : district 4");
        FluentActions.Invoking(() => builtIn.WithGrantShare(null!)).Should().Throw<ArgumentNullException>().WithParameterName("share");
    }
}
