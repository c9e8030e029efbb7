using System.Text;
using Community.Domain.Documents;
using Community.Domain.Json;
using Community.Domain.Policies;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Every problem of a document has a kind a caller can act on, and is placed at the member at fault:
/// one document per kind of <see cref="DocumentProblemKind"/>, and definition problems placed at the
/// member their argument names rather than at the version that holds them.
/// </summary>
public sealed class DocumentProblemKindTests
{
    private const string Rooms = """{"kind":"committees.office-rooms","jurisdiction":"420000","ruleId":"X-1","policy":{"maximumOfficeRooms":1}}""";

    public static TheoryData<DocumentProblemKind, string, string> Examples() => new()
    {
        { DocumentProblemKind.Encoding, "\uFFFF", "$" },
        { DocumentProblemKind.Empty, "  ", "$" },
        { DocumentProblemKind.Malformed, "{\"format\":", "$" },
        { DocumentProblemKind.WrongDocument, Catalog(Rooms).Replace("community-domain.catalog", "community-domain.cases", StringComparison.Ordinal), "$.format" },
        { DocumentProblemKind.Duplicate, Catalog(Rooms).Replace("\"formatVersion\":1", "\"formatVersion\":1,\"formatVersion\":1", StringComparison.Ordinal), "$.formatVersion" },
        { DocumentProblemKind.UnknownMember, Catalog(Rooms.Replace("\"maximumOfficeRooms\":1", "\"maximumOfficeRooms\":1,\"rooms\":2", StringComparison.Ordinal)), "$.policies[0].policy.rooms" },
        { DocumentProblemKind.NotApplying, Catalog("""{"kind":"funding.office-funds","jurisdiction":"420000","ruleId":"X-1","policy":{"basis":"PerCommunity","annual":100,"annualMinimum":50}}"""), "$.policies[0].policy.annualMinimum" },
        { DocumentProblemKind.Missing, Catalog(Rooms.Replace("\"maximumOfficeRooms\":1", string.Empty, StringComparison.Ordinal)), "$.policies[0].policy" },
        { DocumentProblemKind.WrongType, Catalog(Rooms.Replace("\"maximumOfficeRooms\":1", "\"maximumOfficeRooms\":\"one\"", StringComparison.Ordinal)), "$.policies[0].policy.maximumOfficeRooms" },
        { DocumentProblemKind.UnknownName, Catalog(Rooms.Replace("\"ruleId\":\"X-1\"", "\"ruleId\":\"X-1\",\"status\":\"Enforced\"", StringComparison.Ordinal)), "$.policies[0].status" },
        { DocumentProblemKind.InvalidValue, Catalog(Rooms.Replace("\"ruleId\":\"X-1\"", "\"ruleId\":\"X-1\",\"start\":\"2020-13-01\"", StringComparison.Ordinal)), "$.policies[0].start" },
        { DocumentProblemKind.Blank, Catalog("""{"kind":"funding.work-funds","jurisdiction":"420000","ruleId":"X-1","policy":{"basis":"PerCommunity","annual":100,"sourceText":"  "}}"""), "$.policies[0].policy.sourceText" },
        { DocumentProblemKind.Definition, Catalog(Rooms.Replace("\"maximumOfficeRooms\":1", "\"maximumOfficeRooms\":0", StringComparison.Ordinal)), "$.policies[0].policy.maximumOfficeRooms" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachKindOfProblem_IsReportedWithItsKind_AtThePathAtFault(DocumentProblemKind kind, string json, string path)
    {
        var bytes = json == "\uFFFF" ? [0x7B, 0xFF, 0x7D] : Encoding.UTF8.GetBytes(json);

        PolicyDocument.TryParse(bytes, out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle(string.Join("\n", problems)).Which.Should().Match<DocumentProblem>(p => p.Kind == kind && p.Path == path);
    }

    [Fact]
    public void EveryKind_HasAnExample()
    {
        Examples().Select(row => row.Data.Item1).Should().BeEquivalentTo(Enum.GetValues<DocumentProblemKind>());
    }

    [Fact]
    public void ErrorsMd_ListsEveryKindOfDocumentProblem()
    {
        var errors = File.ReadAllText(RepositoryPaths.Of("docs", "errors.md"));

        Enum.GetValues<DocumentProblemKind>().Where(kind => !errors.Contains($"| `{kind}` |", StringComparison.Ordinal)).Should().BeEmpty("docs/errors.md lists each kind of document problem with its code");
    }

    [Fact]
    public void ADefinitionProblem_KeepsItsOwnKind_AndLosesTheArgumentsNameThatLedIt()
    {
        PolicyDocument.TryParse(Catalog(Rooms.Replace("\"maximumOfficeRooms\":1", "\"maximumOfficeRooms\":0", StringComparison.Ordinal)), out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Should().Match<DocumentProblem>(p => p.DefinitionKind == DefinitionProblemKind.InvalidValue && p.Message == "is 0; expected 1 or more.");
    }

    [Fact]
    public void TwoVersionsOfOneKindAndPlace_InForceOnACommonDay_AreAProblemOfTheDocument_AtTheSecondsStart()
    {
        var later = Rooms.Replace("\"ruleId\":\"X-1\"", "\"ruleId\":\"X-2\",\"start\":\"2020-01-01\"", StringComparison.Ordinal);

        PolicyDocument.TryParse(Catalog(Rooms + "," + later), out _, out var problems).Should().BeFalse();

        var problem = problems.Should().ContainSingle().Which;
        problem.Should().Match<DocumentProblem>(p => p.Path == "$.policies[1].start" && p.DefinitionKind == DefinitionProblemKind.OverlappingVersions);
        problem.Message.Should().Contain("$.policies[0]").And.Contain("X-1");
    }

    [Fact]
    public void VersionsOfOneKindAndPlace_OneEndingWhereTheNextStarts_AreNoProblem()
    {
        var earlier = Rooms.Replace("\"ruleId\":\"X-1\"", "\"ruleId\":\"X-1\",\"endExclusive\":\"2020-01-01\"", StringComparison.Ordinal);
        var later = Rooms.Replace("\"ruleId\":\"X-1\"", "\"ruleId\":\"X-2\",\"start\":\"2020-01-01\"", StringComparison.Ordinal);

        PolicyDocument.TryParse(Catalog(earlier + "," + later), out _, out var problems).Should().BeTrue(string.Join("\n", problems));
    }

    [Theory]
    [InlineData("""{"kind":"grids.size","jurisdiction":"420000","ruleId":"X-1","policy":{"minimumHouseholds":300,"maximumHouseholds":200,"minimumManagersPerGrid":1}}""", "$.policies[0].policy.maximumHouseholds")]
    [InlineData("""{"kind":"funding.office-funds","jurisdiction":"420000","ruleId":"X-1","policy":{"basis":"PerCommunity","annualBands":{"bands":[{"upper":{"value":5000,"inclusive":false},"value":100},{"lower":{"value":5000,"inclusive":true},"value":-1}]}}}""", "$.policies[0].policy.annualBands.bands[1]")]
    [InlineData("""{"kind":"funding.office-funds","jurisdiction":"420000","ruleId":"X-1","policy":{"basis":"PerCommunity","annualBands":{"bands":[{"upper":{"value":5000,"inclusive":false},"value":100},{"lower":{"value":6000,"inclusive":true},"value":200}]}}}""", "$.policies[0].policy.annualBands.bands")]
    [InlineData("""{"kind":"committees.quota","jurisdiction":"420000","ruleId":"X-1","policy":{"overall":{"min":5,"max":7},"bands":{"bands":[{"value":{"total":{"min":3,"max":3}}}]}}}""", "$.policies[0].policy.bands.bands[0]")]
    [InlineData("""{"kind":"premises.in-lieu-payment","jurisdiction":"420000","ruleId":"X-1","policy":{"minimumSharePercent":0,"maximumSharePercent":5}}""", "$.policies[0].policy.minimumSharePercent")]
    public void ADefinitionProblem_IsPlacedAtTheMemberItsArgumentNames(string version, string path)
    {
        PolicyDocument.TryParse(Catalog(version), out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle(string.Join("\n", problems)).Which.Should().Match<DocumentProblem>(p => p.Path == path && p.Kind == DocumentProblemKind.Definition);
    }

    [Fact]
    public void ACitationsCoverageEndingBeforeItStarts_IsToldInTheDocumentsTerms()
    {
        var cited = Rooms.Replace("\"ruleId\":\"X-1\"", "\"ruleId\":\"X-1\",\"citations\":[{\"title\":\"t\",\"issuer\":\"i\",\"jurisdiction\":\"j\",\"coversFrom\":\"2010-01-01\",\"coversUntil\":\"2009-12-31\"}]", StringComparison.Ordinal);

        PolicyDocument.TryParse(Catalog(cited), out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.ToString().Should().Be("$.policies[0].citations[0].coversUntil: is 2009-12-31; it must not be before \"coversFrom\" (2010-01-01).");
    }

    private static string Catalog(string policies) => $$"""{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[],"policies":[{{policies}}]}""";
}
