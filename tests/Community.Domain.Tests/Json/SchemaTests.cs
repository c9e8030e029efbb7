using System.Text.Json.Nodes;
using Community.Domain.BuiltIn;
using Community.Domain.Json;
using Json.Schema;

namespace Community.Domain.Tests.Json;

/// <summary>The published JSON Schemas (docs/schema/) accept every document the library writes and the built-in cases, and refuse what the reader refuses for structure.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> Catalog = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("docs", "schema", "catalog.schema.json"))));

    private static readonly Lazy<JsonSchema> Cases = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("docs", "schema", "cases.schema.json"))));

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).Take(10));

    private static EvaluationResults Validate(JsonSchema schema, string json) =>
        schema.Evaluate(JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip }), new EvaluationOptions { OutputFormat = OutputFormat.List });

    [Fact]
    public void TheBuiltInCatalogsDocument_IsValid()
    {
        var results = Validate(Catalog.Value, PolicyDocument.Create(BuiltInCatalog.Instance.Jurisdictions, BuiltInCatalog.Instance.Versions).ToJson());

        results.IsValid.Should().BeTrue(Errors(results));
    }

    public static TheoryData<string> Forms() => PolicyDocumentFormTests.Forms();

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryFormTheCodecsWrite_IsValid(string form)
    {
        var results = Validate(Catalog.Value, PolicyDocumentFormTests.Json(form));

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void TheTestProvincesDocument_AndTheBuiltInCases_AreValid()
    {
        var province = Validate(Catalog.Value, PolicyDocumentTests.TestProvince);
        var cases = Validate(Cases.Value, BuiltInGoldenCases.Json);

        province.IsValid.Should().BeTrue(Errors(province));
        cases.IsValid.Should().BeTrue(Errors(cases));
    }

    [Theory]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":2}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"committees.sizes","jurisdiction":"429004","ruleId":"X-01","policy":{}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"committees.size","jurisdiction":"429004","ruleId":"X-01","policy":{"minimum":5,"maximun":9}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"committees.quota","jurisdiction":"4290","ruleId":"X-01","policy":{"overall":{"min":5,"max":7}}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"funding.work-funds","jurisdiction":"429004","ruleId":"X-01","policy":{"basis":"PerHousehold","annual":1}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"staffing.grid-staff","jurisdiction":"429004","ruleId":"X-01","policy":{"unit":"Residents","exactly":{"fixed":1,"perUnits":{"units":3}}}}]}""")]
    public void ACatalogDocumentTheReaderRefusesForItsStructure_IsInvalid(string json)
    {
        Validate(Catalog.Value, json).IsValid.Should().BeFalse();
        PolicyDocument.TryParse(json, out _, out _).Should().BeFalse("the schema and the reader agree on this document");
    }

    [Theory]
    [InlineData("""{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"committees.quotas","jurisdiction":"429004","date":"2016-06-30","expected":{"ruleId":"COM-01"}}]}""")]
    [InlineData("""{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"populaton":1},"expected":{"ruleId":"COM-01"}}]}""")]
    [InlineData("""{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{}}]}""")]
    [InlineData("""{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{"band":0}}]}""")]
    public void ACaseDocumentTheReaderRefusesForItsStructure_IsInvalid(string json)
    {
        Validate(Cases.Value, json).IsValid.Should().BeFalse();
        Domain.Cases.GoldenCaseDocument.TryParse(json, out _, out _).Should().BeFalse("the schema and the reader agree on this document");
    }
}
