using Community.Domain.Cases;

namespace Community.Domain.Testing.Tests;

/// <summary>A folder of case documents becomes one theory row per case; failures and broken documents are reported, never skipped.</summary>
public sealed class GoldenCasesAttributeTests
{
    [Theory]
    [GoldenCases("cases", Catalogs = ["catalog.json"])]
    public void EveryCaseOfTheFolder_Passes(GoldenCaseRow row) => row.AssertPasses();

    [Fact]
    public async Task TheFolder_GivesOneRowPerCase_NamedByFileAndCase()
    {
        var rows = await new GoldenCasesAttribute("cases") { Catalogs = ["catalog.json"] }.GetData(typeof(GoldenCasesAttributeTests).GetMethod(nameof(EveryCaseOfTheFolder_Passes))!, new());

        rows.Should().HaveCount(BuiltIn.BuiltInGoldenCases.Document.Cases.Length + 2);
        rows.Select(r => r.TestDisplayName).Should().Contain("province.json: TP-COM-05 has no version before 2020").And.Contain("builtin.json: COM-01 Xiantao quota, 5000 residents");
        new GoldenCasesAttribute("cases").SupportsDiscoveryEnumeration().Should().BeTrue();
    }

    [Fact]
    public async Task AFailingCase_Fails_ShowingExpectedBesideActual_InBothLanguages()
    {
        var row = (GoldenCaseRow)(await new GoldenCasesAttribute("failing").GetData(typeof(GoldenCasesAttributeTests).GetMethod(nameof(EveryCaseOfTheFolder_Passes))!, new())).Single().GetData()[0]!;

        var failure = FluentActions.Invoking(row.AssertPasses).Should().Throw<GoldenCaseFailedException>().Which;

        failure.Result.Passed.Should().BeFalse();
        failure.Message.Should().Contain("band: expected 2, actual 1").And.Contain("result.Quota.Total.Min: expected 6, actual 5").And.Contain("falls in band 1 of 3").And.Contain("落在第1档");
        row.ToString().Should().Be("COM-01 at 5000 residents, expected wrongly in the second band");
        row.File.Should().Be("wrong.json");
    }

    [Fact]
    public async Task ABrokenDocument_IsOneFailingRow_ListingEveryProblemWithItsFileAndPath()
    {
        var rows = await new GoldenCasesAttribute("broken").GetData(typeof(GoldenCasesAttributeTests).GetMethod(nameof(EveryCaseOfTheFolder_Passes))!, new());

        var row = (GoldenCaseRow)rows.Should().ContainSingle().Which.GetData()[0]!;
        rows.Single().TestDisplayName.Should().Be("broken: the documents have 1 problem(s)");
        FluentActions.Invoking(row.AssertPasses).Should().Throw<InvalidOperationException>().WithMessage("*bad.json: $.cases[0].evaluation: is \"committees.quotas\"*");
    }

    [Fact]
    public void ASuite_IsLoadedOnce_AndRefusesWhatItCannotFind()
    {
        GoldenCaseSuite.Load("cases", "catalog.json").Should().BeSameAs(GoldenCaseSuite.Load("cases", "catalog.json"));
        GoldenCaseSuite.Load("cases", "catalog.json").Catalog.Should().NotBeNull();
        FluentActions.Invoking(() => GoldenCaseSuite.Load("no-such-folder")).Should().Throw<DirectoryNotFoundException>().WithMessage("*no-such-folder does not exist*");
        FluentActions.Invoking(() => GoldenCaseSuite.Load(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => GoldenCaseSuite.Load("cases", "catalog.json").Run("province.json", "no such case")).Should().Throw<ArgumentException>().WithParameterName("name");
        GoldenCaseSuite.Load("cases", "missing-catalog.json").Problems.Should().ContainSingle().Which.Should().EndWith("missing-catalog.json: the catalog document does not exist.");
        FluentActions.Invoking(() => new GoldenCaseFailedException(null!)).Should().Throw<ArgumentNullException>();
    }
}
