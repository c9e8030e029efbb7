using System.Text.Json;
using Community.Domain.BuiltIn;
using Community.Domain.DependencyInjection;
using Community.Domain.Explanations;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Samples.VolunteerHours;

namespace Community.Domain.Tests.Modules;

/// <summary>A user's module outside the library (samples/Community.Domain.VolunteerHours), registered through the public contract alone: catalog, documents, JSON, explanations and DI treat it as they treat the library's own.</summary>
public sealed class UserModuleTests
{
    private static readonly Domain.Modules.ModuleRegistry Registry = BuiltInModules.Registry.With(new VolunteerHoursModule());

    private static readonly PolicyCatalog Catalog = Registry.CreateCatalogBuilder().Build();

    private static readonly LocalDate Day = new(2026, 6, 30);

    [Theory]
    [InlineData(49, 0)]
    [InlineData(50, 1)]
    [InlineData(149, 1)]
    [InlineData(150, 2)]
    [InlineData(300, 3)]
    public void TheUsersEvaluator_AnswersUnderItsBuiltInRule_InheritedFromTheNation(int total, int level)
    {
        var assessed = new VolunteerHoursEvaluator(Catalog).Assess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(total), ServiceHours.Of(0));

        assessed.Level.Should().Be(level);
        assessed.RuleId.Should().Be(VolunteerHoursPolicies.Vol01);
        assessed.Version.Jurisdiction.Should().Be(KnownJurisdictions.China.Code);
    }

    [Fact]
    public void TheUsersExplanation_TellsTheSameStory_InBothLanguages_WithItsSourceAndStatus()
    {
        var explained = new VolunteerHoursEvaluator(Catalog).ExplainAssess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(150), ServiceHours.Of(19));

        explained.Value.Should().Be(new VolunteerHoursEvaluator(Catalog).Assess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(150), ServiceHours.Of(19)));
        explained.Explanation.RuleId.Should().Be(VolunteerHoursPolicies.Vol01);
        explained.Explanation.Citations.Should().ContainSingle().Which.Should().Be(VolunteerHoursPolicies.SampleSource);
        var english = explained.Explanation.ToText(ExplanationLanguage.English);
        var chinese = explained.Explanation.ToText(ExplanationLanguage.Chinese);
        english.Should().Contain("level 2").And.Contain("300 hours").And.Contain("served at least 20 hours this year").And.Contain("proposal");
        chinese.Should().Contain("2星级").And.Contain("尚差150小时").And.Contain("本年度服务不少于20小时").And.Contain("仙桃");
    }

    [Fact]
    public void TheUsersTryForm_ReturnsFalse_WhereNoRuleIsInForce_AndEveryFormRefusesABadInput()
    {
        var withoutBuiltIns = BuiltInCatalog.Instance;
        var evaluator = new VolunteerHoursEvaluator(withoutBuiltIns);

        evaluator.TryAssess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(10), ServiceHours.Of(1), out var none).Should().BeFalse();
        none.Should().Be(default(VolunteerHoursAssessment));
        FluentActions.Invoking(() => evaluator.Assess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(10), ServiceHours.Of(1))).Should().Throw<PolicyNotInForceException>();
        FluentActions.Invoking(() => new VolunteerHoursEvaluator(Catalog).TryAssess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(10), ServiceHours.Of(11), out _))
            .Should().Throw<ArgumentException>().WithParameterName("thisYear");
    }

    [Fact]
    public void TheUsersResults_WriteAndReadBackEqual_ThroughTheCombinedMetadata()
    {
        var options = CommunityDomainJson.Options(Catalog, Registry);
        var explained = new VolunteerHoursEvaluator(Catalog).ExplainAssess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(160), ServiceHours.Of(25));

        var json = JsonSerializer.Serialize(explained, CommunityDomainJson.TypeInfo<Explained<VolunteerHoursAssessment>>(options));
        var back = JsonSerializer.Deserialize(json, CommunityDomainJson.TypeInfo<Explained<VolunteerHoursAssessment>>(options));

        back.Should().Be(explained);
        back.Value.Version.Should().BeSameAs(explained.Value.Version, "reading finds the version in the catalog");
        json.Should().Contain("\"Kind\":\"volunteers.hours\"");
        FluentActions.Invoking(() => CommunityDomainJson.TypeInfo<VolunteerHoursAssessment>(CommunityDomainJson.Options(BuiltInCatalog.Instance)))
            .Should().Throw<ArgumentException>("options made without the module know nothing of its results").WithParameterName("options").WithMessage("options know no JSON metadata of VolunteerHoursAssessment*");
    }

    [Fact]
    public void TheUsersKind_GoesIntoACatalogDocument_AndReadsBackTheSame()
    {
        var document = PolicyDocument.Create(Catalog.Jurisdictions, Catalog.Versions, Registry);
        var json = document.ToJson();

        json.Should().Contain("\"kind\": \"volunteers.hours\"").And.Contain("\"levelThresholds\": [").And.Contain("\"status\": \"Proposed\"");
        PolicyDocument.Parse(json, Registry).ToJson().Should().Be(json);
        PolicyDocument.TryParse(json, out _, out var problems).Should().BeFalse("the built-in modules alone do not hold the kind");
        problems.Should().ContainSingle().Which.Path.Should().EndWith(".kind");
    }

    [Fact]
    public void ABadPolicyOfTheUsersKind_IsRefusedAtItsPath_WithEveryProblem()
    {
        const string json = """{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[],"policies":[{"kind":"volunteers.hours","jurisdiction":"420000","ruleId":"V-1","policy":{"levelThresholds":[0,50,40],"yearlyMinimum":20}},{"kind":"volunteers.hours","jurisdiction":"420000","ruleId":"V-2","policy":{"levelThreshold":[50],"yearlyMinimum":-1}}]}""";

        PolicyDocument.TryParse(json, Registry, out _, out var problems).Should().BeFalse();

        problems.Select(p => p.ToString()).Should().Equal(
            "$.policies[0].policy.levelThresholds[0]: is 0 hours; expected more than zero, as level 0 starts at zero.",
            "$.policies[0].policy.levelThresholds[2]: is 40 h, not above levelThresholds[1] (50 h); expected rising thresholds.",
            "$.policies[1].policy.levelThreshold: is not a member here; expected levelThresholds, yearlyMinimum.");
    }

    [Fact]
    public void DependencyInjection_RegistersTheUsersModule_ItsEvaluatorAndItsBuiltIns()
    {
        using var provider = new ServiceCollection().AddCommunityDomainModule(new VolunteerHoursModule()).BuildServiceProvider();

        provider.GetRequiredService<VolunteerHoursEvaluator>().Should().BeSameAs(provider.GetRequiredService<VolunteerHoursEvaluator>());
        provider.GetRequiredService<PolicyCatalog>().Versions.Should().Contain(v => v.Kind == VolunteerHoursKinds.Hours);
        provider.GetRequiredService<Domain.Modules.ModuleRegistry>().Modules.Should().HaveCount(BuiltInModules.Registry.Modules.Length + 1);
        provider.GetRequiredService<Domain.Committees.CommitteeEvaluator>().Should().NotBeNull();
        provider.GetRequiredService<VolunteerHoursEvaluator>().Assess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(50), ServiceHours.Of(20)).Level.Should().Be(1);
    }

    [Fact]
    public void DependencyInjection_RefusesTheModuleTwice_OrAfterTheCatalogWasBuilt()
    {
        FluentActions.Invoking(() => new ServiceCollection().AddCommunityDomainModule(new VolunteerHoursModule()).AddCommunityDomainModule(new VolunteerHoursModule()))
            .Should().Throw<PolicyDefinitionException>().WithMessage("*The module \"volunteers\" (Samples.VolunteerHours.VolunteerHoursModule) is registered twice*");
        FluentActions.Invoking(() => new ServiceCollection().AddCommunityDomain(_ => { }, CatalogBuildTime.Registration).AddCommunityDomainModule(new VolunteerHoursModule()))
            .Should().Throw<ArgumentException>().WithParameterName("services");
        FluentActions.Invoking(() => new ServiceCollection().AddCommunityDomainModule(null!)).Should().Throw<ArgumentNullException>().WithParameterName("module");
    }

    [Fact]
    public void DependencyInjection_BuildsAtRegistration_WithTheModulesRegisteredBefore()
    {
        using var provider = new ServiceCollection()
            .AddCommunityDomainModule(new VolunteerHoursModule())
            .AddCommunityDomain(b => b.RemoveVersions(VolunteerHoursKinds.Hours, KnownJurisdictions.China.Code), CatalogBuildTime.Registration)
            .BuildServiceProvider();

        provider.GetRequiredService<VolunteerHoursEvaluator>().TryAssess(KnownJurisdictions.Xiantao.Code, Day, ServiceHours.Of(1), ServiceHours.Of(1), out _).Should().BeFalse("the configuration removed the module's built-in");
    }
}
