using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Json;

/// <summary>The JSON Schema of catalog documents, assembled from the codecs of a module registry.</summary>
internal static class CatalogSchema
{
    /// <summary>The pattern of a division code: six or nine digits.</summary>
    internal const string CodePattern = @"^\d{6}(\d{3})?$";

    private static readonly DocumentSchema Code = DocumentSchema.Text("A division code of six or nine digits (GB/T 2260, and the nine-digit codes of streets and towns), such as \"429004\".", CodePattern);

    private static readonly DocumentSchema Jurisdiction = DocumentSchema.Object(
        "A jurisdiction the catalog adds to the national division table.",
        DocumentMember.Required("code", Code.Describe("The jurisdiction's division code; it must agree with its parent's.")),
        DocumentMember.Optional("parent", Code.Describe("The code of the jurisdiction above it; required below the provinces.")),
        DocumentMember.Required("chineseName", DocumentSchema.Text("Its name in Chinese.")),
        DocumentMember.Required("englishName", DocumentSchema.Text("Its name in English, such as Xiantao.")),
        DocumentMember.Required("level", DocumentSchema.Name<JurisdictionLevel>("Its level in the division table.")));

    private static readonly DocumentSchema Citation = DocumentSchema.Object(
        "A source the rule comes from, cited by the issuing document's title, issuer, jurisdiction and date.",
        DocumentMember.Required("title", DocumentSchema.Text("The document's title, in Chinese as issued.")),
        DocumentMember.Required("issuer", DocumentSchema.Text("Who issued it, in Chinese.")),
        DocumentMember.Required("jurisdiction", DocumentSchema.Text("Where it applies, in Chinese.")),
        DocumentMember.Optional("date", DocumentSchema.Text("When it was issued, at the precision the source gives: \"2018\", \"2018-12\" or \"2018-12-05\".").OrNull()),
        DocumentMember.Optional("number", DocumentSchema.Text("Its document number.").OrNull()),
        DocumentMember.Optional("section", DocumentSchema.Text("The section cited.").OrNull()),
        DocumentMember.Optional("englishTitle", DocumentSchema.Text("The title in English.").OrNull()),
        DocumentMember.Optional("englishIssuer", DocumentSchema.Text("The issuer in English.").OrNull()),
        DocumentMember.Optional("remark", DocumentSchema.Text("A remark on how the source is cited, in English.").OrNull()),
        DocumentMember.Optional("chineseRemark", DocumentSchema.Text("The remark in Chinese.").OrNull()),
        DocumentMember.Optional("englishJurisdiction", DocumentSchema.Text("The jurisdiction in English.").OrNull()),
        DocumentMember.Optional("coversFrom", DocumentSchema.Date("The first day of the period the source covers, where it reports on a period.").OrNull()),
        DocumentMember.Optional("coversUntil", DocumentSchema.Date("The last day of the period the source covers.").OrNull()));

    private static readonly DocumentSchema Note = DocumentSchema.Object(
        "A note on how the rule stands in its sources.",
        DocumentMember.Required("english", DocumentSchema.Text("The note in English.")),
        DocumentMember.Required("chinese", DocumentSchema.Text("The note in Chinese.")));

    /// <summary>Writes the schema.</summary>
    /// <param name="modules">The registry whose kinds the documents hold.</param>
    /// <returns>The JSON Schema.</returns>
    public static string Write(ModuleRegistry modules)
    {
        var cases = new List<KeyValuePair<string, DocumentSchema>>();
        var defined = new List<(string Body, DocumentSchema Schema)>();
        foreach (var kind in modules.Kinds.OrderBy(k => k.Name, StringComparer.Ordinal))
        {
            var codec = modules.CodecOf(kind)!;
            var body = JsonSchemaWriting.Body(codec.Schema);
            var same = defined.FindIndex(d => d.Body == body);
            if (same < 0)
            {
                defined.Add((body, codec.Schema.DefinitionName is null ? codec.Schema.DefineFormat("policy." + kind.Name) : codec.Schema));
                same = defined.Count - 1;
            }

            cases.Add(new(kind.Name, defined[same].Schema.Describe($"The policy of a version of {kind.Name}, read by the codec the module \"{modules.ModuleOf(kind.Name)!.Name}\" registers.")));
        }

        var kinds = cases.Select(c => c.Key).ToArray();
        var version = DocumentSchema.Object(
            "A policy version: the kind of rule, where and when it is in force, its rule id, its sources and the policy itself.",
            DocumentMember.Required("kind", kinds.Length == 0 ? DocumentSchema.Text("The policy kind, as a registered module declares it.") : DocumentSchema.Name("The policy kind, as a registered module declares it (the kinds a document declares are in the schema the tool writes for it: community-domain schema --catalog).", kinds)),
            DocumentMember.Required("jurisdiction", Code.Describe("The code of the jurisdiction the version is defined at; it is inherited by the jurisdictions below it.")),
            DocumentMember.Optional("start", DocumentSchema.Date("The first day it is in force; open at the start if left out or null.").OrNull()),
            DocumentMember.Optional("endExclusive", DocumentSchema.Date("The day it is no longer in force; open at the end if left out or null.").OrNull()),
            DocumentMember.Required("ruleId", DocumentSchema.Text("The rule's id, such as COM-01.", RuleIdPattern)),
            DocumentMember.Optional("status", DocumentSchema.Name<PolicyStatus>("InForce, or Proposed where the source only recommends the rule; InForce if left out.")),
            DocumentMember.Optional("citations", DocumentSchema.Array("The sources the rule comes from.", Citation)),
            DocumentMember.Optional("notes", DocumentSchema.Array("Notes on how the rule stands in its sources.", Note)),
            DocumentMember.Required("policy", DocumentSchema.Value("The policy; its members depend on the kind.")))
            .Selecting("kind", "policy", cases)
            .DefineFormat("version");
        var root = DocumentSchema.Object(
            "A catalog document of Community.Domain: jurisdictions and policy versions. The library's reader is authoritative: it also checks what a schema cannot (codes against their parents, band tables without gaps, each policy's own rules) and reports every problem with its JSON path.",
            DocumentMember.Required("format", DocumentSchema.Const("The document's format.", "community-domain.catalog")),
            DocumentMember.Required("formatVersion", DocumentSchema.Const("The format's version.", PolicyDocument.FormatVersion)),
            DocumentMember.Optional("kinds", DocumentSchema.Array("Kinds of rule the library does not know, declared as data; the document's versions, and later documents' and golden cases, may be of them.", Declarations.DeclaredKindDocument.Schema)),
            DocumentMember.Optional("jurisdictions", DocumentSchema.Array("The jurisdictions the document adds, such as a province's streets.", Jurisdiction)),
            DocumentMember.Optional("policies", DocumentSchema.Array("The policy versions.", version)));
        return JsonSchemaWriting.Write("https://community-domain.github.io/schema/catalog.schema.json", "Community.Domain catalog document, format version 1", root);
    }

    /// <summary>The pattern <see cref="Sources.RuleId"/> takes: upper-case letters and digits in two or more groups joined by hyphens, starting with a letter.</summary>
    private const string RuleIdPattern = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$";
}
