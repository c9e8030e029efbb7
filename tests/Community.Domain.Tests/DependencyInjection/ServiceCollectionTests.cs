using Community.Domain.BuiltIn;
using Community.Domain.DependencyInjection;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Community.Domain.Tests.DependencyInjection;

public class ServiceCollectionTests
{
    private static readonly JurisdictionCode Wuhan = JurisdictionCode.Of(420100);

    [Fact]
    public void AddCommunityDomain_RegistersCatalogAndEvaluatorsAsSingletons()
    {
        using var provider = new ServiceCollection().AddCommunityDomain().BuildServiceProvider();

        var catalog = provider.GetRequiredService<PolicyCatalog>();
        catalog.Versions.Should().HaveCount(BuiltInCatalog.Instance.Versions.Length);
        provider.GetRequiredService<PolicyCatalog>().Should().BeSameAs(catalog);
        provider.GetRequiredService<FundingEvaluator>().Should().BeSameAs(provider.GetRequiredService<FundingEvaluator>());
        provider.GetRequiredService<Community.Domain.Committees.CommitteeEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Committees.CommitteeEvaluator>());
        provider.GetRequiredService<Community.Domain.Subsidies.SubsidyEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Subsidies.SubsidyEvaluator>());
        provider.GetRequiredService<Community.Domain.Grids.GridEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Grids.GridEvaluator>());
        provider.GetRequiredService<Community.Domain.Premises.PremisesEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Premises.PremisesEvaluator>());
        provider.GetRequiredService<Community.Domain.Admission.AdmissionEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Admission.AdmissionEvaluator>());
        provider.GetRequiredService<Community.Domain.Budgets.BudgetCalculator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Budgets.BudgetCalculator>());
    }

    [Fact]
    public void AddCommunityDomain_Twice_RegistersOnce()
    {
        var services = new ServiceCollection().AddCommunityDomain().AddCommunityDomain();

        services.Count(d => d.ServiceType == typeof(PolicyCatalog)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(FundingEvaluator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(Community.Domain.Committees.CommitteeEvaluator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(Community.Domain.Subsidies.SubsidyEvaluator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(Community.Domain.Admission.AdmissionEvaluator)).Should().Be(1);
    }

    [Fact]
    public void AddCommunityDomain_WithCallbacks_AppliesEveryCallbackInOrder()
    {
        var services = new ServiceCollection()
            .AddCommunityDomain(b => b.AddJurisdiction(Jurisdiction.Below(KnownJurisdictions.Hubei.Code, Wuhan, "武汉市", "Wuhan", JurisdictionLevel.City)))
            .AddCommunityDomain(b => b.Add(
                FundingKinds.WorkFunds, Wuhan, EffectivePeriod.From(new LocalDate(2020, 1, 1)), FundingPolicy.Fixed(Money.FromYuan(50000m)), RuleId.Of("WH-FUN-01")));
        using var provider = services.BuildServiceProvider();

        var amount = provider.GetRequiredService<FundingEvaluator>()
            .Amount(FundingKinds.WorkFunds, Wuhan, new LocalDate(2021, 1, 1), Population.Of(3000));

        amount.Annual.Should().Be(Money.FromYuan(50000m));
        amount.RuleId.Should().Be(RuleId.Of("WH-FUN-01"));
        BuiltInCatalog.Instance.TryGetJurisdiction(Wuhan, out _).Should().BeFalse("the built-in catalog is never changed");
    }

    [Fact]
    public void AddCommunityDomain_InvalidCallback_FailsWhenCatalogIsResolved()
    {
        using var provider = new ServiceCollection()
            .AddCommunityDomain(b => b.Add(FundingKinds.WorkFunds, Wuhan, EffectivePeriod.Always, FundingPolicy.Fixed(Money.Zero), RuleId.Of("WH-FUN-01")))
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<PolicyCatalog>();

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.UnknownJurisdiction);
    }

    [Fact]
    public void AddCommunityDomain_NullArguments_Throw()
    {
        FluentActions.Invoking(() => CommunityDomainServiceCollectionExtensions.AddCommunityDomain(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "services");
        FluentActions.Invoking(() => CommunityDomainServiceCollectionExtensions.AddCommunityDomain(null!, _ => { })).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "services");
        FluentActions.Invoking(() => new ServiceCollection().AddCommunityDomain(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "configure");
    }

    [Fact]
    public void AddCommunityDomainWithConfigure_WhenTheCallerRegisteredACatalog_FailsAtRegistrationInsteadOfIgnoringIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton(BuiltInCatalog.Instance);

        var act = () => services.AddCommunityDomain(builder => builder.AddJurisdiction(Jurisdiction.Below(KnownJurisdictions.Hubei.Code, Wuhan, "武汉市", "Wuhan", JurisdictionLevel.City)));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "services").WithMessage("services already holds a PolicyCatalog registered by the caller, so configure would never run*");
        var afterPlain = new ServiceCollection();
        afterPlain.AddSingleton(BuiltInCatalog.Instance);
        afterPlain.AddCommunityDomain();
        FluentActions.Invoking(() => afterPlain.AddCommunityDomain(_ => { })).Should().Throw<ArgumentException>("the catalog there is still the caller's");
    }

    [Fact]
    public void AddCommunityDomain_ThenConfigure_RunsTheConfiguration()
    {
        var services = new ServiceCollection().AddCommunityDomain()
            .AddCommunityDomain(builder => builder.AddJurisdiction(Jurisdiction.Below(KnownJurisdictions.Hubei.Code, Wuhan, "武汉市", "Wuhan", JurisdictionLevel.City)));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<PolicyCatalog>().Jurisdictions.Should().Contain(j => j.Code == Wuhan);
        provider.GetRequiredService<Community.Domain.Workflows.WorkflowEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Workflows.WorkflowEvaluator>());
    }

    [Fact]
    public void BuildAtRegistration_ABadDefinition_FailsInsideAddCommunityDomain_ListingEveryProblem()
    {
        var services = new ServiceCollection();

        var act = () => services.AddCommunityDomain(
            b => b.Add(FundingKinds.WorkFunds, Wuhan, EffectivePeriod.Always, FundingPolicy.Fixed(Money.Zero), RuleId.Of("WH-FUN-01")),
            CatalogBuildTime.Registration);

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.UnknownJurisdiction);
    }

    [Fact]
    public void BuildAtRegistration_AppliesEveryEarlierConfiguration_AndRegistersTheBuiltCatalog()
    {
        var services = new ServiceCollection()
            .AddCommunityDomain(b => b.AddJurisdiction(Jurisdiction.Below(KnownJurisdictions.Hubei.Code, Wuhan, "武汉市", "Wuhan", JurisdictionLevel.City)))
            .AddCommunityDomain(
                b => b.Add(FundingKinds.WorkFunds, Wuhan, EffectivePeriod.From(new LocalDate(2020, 1, 1)), FundingPolicy.Fixed(Money.FromYuan(50000m)), RuleId.Of("WH-FUN-01")),
                CatalogBuildTime.Registration);

        var registered = services.Where(d => d.ServiceType == typeof(PolicyCatalog)).Should().ContainSingle().Which;
        registered.ImplementationInstance.Should().BeOfType<PolicyCatalog>("the catalog was built at registration, not by a factory");
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<FundingEvaluator>().Amount(FundingKinds.WorkFunds, Wuhan, new LocalDate(2021, 1, 1), Population.Of(3000)).Annual.Should().Be(Money.FromYuan(50000m));
        provider.GetRequiredService<Community.Domain.Budgets.BudgetCalculator>().Should().NotBeNull();
        FluentActions.Invoking(() => services.AddCommunityDomain(_ => { }))
            .Should().Throw<ArgumentException>().WithParameterName("services").WithMessage("*built at registration*");
        FluentActions.Invoking(() => services.AddCommunityDomain(_ => { }, (CatalogBuildTime)9))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("buildTime");
    }

    [Fact]
    public void BuildAtFirstUse_IsTheDefault_AndBuildsNothingAtRegistration()
    {
        var services = new ServiceCollection().AddCommunityDomain(
            b => b.Add(FundingKinds.WorkFunds, Wuhan, EffectivePeriod.Always, FundingPolicy.Fixed(Money.Zero), RuleId.Of("WH-FUN-01")),
            CatalogBuildTime.FirstUse);
        using var provider = services.BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<PolicyCatalog>()).Should().Throw<PolicyDefinitionException>();
    }

    [Fact]
    public void AddCommunityDomain_RegistersEveryModulesEvaluator()
    {
        using var provider = new ServiceCollection().AddCommunityDomain().BuildServiceProvider();

        provider.GetRequiredService<Community.Domain.Staffing.StaffingEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Staffing.StaffingEvaluator>());
        provider.GetRequiredService<Community.Domain.Scale.ScaleEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Scale.ScaleEvaluator>());
        provider.GetRequiredService<Community.Domain.Participation.ParticipationEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Participation.ParticipationEvaluator>());
        provider.GetRequiredService<Community.Domain.Statistics.StatisticsEvaluator>().Should().BeSameAs(provider.GetRequiredService<Community.Domain.Statistics.StatisticsEvaluator>());
        provider.GetRequiredService<Community.Domain.Workflows.WorkflowEvaluator>().Should().NotBeNull();
    }

    [Fact]
    public void BuildAtRegistration_NullConfigure_OrACallersCatalog_IsRefusedByName()
    {
        FluentActions.Invoking(() => new ServiceCollection().AddCommunityDomain(null!, CatalogBuildTime.Registration))
            .Should().Throw<ArgumentNullException>().WithParameterName("configure");
        FluentActions.Invoking(() => new ServiceCollection().AddSingleton(BuiltInCatalog.Instance).AddCommunityDomain(_ => { }, CatalogBuildTime.Registration))
            .Should().Throw<ArgumentException>().WithParameterName("services").WithMessage("services already holds a PolicyCatalog registered by the caller*");
    }
}
