using Community.Domain.Admission;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Participation;
using Community.Domain.Premises;
using Community.Domain.Statistics;
using Community.Domain.Workflows;
using Community.Domain.Sources;
using Community.Domain.Subsidies;

namespace Community.Domain.Tests.BuiltIn;

public class BuiltInCatalogTests
{
    public static TheoryData<string> Modules => ["committees", "funding", "subsidies", "grids", "premises", "admission", "participation", "statistics", "workflows"];

    private static PolicyCatalogBuilder AddModule(PolicyCatalogBuilder builder, string module) => module switch
    {
        "committees" => builder.AddCommitteePolicies(),
        "funding" => builder.AddFundingPolicies(),
        "subsidies" => builder.AddSubsidyPolicies(),
        "grids" => builder.AddGridPolicies(),
        "premises" => builder.AddPremisesPolicies(),
        "participation" => builder.AddParticipationPolicies(),
        "statistics" => builder.AddStatisticsPolicies(),
        "workflows" => builder.AddWorkflowPolicies(),
        _ => builder.AddAdmissionPolicies(),
    };

    private static IEnumerable<PolicyVersion> BuiltInVersions(string module) => module switch
    {
        "committees" => CommitteePolicies.BuiltInVersions(),
        "funding" => FundingPolicies.BuiltInVersions(),
        "subsidies" => SubsidyPolicies.BuiltInVersions(),
        "grids" => GridPolicies.BuiltInVersions(),
        "premises" => PremisesPolicies.BuiltInVersions(),
        "participation" => ParticipationPolicies.BuiltInVersions(),
        "statistics" => StatisticsPolicies.BuiltInVersions(),
        "workflows" => WorkflowPolicies.BuiltInVersions(),
        _ => AdmissionPolicies.BuiltInVersions(),
    };

    [Theory]
    [MemberData(nameof(Modules))]
    public void AddModulePolicies_OnAnEmptyBuilder_BuildsACatalogOfThatModuleAlone(string module)
    {
        var catalog = AddModule(PolicyCatalog.CreateBuilder(), module).Build();

        catalog.Versions.Should().HaveCount(BuiltInVersions(module).Count()).And.NotBeEmpty();
        catalog.Jurisdictions.Select(j => j.Code).Should().BeEquivalentTo(KnownJurisdictions.All.Select(j => j.Code));
        catalog.Versions.Select(v => v.Kind.Name).Should().OnlyContain(
            name => name.StartsWith(module + ".", StringComparison.Ordinal) || (module == "subsidies" && name.StartsWith("wages.", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void BuiltInVersions_EachCarryARuleIdAndACitation(string module) =>
        BuiltInVersions(module).Should().OnlyContain(v => !v.RuleId.IsEmpty && v.Citations.Length > 0);

    [Theory]
    [MemberData(nameof(Modules))]
    public void AddModulePolicies_Twice_IsReportedAsOverlappingVersions(string module)
    {
        var builder = AddModule(AddModule(PolicyCatalog.CreateBuilder(), module), module);

        builder.TryBuild(out var catalog, out var problems).Should().BeFalse();
        catalog.Should().BeNull();
        problems.Should().NotBeEmpty().And.OnlyContain(p => p.Kind == DefinitionProblemKind.OverlappingVersions);
        builder.Jurisdictions.Should().HaveCount(KnownJurisdictions.All.Count, "the second call finds every jurisdiction already there");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void AddModulePolicies_NullBuilder_Throws(string module) =>
        FluentActions.Invoking(() => AddModule(null!, module)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "builder");

    [Fact]
    public void Instance_HoldsEveryModulesBuiltIns_InTheOrderTheyAreAdded()
    {
        var expected = new[] { "committees", "funding", "subsidies", "grids", "premises", "admission", "participation", "statistics", "workflows" }.SelectMany(BuiltInVersions).ToList();

        BuiltInCatalog.Instance.Versions.Select(v => (v.Kind, v.Jurisdiction, v.Period, v.RuleId))
            .Should().Equal(expected.Select(v => (v.Kind, v.Jurisdiction, v.Period, v.RuleId)));
        BuiltInCatalog.Instance.Jurisdictions.Should().Equal(KnownJurisdictions.All);
        BuiltInCatalog.Instance.Should().BeSameAs(BuiltInCatalog.Instance);
        BuiltInCatalog.CreateBuilder().Should().NotBeSameAs(BuiltInCatalog.CreateBuilder());
    }

    [Fact]
    public void Instance_CoversEveryEncodedRuleOfTheSources() =>
        BuiltInCatalog.Instance.Versions.Select(v => v.RuleId.Value).Distinct().Order()
            .Should().Equal("ADM-01", "ADM-03", "COM-01", "COM-02", "COM-04", "COM-05", "FAC-01", "FAC-02", "FAC-03", "FAC-04", "FAC-05", "FAC-06", "FUN-01", "FUN-03", "GRD-02", "PAR-01", "PAR-02", "PAR-03", "PAR-04", "STA-01", "STA-02", "STA-03", "STA-04", "SUB-01", "SUB-02", "SUB-03", "SUB-05", "SUB-06", "WF-01", "WF-02", "WF-03", "WF-04");

    [Fact]
    public void IncludeJurisdictions_AddsOnlyCodesNotYetHeld()
    {
        var renamed = Jurisdiction.Province(KnownJurisdictions.Fujian.Code, "福建", "Fujian");
        var builder = PolicyCatalog.CreateBuilder().AddJurisdiction(renamed);

        builder.IncludeJurisdictions(KnownJurisdictions.All).Should().BeSameAs(builder);

        builder.Jurisdictions.Should().HaveCount(KnownJurisdictions.All.Count);
        builder.Jurisdictions[0].Should().BeSameAs(renamed, "a jurisdiction the caller added is kept as the caller gave it");
        builder.IncludeJurisdictions([]).Jurisdictions.Should().HaveCount(KnownJurisdictions.All.Count);
    }

    [Fact]
    public void IncludeJurisdictionsAndAddRange_NullInput_ThrowNamingTheArgument()
    {
        var builder = PolicyCatalog.CreateBuilder();

        FluentActions.Invoking(() => builder.IncludeJurisdictions(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "jurisdictions");
        FluentActions.Invoking(() => builder.IncludeJurisdictions([KnownJurisdictions.Hubei, null!])).Should().Throw<ArgumentNullException>()
            .Where(e => e.ParamName == "jurisdictions[1]");
        FluentActions.Invoking(() => builder.AddRange(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "versions");
        FluentActions.Invoking(() => builder.AddRange([CommitteePolicies.BuiltInVersions().First(), null!])).Should().Throw<ArgumentNullException>()
            .Where(e => e.ParamName == "versions[1]");
        builder.Versions.Should().BeEmpty("a range with a null adds nothing");
        builder.Jurisdictions.Should().BeEmpty();
    }

    [Fact]
    public void AddRange_AddsEveryVersionInOrder()
    {
        var versions = FundingPolicies.BuiltInVersions().ToList();

        var builder = PolicyCatalog.CreateBuilder().AddRange(versions);

        builder.Versions.Should().Equal(versions);
        RuleId.Fun01.Should().Be(versions[0].RuleId);
    }
}
