using Community.Domain.Modules;
using Samples.VolunteerHours;

namespace Community.Domain.Testing.Tests;

/// <summary>A user's module outside the library (samples/Community.Domain.VolunteerHours) runs its golden cases through the test kit, with a province's catalog document of its kind laid over its built-in rule.</summary>
public sealed class UserModuleCasesTests
{
    [Theory]
    [GoldenCases("volunteer-hours/cases", Catalogs = ["volunteer-hours/catalog/hubei-volunteers.catalog.json"], Modules = [typeof(VolunteerHoursModule)])]
    public void EveryCaseOfTheUsersModule_Passes(GoldenCaseRow row) => row.AssertPasses();

    [Fact]
    public async Task TheUsersCases_AreRows_OfTheirOwnEvaluation()
    {
        var rows = await new GoldenCasesAttribute("volunteer-hours/cases") { Catalogs = ["volunteer-hours/catalog/hubei-volunteers.catalog.json"], Modules = [typeof(VolunteerHoursModule)] }
            .GetData(typeof(UserModuleCasesTests).GetMethod(nameof(EveryCaseOfTheUsersModule_Passes))!, new());

        rows.Should().HaveCountGreaterThan(10);
        rows.Select(r => r.TestDisplayName).Should().Contain("volunteer-hours.cases.json: VOL-01 national rule at Xiantao, 50 hours in all");
    }

    [Fact]
    public void WithoutTheModule_TheCasesAndTheDocument_AreProblems_NamingTheEvaluationAndKind()
    {
        var suite = GoldenCaseSuite.Load("volunteer-hours/cases", "volunteer-hours/catalog/hubei-volunteers.catalog.json");

        suite.Problems.Should().Contain(p => p.Contains("$.policies[0].kind: is \"volunteers.hours\", a kind no registered module declares", StringComparison.Ordinal))
            .And.Contain(p => p.Contains("$.cases[0].evaluation: is \"volunteers.assessment\"; expected one of committees.quota", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSuite_HoldsTheUsersModule_BesideTheBuiltInOnes()
    {
        var suite = GoldenCaseSuite.Load("volunteer-hours/cases", [typeof(VolunteerHoursModule)], "volunteer-hours/catalog/hubei-volunteers.catalog.json");

        suite.Problems.Should().BeEmpty();
        suite.Modules.Modules.Should().HaveCount(BuiltIn.BuiltInModules.Registry.Modules.Length + 1);
        suite.Modules.CodecOf("volunteers.hours").Should().NotBeNull();
        suite.Catalog!.Versions.Should().Contain(v => v.Kind.Name == "volunteers.hours" && v.RuleId.Value == "VOL-HB-01");
    }

    [Fact]
    public void AType_ThatIsNoModule_IsRefused_NamingIt() =>
        FluentActions.Invoking(() => GoldenCaseSuite.Load("volunteer-hours/cases", [typeof(string)]))
            .Should().Throw<ArgumentException>().WithParameterName("modules").WithMessage("modules[0] is System.String; expected a type deriving from DomainModule*");
}
