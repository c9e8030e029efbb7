using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Documents;
using Community.Domain.Json;
using Json.Schema;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Nothing a document says is lost: every member of every object of the built-in catalog, of every
/// form each codec writes, of the test province and of the built-in cases, duplicated or misspelt in
/// turn, is a problem at (or inside) the object that holds it; dropped, it is a problem wherever the
/// published schema calls it required, so that reader and schema agree on what must be given.
/// </summary>
public sealed class DocumentMutationTests
{
    private static readonly Lazy<JsonSchema> CatalogSchema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("docs", "schema", "catalog.schema.json"))));

    private static readonly Lazy<JsonSchema> CasesSchema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("docs", "schema", "cases.schema.json"))));

    private static readonly MutationKind[] Kinds = [MutationKind.Drop, MutationKind.Duplicate, MutationKind.Misspell, MutationKind.Extend];

    public static TheoryData<string> CatalogDocuments()
    {
        var data = new TheoryData<string> { "built-in catalog", "test province", "declared kinds" };
        foreach (var form in PolicyDocumentFormTests.Forms())
        {
            data.Add("form: " + form.Data);
        }

        return data;
    }

    /// <summary>The documents to change: the built-in catalog is split into one document of its jurisdictions and one per version, so that each change reads a small document.</summary>
    private static IEnumerable<string> Catalog(string name) => name switch
    {
        "built-in catalog" => [
            PolicyDocument.Create(BuiltInCatalog.Instance.Jurisdictions, []).ToJson(),
            .. BuiltInCatalog.Instance.Versions.Select(v => PolicyDocument.Create([], [v]).ToJson())],
        "test province" => [PolicyDocumentTests.TestProvince],
        "declared kinds" => [File.ReadAllText(RepositoryPaths.Of("docs", "declared", "council.catalog.json")), Declarations.DeclaredDocumentTests.EveryFormDocument()],
        _ => [PolicyDocumentFormTests.Json(name["form: ".Length..])],
    };

    [Theory]
    [MemberData(nameof(CatalogDocuments))]
    public void EveryMemberOfACatalog_DuplicatedMisspeltOrDroppedWhereRequired_IsAProblemInItsObject(string name)
    {
        // A document declaring kinds is checked against the schema of its own registry (community-domain schema --catalog).
        var failures = Catalog(name).SelectMany(json => Check(
            json,
            json => (PolicyDocument.TryParse(json, out _, out var problems), problems),
            name == "declared kinds" ? JsonSchema.FromText(PolicyDocument.JsonSchema(PolicyDocument.Parse(json).Modules)) : CatalogSchema.Value)).ToList();

        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public void EveryMemberOfTheBuiltInCases_DuplicatedMisspeltOrDroppedWhereRequired_IsAProblemInItsObject()
    {
        var cases = JsonNode.Parse(BuiltInGoldenCases.Json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!["cases"]!.AsArray();
        var documents = cases.Select(c => new JsonObject { ["format"] = "community-domain.cases", ["formatVersion"] = 1, ["cases"] = new JsonArray(c!.DeepClone()) }.ToJsonString());

        var failures = documents.SelectMany(json => Check(json, json => (GoldenCaseDocument.TryParse(json, out _, out var problems), problems), CasesSchema.Value)).ToList();

        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    private static List<string> Check(string json, Func<string, (bool Read, ImmutableArray<DocumentProblem> Problems)> read, JsonSchema schema)
    {
        read(json).Read.Should().BeTrue("the unchanged document reads");
        var failures = new List<string>();
        foreach (var mutation in JsonMutations.Of(json, Kinds))
        {
            var (wasRead, problems) = read(mutation.Json);
            if (mutation.Kind == MutationKind.Drop)
            {
                if (wasRead && !schema.Evaluate(JsonNode.Parse(mutation.Json), new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
                {
                    failures.Add($"{mutation}: the schema requires it, the reader read the document without it");
                }

                continue;
            }

            if (wasRead)
            {
                failures.Add($"{mutation}: read without a problem");
            }
            else if (!problems.Any(p => Within(p.Path, mutation.Path)))
            {
                failures.Add($"{mutation}: no problem in {mutation.Path}, only {string.Join("; ", problems.Take(3))}");
            }
        }

        return failures;
    }

    private static bool Within(string path, string holder) =>
        path == holder || path.StartsWith(holder + ".", StringComparison.Ordinal) || path.StartsWith(holder + "[", StringComparison.Ordinal);
}
