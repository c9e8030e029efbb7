using Community.Domain.Documents;
using Community.Domain.Json;
using Community.Domain.Modules;

namespace Community.Domain.Cases;

/// <summary>The JSON Schema of golden case documents, assembled from the case evaluations of a module registry.</summary>
internal static class CaseSchema
{
    private static readonly DocumentSchema Phrases = DocumentSchema.OneOf(
        "A phrase, or a list of phrases, the explanation must contain.",
        DocumentSchema.Text("A phrase."),
        DocumentSchema.Array("Phrases, each of which the explanation must contain.", DocumentSchema.Text("A phrase.")));

    private static readonly DocumentSchema Expected = DocumentSchema.Object(
        "What the case must give: at least one of these, so that it can fail.",
        DocumentMember.Optional("ruleId", DocumentSchema.Text("The id of the rule the answer must come from, such as COM-01.")),
        DocumentMember.Optional("band", DocumentSchema.Integer("The band the answer must fall in, counted from 1 as explanations count.", minimum: 1)),
        DocumentMember.Optional("result", DocumentSchema.Value("Members of the result, in the library's JSON form of it: every member named must be there and equal (numbers as decimals, arrays item by item); members not named are not compared.")),
        DocumentMember.Optional("explanation", DocumentSchema.Object(
            "Phrases the explanation must contain.",
            DocumentMember.Optional("english", Phrases.Describe("What the English explanation must contain.")),
            DocumentMember.Optional("chinese", Phrases.Describe("What the Chinese explanation must contain.")))),
        DocumentMember.Optional("refusal", DocumentSchema.Text("A phrase the refusal must contain, for a case that must be refused.")))
        .WithMemberCount(1, null);

    /// <summary>Writes the schema.</summary>
    /// <param name="modules">The registry whose evaluations the cases name.</param>
    /// <returns>The JSON Schema.</returns>
    public static string Write(ModuleRegistry modules)
    {
        var evaluations = modules.Evaluations.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        var names = evaluations.Select(e => e.Name).ToArray();
        var goldenCase = DocumentSchema.Object(
            "One golden case: an evaluation of a place on a day with given inputs, and what it must give.",
            DocumentMember.Required("name", DocumentSchema.Text("The case's name, unique in the document.", minimumLength: 1)),
            DocumentMember.Required("evaluation", names.Length == 0 ? DocumentSchema.Text("The evaluation, as a registered module names it.") : DocumentSchema.Name("The evaluation, as a registered module names it.", names)),
            DocumentMember.Required("jurisdiction", DocumentSchema.Text("The division code of the place evaluated, such as \"429004\".", CatalogSchema.CodePattern)),
            DocumentMember.Required("date", DocumentSchema.Date("The day the place is evaluated on.")),
            DocumentMember.Optional("inputs", DocumentSchema.Value("What the evaluation reads; its members depend on the evaluation. None if left out.")),
            DocumentMember.Required("expected", Expected))
            .Selecting("evaluation", "inputs", evaluations.Select(e => new KeyValuePair<string, DocumentSchema>(e.Name, e.Inputs)))
            .DefineFormat("case");
        var root = DocumentSchema.Object(
            "A golden case document of Community.Domain. The library's reader is authoritative and reports every problem with its JSON path.",
            DocumentMember.Required("format", DocumentSchema.Const("The document's format.", "community-domain.cases")),
            DocumentMember.Required("formatVersion", DocumentSchema.Const("The format's version.", GoldenCaseDocument.FormatVersion)),
            DocumentMember.Required("cases", DocumentSchema.Array("The cases.", goldenCase)));
        return JsonSchemaWriting.Write("https://community-domain.github.io/schema/cases.schema.json", "Community.Domain golden case document, format version 1", root);
    }
}
