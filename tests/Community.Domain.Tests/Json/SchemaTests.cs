using System.Text.Json.Nodes;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Json;
using Json.Schema;
using Samples.VolunteerHours;

namespace Community.Domain.Tests.Json;

/// <summary>
/// The published JSON Schemas (docs/schema/) are what the registered modules give, member for member;
/// they accept every document the library writes and the built-in cases, and refuse what the reader
/// refuses for structure; a user's module adds its own part.
/// </summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> Catalog = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("docs", "schema", "catalog.schema.json"))));

    private static readonly Lazy<JsonSchema> Cases = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("docs", "schema", "cases.schema.json"))));

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).Take(10));

    private static EvaluationResults Validate(JsonSchema schema, string json) =>
        schema.Evaluate(JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip }), new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static TheoryData<string> PublishedSchemas() => ["catalog.schema.json", "cases.schema.json"];

    [Theory]
    [MemberData(nameof(PublishedSchemas))]
    public void ThePublishedSchema_IsWhatTheRegisteredModulesGive(string file)
    {
        var generated = file == "catalog.schema.json" ? PolicyDocument.JsonSchema() : GoldenCaseDocument.JsonSchema();
        var published = File.ReadAllText(RepositoryPaths.Of("docs", "schema", file)).ReplaceLineEndings("\n");

        published.Should().Be(generated, "docs/schema is generated from the modules: run `dotnet run --project src/Community.Domain.Tool -- schema --output docs/schema` after changing a codec, an evaluation or a reader");
    }

    [Theory]
    [MemberData(nameof(PublishedSchemas))]
    public void EveryMemberOfThePublishedSchema_HasADescription_AndEveryNameListsItsValues(string file)
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Of("docs", "schema", file)))!;
        var undescribed = new List<string>();
        var properties = 0;
        Walk(schema, "$");

        properties.Should().BeGreaterThan(file == "catalog.schema.json" ? 300 : 80);
        undescribed.Should().BeEmpty();

        void Walk(JsonNode? node, string path)
        {
            if (node is JsonObject members)
            {
                if (members["properties"] is JsonObject named)
                {
                    foreach (var (name, member) in named)
                    {
                        properties++;
                        if (member is not JsonObject { } described || described["description"] is not JsonValue text || string.IsNullOrWhiteSpace(text.GetValue<string>()))
                        {
                            undescribed.Add($"{path}.properties.{name}");
                        }

                        if (member?["enum"] is JsonArray values && values.Count == 0)
                        {
                            undescribed.Add($"{path}.properties.{name}: an enum without values");
                        }
                    }
                }

                foreach (var (name, member) in members.Where(m => m.Key != "if"))
                {
                    Walk(member, $"{path}.{name}"); // an if names the member whose value selects, not a member
                }
            }
            else if (node is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    Walk(items[i], $"{path}[{i}]");
                }
            }
        }
    }

    [Fact]
    public void TheCatalogSchema_ListsEveryLevelTheReaderTakes_AndNoOther()
    {
        var level = JsonNode.Parse(PolicyDocument.JsonSchema())!["properties"]!["jurisdictions"]!["items"]!["properties"]!["level"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());

        level.Should().BeEquivalentTo(Enum.GetNames<Domain.Jurisdictions.JurisdictionLevel>());
        level.Should().NotContain("Township", "the reader refuses it");
    }

    [Fact]
    public void AUsersModule_AddsItsKindAndEvaluationToTheSchemas_WhichAcceptItsDocuments()
    {
        var registry = BuiltInModules.Registry.With(new VolunteerHoursModule());
        var catalogSchema = JsonSchema.FromText(PolicyDocument.JsonSchema(registry));
        var casesSchema = JsonSchema.FromText(GoldenCaseDocument.JsonSchema(registry));
        var catalog = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "volunteer-hours", "catalog", "hubei-volunteers.catalog.json"));
        var cases = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "volunteer-hours", "cases", "volunteer-hours.cases.json"));

        PolicyDocument.JsonSchema(registry).Should().Contain("\"volunteers.hours\"").And.Contain("The volunteer service hours that earn each star level");
        GoldenCaseDocument.JsonSchema(registry).Should().Contain("\"volunteers.assessment\"").And.Contain("The whole hours served this year.");
        PolicyDocument.JsonSchema().Should().NotContain("volunteers.hours");
        Validate(catalogSchema, catalog).IsValid.Should().BeTrue(Errors(Validate(catalogSchema, catalog)));
        Validate(casesSchema, cases).IsValid.Should().BeTrue(Errors(Validate(casesSchema, cases)));
        Validate(Catalog.Value, catalog).IsValid.Should().BeFalse("the library's own schema knows no volunteer hours");
        Validate(catalogSchema, catalog.Replace("\"yearlyMinimum\"", "\"yearlyMinimun\"", StringComparison.Ordinal)).IsValid.Should().BeFalse();
        PolicyDocument.TryParse(catalog.Replace("\"yearlyMinimum\"", "\"yearlyMinimun\"", StringComparison.Ordinal), registry, out _, out _).Should().BeFalse("the schema and the reader agree on this document");
    }

    [Fact]
    public void TheSchemas_OfARegistryWithoutModules_HoldOnlyTheFormats()
    {
        var catalog = JsonNode.Parse(PolicyDocument.JsonSchema(Domain.Modules.ModuleRegistry.Empty))!;
        var cases = JsonNode.Parse(GoldenCaseDocument.JsonSchema(Domain.Modules.ModuleRegistry.Empty))!;

        catalog["$defs"]!["version"]!["properties"]!["kind"]!["type"]!.GetValue<string>().Should().Be("string");
        catalog["$defs"]!.AsObject().Select(d => d.Key).Should().NotContain(k => k.StartsWith("policy.", StringComparison.Ordinal));
        cases["$defs"]!["case"]!["properties"]!["evaluation"]!["type"]!.GetValue<string>().Should().Be("string");
        FluentActions.Invoking(() => PolicyDocument.JsonSchema(null!)).Should().Throw<ArgumentNullException>().WithParameterName("modules");
        FluentActions.Invoking(() => GoldenCaseDocument.JsonSchema(null!)).Should().Throw<ArgumentNullException>().WithParameterName("modules");
    }

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

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryMemberTheReaderTakes_InEveryForm_IsAMemberOfItsKindsSchema(string form)
    {
        var document = JsonNode.Parse(PolicyDocumentFormTests.Json(form))!;
        var version = document["policies"]![0]!;
        version["policy"]!["zzUnknown"] = 1;
        var kind = version["kind"]!.GetValue<string>();
        var schema = BuiltInModules.Registry.CodecOf(kind)!.Schema;
        var named = (schema.Alternatives.IsEmpty ? [schema] : schema.Alternatives.ToArray()).SelectMany(s => s.Members).Select(m => m.Name).ToHashSet();

        PolicyDocument.TryParse(document.ToJsonString(), out _, out var problems).Should().BeFalse();
        var refusal = problems.Should().ContainSingle(p => p.Path == "$.policies[0].policy.zzUnknown").Which.Message;
        var taken = refusal[(refusal.IndexOf("expected ", StringComparison.Ordinal) + "expected ".Length)..].TrimEnd('.').Split(", ");

        taken.Should().NotBeEmpty().And.OnlyContain(name => named.Contains(name), $"the schema of {kind} names every member its reader takes ({refusal})");
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
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"staffing.grid-staff","jurisdiction":"429004","ruleId":"X-01","policy":{"unit":"Residents","exactly":{"fixed":1},"minimum":{"fixed":1}}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"grids.size","jurisdiction":"429004","ruleId":"X-01","policy":{"householdsPerGrid":300,"managersPerGrid":1,"minimumHouseholds":200}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"premises.standard","jurisdiction":"429004","ruleId":"X-01","policy":{"floorArea":{"fixed":100,"perUnits":{"unit":"Households","perStep":20,"stepUnits":100,"minimum":300}}}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"scale.community","jurisdiction":"429004","ruleId":"X-01","policy":{"unit":"Households"}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"wages.minimum","jurisdiction":"429004","ruleId":"X-01","policy":{"monthly":900,"annual":10800}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"policies":[{"kind":"committees.term","jurisdiction":"429004","ruleId":"x-01","policy":{"years":5}}]}""")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[{"code":"990000","chineseName":"测试省","englishName":"Test","level":"Township"}]}""")]
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
    [InlineData("""{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"subsidies.amount","jurisdiction":"429004","date":"2016-06-30","inputs":{"kind":"subsidies.floors","role":"Director"},"expected":{"ruleId":"SUB-01"}}]}""")]
    [InlineData("""{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"subsidies.amount","jurisdiction":"429004","date":"2016-06-30","inputs":{"kind":"subsidies.floor","role":"Mayor"},"expected":{"ruleId":"SUB-01"}}]}""")]
    [InlineData("""{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"committees.recommendation","jurisdiction":"429004","date":"2016-06-30","inputs":{"termStart":"2016","termEnd":"2018-12-31"},"expected":{"ruleId":"COM-01"}}]}""")]
    public void ACaseDocumentTheReaderRefusesForItsStructure_IsInvalid(string json)
    {
        Validate(Cases.Value, json).IsValid.Should().BeFalse();
        Domain.Cases.GoldenCaseDocument.TryParse(json, out _, out _).Should().BeFalse("the schema and the reader agree on this document");
    }
}
