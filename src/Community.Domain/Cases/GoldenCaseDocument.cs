using System.Globalization;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Ardalis.GuardClauses;
using Community.Domain.BuiltIn;
using Community.Domain.Documents;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Cases;

/// <summary>
/// A document of golden cases (<c>"format": "community-domain.cases"</c>, format version 1): each case
/// names an evaluation, a place, a day, inputs and what the answer must be. Read whole or not at all;
/// every problem comes back at once with its JSON path. The library does no I/O: the caller reads the
/// file and passes its text. See docs/policies-as-data.md.
/// </summary>
public sealed class GoldenCaseDocument
{
    /// <summary>The format name a case document declares.</summary>
    public const string Format = "community-domain.cases";

    /// <summary>The format version this library reads.</summary>
    public const int FormatVersion = 1;

    // The inputs of a case that gives none: an empty object, which an evaluation that needs inputs refuses by name.
    private static readonly JsonElement NoInputs = JsonDocument.Parse("{}").RootElement.Clone();

    private GoldenCaseDocument(ImmutableArray<GoldenCase> cases) => Cases = cases;

    /// <summary>Gets the cases, in order.</summary>
    public ImmutableArray<GoldenCase> Cases { get; }

    /// <summary>Gets the JSON Schema (draft 2020-12) of golden case documents holding the library's own modules.</summary>
    /// <returns>The schema, as text; the same modules always give the same text.</returns>
    public static string JsonSchema() => JsonSchema(BuiltIn.BuiltInModules.Registry);

    /// <summary>Gets the JSON Schema (draft 2020-12) of golden case documents holding the modules of a registry: the evaluations of the modules registered, each with its inputs; docs/schema/cases.schema.json is this schema for the library's own modules. Every member has a description and every name lists its values.</summary>
    /// <param name="modules">The modules.</param>
    /// <returns>The schema, as text; the same modules always give the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Two modules define different schemas under one name (<see cref="Documents.DocumentSchema.Define"/>), or a schema refers to a name none defines.</exception>
    public static string JsonSchema(Modules.ModuleRegistry modules) => CaseSchema.Write(Ardalis.GuardClauses.Guard.Against.NullArgument(modules));

    /// <summary>Reads a case document.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static GoldenCaseDocument Parse(string json) => Parse(json, BuiltInModules.Registry);

    /// <summary>Reads a case document whose cases name evaluations of the modules of a registry.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="modules">The modules whose evaluations the cases may name.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="modules"/> is null.</exception>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static GoldenCaseDocument Parse(string json, ModuleRegistry modules) =>
        TryParse(Guard.Against.NullArgument(json), modules, out var document, out var problems) ? document : throw new DocumentException(problems);

    /// <summary>Reads a case document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static GoldenCaseDocument Parse(ReadOnlySpan<byte> utf8Json) => Parse(utf8Json, BuiltInModules.Registry);

    /// <summary>Reads a case document from UTF-8 bytes, whose cases name evaluations of the modules of a registry.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="modules">The modules whose evaluations the cases may name.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> is null.</exception>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static GoldenCaseDocument Parse(ReadOnlySpan<byte> utf8Json, ModuleRegistry modules) =>
        TryParse(utf8Json, modules, out var document, out var problems) ? document : throw new DocumentException(problems);

    /// <summary>Tries to read a case document.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, [NotNullWhen(true)] out GoldenCaseDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        TryParse(json, BuiltInModules.Registry, out document, out problems);

    /// <summary>Tries to read a case document whose cases name evaluations of the modules of a registry.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="modules">The modules whose evaluations the cases may name.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="modules"/> is null.</exception>
    public static bool TryParse(string json, ModuleRegistry modules, [NotNullWhen(true)] out GoldenCaseDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        DocumentReading.TryReadText(Guard.Against.NullArgument(json), (byte[] bytes, [NotNullWhen(true)] out GoldenCaseDocument? read, out ImmutableArray<DocumentProblem> found) => TryParse(bytes, modules, out read, out found), out document, out problems);

    /// <summary>Tries to read a case document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out GoldenCaseDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        TryParse(utf8Json, BuiltInModules.Registry, out document, out problems);

    /// <summary>Tries to read a case document from UTF-8 bytes, whose cases name evaluations of the modules of a registry.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="modules">The modules whose evaluations the cases may name.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> is null.</exception>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, ModuleRegistry modules, [NotNullWhen(true)] out GoldenCaseDocument? document, out ImmutableArray<DocumentProblem> problems)
    {
        Guard.Against.NullArgument(modules);
        return DocumentReading.TryRead(utf8Json, Format, FormatVersion, ["format", "formatVersion", "cases"], (root, found) => ReadDocument(modules, root, found), out document, out problems);
    }

    /// <summary>Evaluates once, as a case would, without expectations: an evaluation named as in a case document, with its inputs as a case gives them.</summary>
    /// <param name="catalog">The catalog to evaluate against.</param>
    /// <param name="evaluation">The evaluation, one of the built-in modules' (<see cref="ModuleRegistry.Evaluations"/>).</param>
    /// <param name="jurisdiction">The jurisdiction evaluated.</param>
    /// <param name="date">The day evaluated.</param>
    /// <param name="inputsJson">The inputs, a JSON object such as <c>{"population": 5000}</c>.</param>
    /// <returns>The result in JSON and its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="evaluation"/> or <paramref name="inputsJson"/> is null.</exception>
    /// <exception cref="DocumentException">The evaluation is not a built-in module's, or the inputs have problems; every one is listed with its path (<c>$.inputs.population</c>).</exception>
    /// <exception cref="PolicyNotInForceException">No version the evaluation needs is in force for the place on the day.</exception>
    /// <exception cref="ArgumentException">The policy in force cannot take the inputs (a quota counted in households asked with a population, for one).</exception>
    public static CaseAnswer Evaluate(PolicyCatalog catalog, string evaluation, JurisdictionCode jurisdiction, NodaTime.LocalDate date, string inputsJson) =>
        Evaluate(catalog, evaluation, jurisdiction, date, inputsJson, BuiltInModules.Registry);

    /// <summary>Evaluates once, as a case would, without expectations: an evaluation of a module of a registry, with its inputs as a case gives them.</summary>
    /// <param name="catalog">The catalog to evaluate against.</param>
    /// <param name="evaluation">The evaluation, one of <see cref="ModuleRegistry.Evaluations"/> of <paramref name="modules"/>.</param>
    /// <param name="jurisdiction">The jurisdiction evaluated.</param>
    /// <param name="date">The day evaluated.</param>
    /// <param name="inputsJson">The inputs, a JSON object such as <c>{"population": 5000}</c>.</param>
    /// <param name="modules">The modules whose evaluations may be named.</param>
    /// <returns>The result in JSON and its explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="evaluation"/>, <paramref name="inputsJson"/> or <paramref name="modules"/> is null.</exception>
    /// <exception cref="DocumentException">The evaluation is not one of the registry's, or the inputs have problems; every one is listed with its path (<c>$.inputs.population</c>).</exception>
    /// <exception cref="PolicyNotInForceException">No version the evaluation needs is in force for the place on the day.</exception>
    /// <exception cref="ArgumentException">The policy in force cannot take the inputs (a quota counted in households asked with a population, for one).</exception>
    public static CaseAnswer Evaluate(PolicyCatalog catalog, string evaluation, JurisdictionCode jurisdiction, NodaTime.LocalDate date, string inputsJson, ModuleRegistry modules)
    {
        Guard.Against.NullArgument(catalog);
        Guard.Against.NullArgument(modules);
        Guard.Against.NullArgument(evaluation);
        Guard.Against.NullArgument(inputsJson);
        var problems = new List<DocumentProblem>();
        Func<PolicyCatalog, CaseOutcome>? evaluate = null;
        var bytes = DocumentReading.Utf8(inputsJson, problems);
        using (var parsed = bytes is null ? null : DocumentReading.Open(bytes, problems))
        {
            if (parsed is not null && problems.Count == 0)
            {
                DocumentReading.Collect(problems, () =>
                {
                    var known = modules.EvaluationOf(evaluation)
                        ?? throw new DocumentNodeException("$.evaluation", DocumentProblemKind.UnknownName, $"is \"{evaluation}\"; expected one of {KnownEvaluations(modules)}.");
                    var inputs = new DocumentNode(parsed.RootElement, "$.inputs");
                    inputs.OnlyMembers(known.InputNames);
                    evaluate = known.Prepare(inputs, jurisdiction, date);
                });
            }
        }

        if (evaluate is null)
        {
            throw new DocumentException(problems);
        }

        var outcome = evaluate(catalog);
        return new CaseAnswer(outcome.Result.GetRawText(), outcome.Explanation);
    }

    /// <summary>Writes the document in its format, indented, Chinese unescaped: the cases read back from it are the same cases and write the same JSON.</summary>
    /// <param name="indented">Whether to indent, as by default.</param>
    /// <returns>The JSON.</returns>
    public string ToJson(bool indented = true) =>
        DocumentWriting.Write(Format, FormatVersion, indented, writer =>
        {
            writer.WriteStartArray("cases");
            foreach (var goldenCase in Cases)
            {
                WriteCase(writer, goldenCase);
            }

            writer.WriteEndArray();
        });

    /// <summary>Runs every case against a catalog.</summary>
    /// <param name="catalog">The catalog to evaluate against.</param>
    /// <returns>The outcome of each case, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ImmutableArray<GoldenCaseResult> Run(PolicyCatalog catalog)
    {
        Guard.Against.NullArgument(catalog);
        return [.. Cases.Select(c => c.Run(catalog))];
    }

    private static string KnownEvaluations(ModuleRegistry modules) =>
        modules.Evaluations.IsEmpty ? "no evaluation (the registry has no module)" : string.Join(", ", modules.Evaluations.Select(e => e.Name));

    private static GoldenCaseDocument ReadDocument(ModuleRegistry modules, DocumentNode root, List<DocumentProblem> found)
    {
        var cases = new List<GoldenCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        DocumentReading.Collect(found, () =>
        {
            foreach (var item in root.Required("cases").Items())
            {
                DocumentReading.Collect(found, () =>
                {
                    var read = ReadCase(modules, item);
                    cases.Add(names.Add(read.Name) ? read : throw new DocumentNodeException(item.Path + ".name", DocumentProblemKind.Duplicate, $"is \"{read.Name}\", the name of an earlier case; expected each case to have its own name."));
                }, item.Path);
            }
        });
        return new GoldenCaseDocument([.. cases]);
    }

    private static GoldenCase ReadCase(ModuleRegistry modules, DocumentNode item)
    {
        item.OnlyMembers("name", "evaluation", "jurisdiction", "date", "inputs", "expected");
        var name = item.Required("name").Text();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DocumentNodeException(item.Path + ".name", DocumentProblemKind.Blank, "is blank; expected a name that says what the case pins.");
        }

        var evaluationNode = item.Required("evaluation");
        var evaluation = modules.EvaluationOf(evaluationNode.Text())
            ?? throw new DocumentNodeException(evaluationNode.Path, DocumentProblemKind.UnknownName, $"is \"{evaluationNode.Text()}\"; expected one of {KnownEvaluations(modules)}.");
        var jurisdictionNode = item.Required("jurisdiction");
        var jurisdiction = JurisdictionCode.TryParse(jurisdictionNode.Text(), out var code)
            ? code
            : throw new DocumentNodeException(jurisdictionNode.Path, $"is \"{jurisdictionNode.Text()}\"; expected a division code of six or nine digits, such as \"429004\".");
        var date = item.Required("date").Date();
        var inputs = item.Optional("inputs") ?? new DocumentNode(NoInputs, item.Path + ".inputs");
        inputs.OnlyMembers(evaluation.InputNames);
        var evaluate = evaluation.Prepare(inputs, jurisdiction, date);
        var expected = item.Required("expected");
        expected.OnlyMembers("ruleId", "band", "result", "explanation", "refusal");
        var rule = expected.Optional("ruleId") is { } ruleNode
            ? RuleId.TryOf(ruleNode.Text(), out var id) ? id : throw new DocumentNodeException(ruleNode.Path, $"is \"{ruleNode.Text()}\"; expected a rule id such as \"COM-01\".")
            : (RuleId?)null;
        var band = expected.Optional("band") is { } bandNode ? Band(bandNode) : (int?)null;
        var result = expected.Optional("result") is { } resultNode
            ? resultNode.Element.ValueKind == JsonValueKind.Object ? Members(resultNode.Element, evaluation.ResultInfo, resultNode.Path).Clone() : throw new DocumentNodeException(resultNode.Path, DocumentProblemKind.WrongType, "is not an object; expected the members of the result to compare, as the library writes the result.")
            : (JsonElement?)null;
        var english = ImmutableArray<string>.Empty;
        var chinese = ImmutableArray<string>.Empty;
        if (expected.Optional("explanation") is { } explanation)
        {
            explanation.OnlyMembers("english", "chinese");
            english = Phrases(explanation.Optional("english"));
            chinese = Phrases(explanation.Optional("chinese"));
        }

        var refusal = expected.Optional("refusal")?.Text();
        if (refusal is not null && (rule is not null || band is not null || result is not null || !english.IsEmpty || !chinese.IsEmpty))
        {
            throw new DocumentNodeException(expected.Path + ".refusal", DocumentProblemKind.NotApplying, "is given with expectations of an answer; expected either a refusal or an answer.");
        }

        if (refusal is null && rule is null && band is null && result is null && english.IsEmpty && chinese.IsEmpty)
        {
            throw new DocumentNodeException(expected.Path, DocumentProblemKind.Missing, "expects nothing; expected at least one of \"ruleId\", \"band\", \"result\", \"explanation\" and \"refusal\", so that the case can fail.");
        }

        return new GoldenCase(name, item.Path, evaluation.Name, jurisdiction, date, inputs.Element.Clone(), evaluate, rule, band, result, english, chinese, refusal);
    }

    private static void WriteCase(Utf8JsonWriter writer, GoldenCase goldenCase)
    {
        writer.WriteStartObject();
        writer.WriteString("name", goldenCase.Name);
        writer.WriteString("evaluation", goldenCase.Evaluation);
        writer.WriteString("jurisdiction", goldenCase.Jurisdiction.ToString());
        writer.WriteString("date", NodaTime.Text.LocalDatePattern.Iso.Format(goldenCase.Date));
        writer.WritePropertyName("inputs");
        goldenCase.Inputs.WriteTo(writer);
        writer.WriteStartObject("expected");
        if (goldenCase.ExpectedRuleId is { } rule)
        {
            writer.WriteString("ruleId", rule.ToString());
        }

        if (goldenCase.ExpectedBand is { } band)
        {
            writer.WriteNumber("band", band);
        }

        if (goldenCase.ExpectedResult is { } result)
        {
            writer.WritePropertyName("result");
            result.WriteTo(writer);
        }

        if (!goldenCase.ExpectedEnglish.IsEmpty || !goldenCase.ExpectedChinese.IsEmpty)
        {
            writer.WriteStartObject("explanation");
            WritePhrases(writer, "english", goldenCase.ExpectedEnglish);
            WritePhrases(writer, "chinese", goldenCase.ExpectedChinese);
            writer.WriteEndObject();
        }

        if (goldenCase.ExpectedRefusal is { } refusal)
        {
            writer.WriteString("refusal", refusal);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // One phrase is written as a text, more as a list, as they are usually given.
    private static void WritePhrases(Utf8JsonWriter writer, string name, ImmutableArray<string> phrases)
    {
        if (phrases.Length == 1)
        {
            writer.WriteString(name, phrases[0]);
        }
        else if (phrases.Length > 1)
        {
            writer.WriteStartArray(name);
            foreach (var phrase in phrases)
            {
                writer.WriteStringValue(phrase);
            }

            writer.WriteEndArray();
        }
    }


    /// <summary>Checks an expected result against the result's JSON metadata: every member it names is a member of the result (or of the value inside it), so that a misspelt member is refused when the case is read, not found missing when it runs.</summary>
    /// <param name="expected">The expected result, or a value inside it.</param>
    /// <param name="info">The metadata of the value.</param>
    /// <param name="path">Its path.</param>
    /// <returns><paramref name="expected"/>.</returns>
    private static JsonElement Members(JsonElement expected, System.Text.Json.Serialization.Metadata.JsonTypeInfo info, string path)
    {
        var type = Nullable.GetUnderlyingType(info.Type) is { } underlying ? info.Options.GetTypeInfo(underlying) : info;
        switch (type.Kind)
        {
            case System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object when expected.ValueKind == JsonValueKind.Object && type.PolymorphismOptions is null:
                foreach (var member in expected.EnumerateObject())
                {
                    var property = type.Properties.FirstOrDefault(p => p.Name == member.Name)
                        ?? throw new DocumentNodeException(path + "." + member.Name, DocumentProblemKind.UnknownName, $"is not a member of {type.Type.Name}; expected one of {string.Join(", ", type.Properties.Select(p => p.Name))}.");
                    Members(member.Value, info.Options.GetTypeInfo(property.PropertyType), path + "." + member.Name);
                }

                break;
            case System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable when expected.ValueKind == JsonValueKind.Array && type.ElementType is { } element:
                var index = 0;
                foreach (var item in expected.EnumerateArray())
                {
                    Members(item, info.Options.GetTypeInfo(element), string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"));
                }

                break;
        }

        return expected;
    }
    private static int Band(DocumentNode node)
    {
        var number = node.Int32();
        return number >= 1 ? number : throw new DocumentNodeException(node.Path, $"is {number}; expected a band number from 1, as explanations count them.");
    }

    private static ImmutableArray<string> Phrases(DocumentNode? node) => node switch
    {
        null => [],
        { Element.ValueKind: JsonValueKind.String } text => [text.Text()],
        { } list => list.Items() is { Count: > 0 } items
            ? [.. items.Select(item => item.Text())]
            : throw new DocumentNodeException(list.Path, "is an empty list; expected a phrase or a list of them (leave the member out to expect none)."),
    };
}
