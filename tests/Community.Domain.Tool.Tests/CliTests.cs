using System.Text.Json;

namespace Community.Domain.Tool.Tests;

/// <summary>Each command of community-domain: its output, its exit code, and bad input reported as a list, never a stack trace.</summary>
public sealed class CliTests
{
    private static readonly string Files = Path.Combine(AppContext.BaseDirectory, "files");

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void ExportBuiltin_WritesTheBuiltInCatalog_WhichChecksClean()
    {
        var path = Path.Combine(Path.GetTempPath(), $"builtin-{Guid.NewGuid():N}.json");
        try
        {
            Run("export-builtin", "--output", path).Code.Should().Be(Cli.Success);
            var check = Run("check", path);

            check.Code.Should().Be(Cli.Success, check.Error);
            check.Output.Should().Contain("17 jurisdiction(s), 40 policy version(s); no problems");
            Run("export-builtin").Output.Should().Contain("\"format\": \"community-domain.catalog\"").And.Contain("仙桃市");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_ListsEveryProblemWithItsPath_AndExitsWithOne()
    {
        var (code, output, error) = Run("check", Path.Combine(Files, "broken", "bad.json"));

        code.Should().Be(Cli.Failure);
        output.Should().BeEmpty();
        error.Should().Contain("bad.json: $.format: is \"community-domain.cases\", a case document (golden cases); expected \"community-domain.catalog\"").And.NotContain("   at ");
    }

    [Fact]
    public void DeclaredKinds_OfACatalogDocument_RunTheirCases_AndExplain()
    {
        var catalog = Path.Combine(Files, "declared", "council.catalog.json");

        var tested = Run("test", Path.Combine(Files, "declared", "council.cases.json"), "--catalog", catalog);
        var explained = Run("explain", "--catalog", catalog, "--evaluation", "council.meeting", "--jurisdiction", "990000", "--date", "2026-01-01", "--input", """{"members":21,"present":13,"inFavour":8}""", "--lang", "zh");
        var checkedDocument = Run("check", catalog);

        tested.Error.Should().BeEmpty();
        tested.Output.Should().EndWith("8 passed, 0 failed" + Environment.NewLine);
        tested.Code.Should().Be(Cli.Success);
        explained.Output.Should().Contain("会议未达法定人数：到会比例为13/21（61.9%），规定不少于2/3。");
        checkedDocument.Output.Should().Contain("3 policy version(s); no problems");

        var folder = Path.Combine(Path.GetTempPath(), "declared-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("schema", "--output", folder, "--catalog", catalog).Code.Should().Be(Cli.Success);
            File.ReadAllText(Path.Combine(folder, "catalog.schema.json")).Should().Contain("\"council.meeting\"").And.Contain("declaredRule");
            File.ReadAllText(Path.Combine(folder, "cases.schema.json")).Should().Contain("\"council.notice\"");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Test_PrintsATableAndASummary_AndExitsWithOneOnAFailure()
    {
        var passing = Run("test", Path.Combine(Files, "province.json"), "--catalog", Path.Combine(Files, "catalog.json"));
        passing.Code.Should().Be(Cli.Success, passing.Output + passing.Error);
        passing.Output.Should().Contain("PASS  province.json: TP-COM-05 has no version before 2020").And.EndWith("2 passed, 0 failed" + Environment.NewLine);

        var failing = Run("test", Path.Combine(Files, "failing"));
        failing.Code.Should().Be(Cli.Failure);
        failing.Output.Should().Contain("FAIL  wrong.json: COM-01 at 5000 residents").And.Contain("band: expected 2, actual 1").And.Contain("落在第1档").And.Contain("0 passed, 1 failed");

        var broken = Run("test", Path.Combine(Files, "broken"));
        broken.Code.Should().Be(Cli.Failure);
        broken.Error.Should().Contain("bad.json: $.cases[0].evaluation: is \"committees.quotas\"");
    }

    [Fact]
    public void Explain_GivesTheResultAndTheExplanation_InTheLanguagesAsked()
    {
        var both = Run("explain", "--evaluation", "committees.quota", "--jurisdiction", "429004", "--date", "2016-06-30", "--input", "{\"population\":5000}");
        both.Code.Should().Be(Cli.Success, both.Error);
        both.Output.Should().Contain("\"BandIndex\": 0").And.Contain("falls in band 1 of 3").And.Contain("落在第1档");

        var chinese = Run("explain", "--evaluation", "subsidies.amount", "--kind", "subsidies.floor", "--jurisdiction", "350802", "--date", "2016-06-30", "--input", "{\"role\":\"Director\"}", "--lang", "zh");
        chinese.Code.Should().Be(Cli.Success, chinese.Error);
        chinese.Output.Should().Contain("855.00元").And.NotContain("Sources:");
    }

    [Theory]
    [InlineData(Cli.Usage, "explain", "--evaluation", "committees.quota", "--jurisdiction", "4290", "--date", "2016-06-30")]
    [InlineData(Cli.Usage, "explain", "--evaluation", "committees.quota", "--jurisdiction", "429004", "--date", "2016-02-30")]
    [InlineData(Cli.Usage, "explain", "--jurisdiction", "429004", "--date", "2016-06-30")]
    [InlineData(Cli.Usage, "explain", "--evaluation", "committees.quota", "--jurisdiction", "429004", "--date", "2016-06-30", "--lang", "fr")]
    [InlineData(Cli.Failure, "explain", "--evaluation", "committees.quota", "--jurisdiction", "429004", "--date", "2016-06-30", "--input", "{\"populaton\":1}")]
    [InlineData(Cli.Failure, "explain", "--evaluation", "committees.quotas", "--jurisdiction", "429004", "--date", "2016-06-30")]
    [InlineData(Cli.Failure, "explain", "--evaluation", "committees.quota", "--jurisdiction", "110000", "--date", "2016-06-30", "--input", "{\"population\":1}")]
    [InlineData(Cli.Failure, "explain", "--evaluation", "subsidies.amount", "--kind", "subsidies.floor", "--jurisdiction", "350802", "--date", "2016-06-30", "--input", "[1]")]
    [InlineData(Cli.Failure, "explain", "--evaluation", "subsidies.amount", "--kind", "subsidies.floor", "--jurisdiction", "350802", "--date", "2016-06-30", "--input", "{bad")]
    [InlineData(Cli.Failure, "explain", "--evaluation", "subsidies.amount", "--jurisdiction", "350802", "--date", "2016-06-30", "--input", "{bad")]
    [InlineData(Cli.Failure, "check", "no-such-file.json")]
    [InlineData(Cli.Failure, "test", "no-such-folder")]
    [InlineData(Cli.Usage, "nonsense")]
    [InlineData(Cli.Usage)]
    public void BadInput_IsReported_WithAnExitCode_AndNoStackTrace(int expected, params string[] args)
    {
        var (code, _, error) = Run(args);

        code.Should().Be(expected, error);
        error.Should().NotBeEmpty().And.NotContain("   at ");
    }

    [Fact]
    public void Diff_ComparesVersionsAndAnswers_ItemByItem()
    {
        var before = Path.Combine(Path.GetTempPath(), $"before-{Guid.NewGuid():N}.json");
        var after = Path.Combine(Path.GetTempPath(), $"after-{Guid.NewGuid():N}.json");
        try
        {
            Run("export-builtin", "--output", before);
            var reform = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(before))!;
            var office = reform["policies"]!.AsArray().Single(p => (string?)p!["kind"] == "funding.office-funds")!;
            office["policy"]!["annualBands"]!["bands"]![0]!["value"] = 12000;
            File.WriteAllText(after, reform.ToJsonString());

            var (code, output, error) = Run("diff", before, after);

            code.Should().Be(Cli.Success, error);
            output.Should().Contain("~ funding.office-funds 350000 from the start FUN-01")
                .And.Contain("version.policy.annualBands.bands[0].value: 10000 → 12000")
                .And.Contain("~ built-in: FUN-01 Fujian office funds, 5000 residents")
                .And.Contain("result.Annual: 10000.00 → 12000.00")
                .And.EndWith("1 policy version(s) added, removed or changed; 2 of 82 case(s) answer differently." + Environment.NewLine);
        }
        finally
        {
            File.Delete(before);
            File.Delete(after);
        }
    }

    [Fact]
    public void Indented_WritesChineseUnescaped() =>
        Cli.Indented("{\"a\":\"\\u4EF7\"}").Should().Be("{\n  \"a\": \"价\"\n}".Replace("\n", Environment.NewLine, StringComparison.Ordinal));

    private static readonly string UserModule = Path.Combine(AppContext.BaseDirectory, "Community.Domain.VolunteerHours.dll");

    private static readonly string UserCases = Path.Combine(AppContext.BaseDirectory, "volunteer-hours", "cases");

    private static readonly string UserCatalog = Path.Combine(AppContext.BaseDirectory, "volunteer-hours", "catalog", "hubei-volunteers.catalog.json");

    [Fact]
    public void Module_LoadedFromItsAssembly_RunsItsCases_OverItsBuiltInsAndAProvincesDocument()
    {
        var (code, output, error) = Run("test", UserCases, "--catalog", UserCatalog, "--module", UserModule);

        code.Should().Be(Cli.Success, output + error);
        output.Should().Contain("PASS  volunteer-hours.cases.json: VOL-HB-01 Hubei's own levels from 2027, 40 hours in all").And.MatchRegex(@"\d+ passed, 0 failed");
    }

    [Fact]
    public void Module_Explains_ChecksAndExports_ItsKind()
    {
        var explained = Run("explain", "--module", UserModule, "--evaluation", "volunteers.assessment", "--jurisdiction", "429004", "--date", "2026-06-30", "--input", """{"total":150,"thisYear":20}""");
        explained.Code.Should().Be(Cli.Success, explained.Error);
        explained.Output.Should().Contain("\"Level\": 2").And.Contain("level 2").And.Contain("2星级").And.Contain("VOL-01");

        Run("check", UserCatalog, "--module", UserModule).Output.Should().Contain("1 policy version(s); no problems");
        Run("export-builtin", "--module", UserModule).Output.Should().Contain("\"kind\": \"volunteers.hours\"").And.Contain("\"levelThresholds\"");
    }

    [Fact]
    public void Module_NotLoaded_LeavesItsKindAndEvaluation_Unknown()
    {
        Run("check", UserCatalog).Error.Should().Contain("$.policies[0].kind: is \"volunteers.hours\", a kind no registered module declares");
        Run("test", UserCases).Error.Should().Contain("$.cases[0].evaluation: is \"volunteers.assessment\"; expected one of");
    }

    [Fact]
    public void Module_ThatCannotBeLoaded_IsReported_WithExitCodeOne()
    {
        var missing = Run("check", UserCatalog, "--module", Path.Combine(Files, "no-such.dll"));
        missing.Code.Should().Be(Cli.Failure);
        missing.Error.Should().Contain("no-such.dll, which does not exist");

        var noModule = Run("check", UserCatalog, "--module", Path.Combine(AppContext.BaseDirectory, "FluentAssertions.dll"));
        noModule.Code.Should().Be(Cli.Failure);
        noModule.Error.Should().Contain("whose public types include no module");

        // The library's own assembly holds the built-in modules, which are registered already.
        var twice = Run("check", UserCatalog, "--module", Path.Combine(AppContext.BaseDirectory, "Community.Domain.dll"));
        twice.Code.Should().Be(Cli.Failure);
        twice.Error.Should().Contain("The module \"committees\" (Community.Domain.Committees.CommitteesModule) is registered twice");

        var notAnAssembly = Run("check", UserCatalog, "--module", UserCatalog);
        notAnAssembly.Code.Should().Be(Cli.Failure);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (code, output, _) = Run("--help");

        code.Should().Be(Cli.Success);
        output.Should().Contain("check").And.Contain("test").And.Contain("explain").And.Contain("export-builtin").And.Contain("diff");
        JsonDocument.Parse("{}").RootElement.ValueKind.Should().Be(JsonValueKind.Object);
    }

    private static string RepositoryFolder(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Community.Domain.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine([folder?.FullName ?? throw new DirectoryNotFoundException("The repository (Community.Domain.sln) is not above " + AppContext.BaseDirectory), .. parts]);
    }

    [Fact]
    public void Schema_Check_FindsDocsSchema_AsTheBuiltInModulesGiveIt()
    {
        var (code, output, error) = Run("schema", "--output", RepositoryFolder("docs", "schema"), "--check");

        code.Should().Be(Cli.Success, "docs/schema (both schemas and README.md, the reference) is generated: run `dotnet run --project src/Community.Domain.Tool -- schema --output docs/schema` after changing a codec or an evaluation. " + error);
        output.Should().Contain("agree with the 11 modules registered");
    }

    [Fact]
    public void Schema_WritesBothSchemasAndTheReference_WithAUsersModule_AndCheckFindsWhatDiffers()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}");
        try
        {
            var written = Run("schema", "--output", folder, "--module", UserModule);
            written.Code.Should().Be(Cli.Success, written.Error);
            written.Output.Should().Contain("12 modules, 42 kinds and 21 evaluations");
            File.ReadAllText(Path.Combine(folder, "catalog.schema.json")).Should().Contain("\"volunteers.hours\"");
            File.ReadAllText(Path.Combine(folder, "cases.schema.json")).Should().Contain("\"volunteers.assessment\"");
            var reference = File.ReadAllText(Path.Combine(folder, "README.md"));
            reference.Should().Contain("| [`volunteers.hours`](#kind-volunteershours) | `volunteers` |")
                .And.Contain("- `yearlyMinimum`: The fewest whole hours a year an active volunteer serves. (a whole number, at least 0)")
                .And.Contain("- `thisYear`: The whole hours served this year.");

            Run("schema", "--output", folder, "--check", "--module", UserModule).Code.Should().Be(Cli.Success);
            var stale = Run("schema", "--output", folder, "--check");
            stale.Code.Should().Be(Cli.Failure);
            stale.Error.Should().Contain("catalog.schema.json: differs from what the modules registered give").And.Contain("README.md: differs");
            stale.Output.Should().Contain("3 of 3 files differ.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Schema_WithoutAnOutputFolder_IsAUsageError() =>
        Run("schema").Code.Should().Be(Cli.Usage);
}
