using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Ardalis.GuardClauses;
using Community.Domain.BuiltIn;
using Community.Domain.Declarations;
using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Json;

/// <summary>
/// A catalog document: jurisdictions and policy versions as JSON, read whole or not at all (see
/// docs/policies-as-data.md). The library does no I/O: the caller reads the file and passes its text.
/// </summary>
/// <remarks>
/// A document holds the kinds of the modules of a registry (<see cref="ModuleRegistry.Kinds"/>): the
/// library's own (<see cref="BuiltInModules.Registry"/>, by default) and any a user registers; each
/// kind's <c>policy</c> member is read and written by its module's codec.
/// </remarks>
public sealed class PolicyDocument
{
    /// <summary>The format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    private const string Format = "community-domain.catalog";

    private static readonly JsonSerializerOptions CitationOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<Citation> CitationInfo = new CommunityDomainJsonContext(CitationOptions).Citation;

    private PolicyDocument(ModuleRegistry modules, ImmutableArray<DeclaredKind> declarations, ImmutableArray<Jurisdiction> jurisdictions, ImmutableArray<PolicyVersion> versions)
    {
        Modules = modules;
        Declarations = declarations;
        Jurisdictions = jurisdictions;
        Versions = versions;
    }

    /// <summary>Gets the modules whose kinds the document holds and whose codecs read and write them: the registry it was read with and, when it declares kinds, a <see cref="DeclaredModule"/> for each group of them. Read later documents and golden cases with this registry to use the kinds it declares.</summary>
    public ModuleRegistry Modules { get; }

    /// <summary>Gets the kinds the document declares (its <c>kinds</c>), in order; empty when it declares none.</summary>
    public ImmutableArray<DeclaredKind> Declarations { get; }

    /// <summary>Gets the document's jurisdictions, in order.</summary>
    public ImmutableArray<Jurisdiction> Jurisdictions { get; }

    /// <summary>Gets the document's policy versions, in order.</summary>
    public ImmutableArray<PolicyVersion> Versions { get; }

    /// <summary>Gets the JSON Schema (draft 2020-12) of catalog documents holding the library's own modules.</summary>
    /// <returns>The schema, as text; the same modules always give the same text.</returns>
    public static string JsonSchema() => JsonSchema(BuiltIn.BuiltInModules.Registry);

    /// <summary>Gets the JSON Schema (draft 2020-12) of catalog documents holding the modules of a registry: the kinds of the modules registered, each with its policy's members; docs/schema/catalog.schema.json is this schema for the library's own modules. Every member has a description and every name lists its values.</summary>
    /// <param name="modules">The modules.</param>
    /// <returns>The schema, as text; the same modules always give the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Two modules define different schemas under one name (<see cref="Documents.DocumentSchema.Define"/>), or a schema refers to a name none defines.</exception>
    public static string JsonSchema(Modules.ModuleRegistry modules) => CatalogSchema.Write(Ardalis.GuardClauses.Guard.Against.NullArgument(modules));

    /// <summary>Reads a document.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static PolicyDocument Parse(string json) => Parse(json, BuiltInModules.Registry);

    /// <summary>Reads a document holding kinds of the modules of a registry.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="modules">The modules whose kinds the document may hold.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="modules"/> is null.</exception>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static PolicyDocument Parse(string json, ModuleRegistry modules) =>
        TryParse(Guard.Against.NullArgument(json), modules, out var document, out var problems) ? document : throw new DocumentException(problems);

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static PolicyDocument Parse(ReadOnlySpan<byte> utf8Json) => Parse(utf8Json, BuiltInModules.Registry);

    /// <summary>Reads a document from UTF-8 bytes, holding kinds of the modules of a registry.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="modules">The modules whose kinds the document may hold.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> is null.</exception>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static PolicyDocument Parse(ReadOnlySpan<byte> utf8Json, ModuleRegistry modules) =>
        TryParse(utf8Json, modules, out var document, out var problems) ? document : throw new DocumentException(problems);

    /// <summary>Tries to read a document.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, [NotNullWhen(true)] out PolicyDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        TryParse(json, BuiltInModules.Registry, out document, out problems);

    /// <summary>Tries to read a document holding kinds of the modules of a registry.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="modules">The modules whose kinds the document may hold.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="modules"/> is null.</exception>
    public static bool TryParse(string json, ModuleRegistry modules, [NotNullWhen(true)] out PolicyDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        DocumentReading.TryReadText(Guard.Against.NullArgument(json), (byte[] bytes, [NotNullWhen(true)] out PolicyDocument? read, out ImmutableArray<DocumentProblem> found) => TryParse(bytes, modules, out read, out found), out document, out problems);

    /// <summary>Tries to read a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out PolicyDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        TryParse(utf8Json, BuiltInModules.Registry, out document, out problems);

    /// <summary>Tries to read a document from UTF-8 bytes, holding kinds of the modules of a registry.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="modules">The modules whose kinds the document may hold.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> is null.</exception>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, ModuleRegistry modules, [NotNullWhen(true)] out PolicyDocument? document, out ImmutableArray<DocumentProblem> problems)
    {
        Guard.Against.NullArgument(modules);
        return DocumentReading.TryRead(utf8Json, Format, FormatVersion, ["format", "formatVersion", "kinds", "jurisdictions", "policies"], (root, found) => ReadDocument(modules, root, found), out document, out problems);
    }

    /// <summary>Makes a document of jurisdictions and versions, to write with <see cref="ToJson"/>.</summary>
    /// <param name="jurisdictions">The jurisdictions, in order.</param>
    /// <param name="versions">The versions, in order; each of a kind of a built-in module.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A version is of a kind no built-in module declares.</exception>
    public static PolicyDocument Create(IEnumerable<Jurisdiction> jurisdictions, IEnumerable<PolicyVersion> versions) =>
        Create(jurisdictions, versions, BuiltInModules.Registry);

    /// <summary>Makes a document of jurisdictions and versions of the kinds of the modules of a registry, to write with <see cref="ToJson"/>.</summary>
    /// <param name="jurisdictions">The jurisdictions, in order.</param>
    /// <param name="versions">The versions, in order; each of a kind a module of <paramref name="modules"/> declares.</param>
    /// <param name="modules">The modules whose codecs write the versions.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A version is of a kind no module of <paramref name="modules"/> declares.</exception>
    public static PolicyDocument Create(IEnumerable<Jurisdiction> jurisdictions, IEnumerable<PolicyVersion> versions, ModuleRegistry modules)
    {
        var places = Guard.Against.NoNullElements(jurisdictions);
        var given = Guard.Against.NoNullElements(versions);
        Guard.Against.NullArgument(modules);
        for (var i = 0; i < given.Length; i++)
        {
            if (modules.CodecOf(given[i].Kind) is null)
            {
                var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"versions[{i}]");
                throw new ArgumentException($"{name} is {given[i]}, of a kind no registered module declares; expected a version of {KnownKinds(modules)}.", name);
            }
        }

        return new PolicyDocument(modules, [.. given.OfType<PolicyVersion<DeclaredPolicy>>().Select(v => v.Policy.Kind).Distinct()], places, given);
    }

    /// <summary>Writes the document as JSON that <see cref="Parse(string)"/> reads back.</summary>
    /// <param name="indented">Whether to indent the JSON for reading and diffs.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) =>
        DocumentWriting.Write(Format, FormatVersion, indented, writer =>
        {
            if (!Declarations.IsEmpty)
            {
                writer.WriteStartArray("kinds");
                foreach (var kind in Declarations)
                {
                    DeclaredKindDocument.Write(writer, kind);
                }

                writer.WriteEndArray();
            }

            writer.WriteStartArray("jurisdictions");
            foreach (var jurisdiction in Jurisdictions)
            {
                writer.WriteStartObject();
                writer.WriteString("code", jurisdiction.Code.ToString());
                if (jurisdiction.Parent is { } parent)
                {
                    writer.WriteString("parent", parent.ToString());
                }

                writer.WriteString("chineseName", jurisdiction.ChineseName);
                writer.WriteString("englishName", jurisdiction.EnglishName);
                writer.WriteString("level", jurisdiction.Level.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("policies");
            foreach (var version in Versions)
            {
                WriteVersion(writer, version);
            }

            writer.WriteEndArray();
        });

    /// <summary>Adds the document's jurisdictions and versions to a builder; the builder checks them with the rest when it builds.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public PolicyCatalogBuilder AddTo(PolicyCatalogBuilder builder)
    {
        Guard.Against.NullArgument(builder);
        foreach (var jurisdiction in Jurisdictions)
        {
            builder.AddJurisdiction(jurisdiction);
        }

        return builder.AddRange(Versions);
    }

    /// <summary>
    /// Lays the document over a builder: adds the document's jurisdictions the builder does not hold yet
    /// (a jurisdiction with a code the builder holds is the builder's), and replaces the builder's versions
    /// of every kind and jurisdiction the document defines by the document's. This is how a reform or a
    /// province's own rules extend and override the built-in catalog, and how a document exported from a
    /// catalog lays over that catalog without duplicates.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public PolicyCatalogBuilder OverlayOn(PolicyCatalogBuilder builder)
    {
        Guard.Against.NullArgument(builder);
        builder.IncludeJurisdictions(Jurisdictions);
        foreach (var (kind, jurisdiction) in Versions.Select(v => (v.Kind, v.Jurisdiction)).Distinct())
        {
            builder.RemoveVersions(kind, jurisdiction);
        }

        return builder.AddRange(Versions);
    }

    private static string KnownKinds(ModuleRegistry modules) =>
        modules.Kinds.IsEmpty ? "no kind (the registry has no module)" : string.Join(", ", modules.Kinds.Select(k => k.Name));

    private void WriteVersion(Utf8JsonWriter writer, PolicyVersion version)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", version.Kind.Name);
        writer.WriteString("jurisdiction", version.Jurisdiction.ToString());
        if (version.Period.Start is { } start)
        {
            writer.WriteString("start", start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (version.Period.EndExclusive is { } end)
        {
            writer.WriteString("endExclusive", end.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteString("ruleId", version.RuleId.Value);
        writer.WriteString("status", version.Status.ToString());
        writer.WriteStartArray("citations");
        foreach (var citation in version.Citations)
        {
            JsonSerializer.Serialize(writer, citation, CitationInfo);
        }

        writer.WriteEndArray();
        if (!version.Notes.IsEmpty)
        {
            writer.WriteStartArray("notes");
            foreach (var note in version.Notes)
            {
                writer.WriteStartObject();
                writer.WriteString("english", note.English);
                writer.WriteString("chinese", note.Chinese);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("policy");
        Modules.CodecOf(version.Kind)!.Write(writer, version);
        writer.WriteEndObject();
    }

    private static PolicyDocument ReadDocument(ModuleRegistry modules, DocumentNode root, List<DocumentProblem> found)
    {
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var declarations = ReadDeclarations(root, found, refused, ref modules);
        var jurisdictions = new List<Jurisdiction>();
        var versions = new List<PolicyVersion>();
        DocumentReading.Collect(found, () =>
        {
            var places = new Dictionary<JurisdictionCode, string>();
            foreach (var item in root.Optional("jurisdictions")?.Items() ?? [])
            {
                DocumentReading.Collect(
                    found,
                    () =>
                    {
                        var jurisdiction = ReadJurisdiction(item);
                        if (!places.TryAdd(jurisdiction.Code, item.Path))
                        {
                            throw new DocumentNodeException(item.Path + ".code", DocumentProblemKind.Duplicate, $"is \"{jurisdiction.Code}\", a jurisdiction {places[jurisdiction.Code]} gives already; each jurisdiction is given once.");
                        }

                        jurisdictions.Add(jurisdiction);
                    },
                    item.Path);
            }
        });
        var read = new Dictionary<(string Kind, JurisdictionCode Jurisdiction), List<(PolicyVersion Version, string Path)>>();
        DocumentReading.Collect(found, () =>
        {
            foreach (var item in root.Optional("policies")?.Items() ?? [])
            {
                DocumentReading.Collect(
                    found,
                    () =>
                    {
                        if (item.Element.ValueKind == System.Text.Json.JsonValueKind.Object && item.Element.TryGetProperty("kind", out var kindName) && kindName.ValueKind == System.Text.Json.JsonValueKind.String && refused.Contains(kindName.GetString()!))
                        {
                            return;
                        }

                        if (ReadVersion(modules, item, found) is { } version)
                        {
                            var place = (version.Kind.Name, version.Jurisdiction);
                            var same = read.TryGetValue(place, out var earlier) ? earlier : read[place] = [];
                            Overlapping(version, item.Path, same, found);
                            versions.Add(version);
                            same.Add((version, item.Path));
                        }
                    },
                    item.Path);
            }
        });
        return new PolicyDocument(modules, declarations, [.. jurisdictions], [.. versions]);
    }

    /// <summary>Reads the kinds the document declares and extends the registry with a module for each group of them, so that the document's versions may be of them.</summary>
    /// <param name="root">The document.</param>
    /// <param name="found">The problems found so far.</param>
    /// <param name="refused">Gets the names of the kinds declared with problems, whose versions are not read (their problem is the declaration's).</param>
    /// <param name="modules">The registry, extended when the kinds are declared.</param>
    private static ImmutableArray<DeclaredKind> ReadDeclarations(DocumentNode root, List<DocumentProblem> found, HashSet<string> refused, ref ModuleRegistry modules)
    {
        DocumentNode? kinds = null;
        DocumentReading.Collect(found, () => kinds = root.Optional("kinds"));
        if (kinds is not { } given)
        {
            return [];
        }

        var declared = new List<(DeclaredKind Kind, string Path)>();
        var before = found.Count;
        DocumentReading.Collect(found, () =>
        {
            foreach (var item in given.Items())
            {
                DocumentReading.Collect(
                    found,
                    () =>
                    {
                        if (DeclaredKindDocument.Read(item, found) is not { } kind)
                        {
                            if (item.Element.ValueKind == System.Text.Json.JsonValueKind.Object && item.Element.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String)
                            {
                                refused.Add(name.GetString()!);
                            }

                            return;
                        }

                        if (declared.Find(d => d.Kind.Name == kind.Name) is { Path: { } earlier })
                        {
                            throw new DocumentNodeException(item.Path + ".name", DocumentProblemKind.Duplicate, $"is \"{kind.Name}\", a kind {earlier} declares already; each kind is declared once.");
                        }

                        declared.Add((kind, item.Path));
                    },
                    item.Path);
            }
        });
        if (found.Count > before || declared.Count == 0)
        {
            // The registry is not extended when a declaration has problems, so no version of the document's kinds is read.
            refused.UnionWith(declared.Select(d => d.Kind.Name));
            return [.. declared.Select(d => d.Kind)];
        }

        var groups = declared.GroupBy(d => d.Kind.Group, StringComparer.Ordinal).ToList();
        var added = new List<DomainModule>();
        foreach (var group in groups)
        {
            try
            {
                added.Add(new DeclaredModule(group.Key, group.Select(d => d.Kind)));
            }
            catch (ArgumentException refusal)
            {
                found.Add(new DocumentProblem(DocumentProblemKind.InvalidValue, group.First().Path + ".name", $"is \"{group.First().Kind.Name}\", whose group \"{group.Key}\" is not a module name: {DocumentNode.Reason(refusal)}"));
            }
        }

        if (found.Count > before)
        {
            refused.UnionWith(declared.Select(d => d.Kind.Name));
            return [.. declared.Select(d => d.Kind)];
        }

        if (ModuleRegistry.TryCreate([.. modules.Modules, .. added], out var extended, out var problems))
        {
            modules = extended;
        }
        else
        {
            refused.UnionWith(declared.Select(d => d.Kind.Name));
            foreach (var problem in problems)
            {
                var at = declared.Find(d => problem.Message.Contains($"\"{d.Kind.Name}\"", StringComparison.Ordinal) || problem.Message.Contains($"\"{d.Kind.Group}\"", StringComparison.Ordinal)).Path is { } kind ? kind + ".name" : given.Path;
                found.Add(new DocumentProblem(problem.Kind, at, problem.Message));
            }
        }

        return [.. declared.Select(d => d.Kind)];
    }

    /// <summary>Reports a version in force on a day an earlier version of the document, of its kind and place, is: the catalog would refuse the pair, so the document says so in the same pass as its other problems.</summary>
    /// <param name="version">The version read.</param>
    /// <param name="path">Its path.</param>
    /// <param name="read">The document's earlier versions of the same kind and place.</param>
    /// <param name="found">The problems found so far.</param>
    private static void Overlapping(PolicyVersion version, string path, List<(PolicyVersion Version, string Path)> read, List<DocumentProblem> found)
    {
        foreach (var (earlier, at) in read)
        {
            if (earlier.Period.Overlaps(version.Period))
            {
                found.Add(new DocumentProblem(
                    DefinitionProblemKind.OverlappingVersions,
                    path + (version.Period.Start is null ? string.Empty : ".start"),
                    $"is in force {version.Period}, on days the version {at} ({earlier.RuleId}, {earlier.Period}) of \"{version.Kind.Name}\" at {version.Jurisdiction} is too; expected one version in force on any day, each ending (endExclusive) where the next starts."));
            }
        }
    }

    private static Jurisdiction ReadJurisdiction(DocumentNode item)
    {
        item.OnlyMembers("code", "parent", "chineseName", "englishName", "level");
        var code = Code(item.Required("code"));
        var level = item.Required("level").Name<JurisdictionLevel>();
        var chinese = item.Required("chineseName").Text();
        var english = item.Required("englishName").Text();
        var parent = item.Optional("parent") is { } given ? Code(given) : (JurisdictionCode?)null;
        return (level, parent) switch
        {
            (JurisdictionLevel.Nation, null) => Jurisdiction.Nation(code, chinese, english),
            (JurisdictionLevel.Province, null) => Jurisdiction.Province(code, chinese, english),
            (_, { } above) => Jurisdiction.Below(above, code, chinese, english, level),
            _ => throw new DocumentNodeException(item.Path, DocumentProblemKind.Missing, $"gives no \"parent\"; a {level} lies below another jurisdiction."),
        };
    }

    private static PolicyVersion? ReadVersion(ModuleRegistry modules, DocumentNode item, List<DocumentProblem> found)
    {
        var before = found.Count;
        item.OnlyMembers("kind", "jurisdiction", "start", "endExclusive", "ruleId", "status", "citations", "notes", "policy");
        var kindNode = item.Required("kind");
        var kind = kindNode.Text();
        var codec = modules.CodecOf(kind)
            ?? throw new DocumentNodeException(kindNode.Path, DocumentProblemKind.UnknownName, $"is \"{kind}\", a kind no registered module declares; expected one of {KnownKinds(modules)}.");
        var jurisdiction = Code(item.Required("jurisdiction"));
        var start = item.Optional("start") is { } from ? from.Date() : (NodaTime.LocalDate?)null;
        var end = item.Optional("endExclusive") is { } until ? until.Date() : (NodaTime.LocalDate?)null;
        var period = start is { } first ? EffectivePeriod.From(first) : EffectivePeriod.Always;
        period = end is { } last ? period.EndingBefore(last) : period;
        var ruleNode = item.Required("ruleId");
        var ruleId = RuleId.TryOf(ruleNode.Text(), out var id) ? id : throw new DocumentNodeException(ruleNode.Path, $"is \"{ruleNode.Text()}\"; expected a rule id such as \"COM-01\".");
        var status = item.Optional("status")?.Name<PolicyStatus>() ?? PolicyStatus.InForce;
        var citations = ImmutableArray.CreateBuilder<Citation>();
        foreach (var citation in item.Optional("citations")?.Items() ?? [])
        {
            DocumentReading.Collect(found, () => citations.Add(ReadCitation(citation)), citation.Path);
        }

        var notes = (item.Optional("notes")?.Items() ?? []).Select(ReadNote).ToImmutableArray();
        var policyNode = item.Required("policy");
        object policy;
        try
        {
            policy = codec.Read(policyNode);
        }
        catch (ArgumentException refused)
        {
            // A factory's refusal names its parameter, which is the member of the same name.
            throw policyNode.Refused(refused);
        }
        catch (PolicyDefinitionException refused)
        {
            // Each problem names the factory's argument at fault, which is the member of (nearly) the same name.
            throw new DocumentNodeException(policyNode, refused);
        }

        return found.Count > before ? null : codec.Version(jurisdiction, period, policy, ruleId, citations.ToImmutable(), status, notes);
    }

    private static Citation ReadCitation(DocumentNode item)
    {
        item.OnlyMembers("title", "issuer", "jurisdiction", "date", "number", "section", "englishTitle", "englishIssuer", "remark", "chineseRemark", "englishJurisdiction", "coversFrom", "coversUntil");
        SourceDate? date = item.Optional("date") is { } given
            ? SourceDateJsonConverter.TryParse(given.Text(), out var day) ? day : throw new DocumentNodeException(given.Path, $"is \"{given.Text()}\"; expected {SourceDateJsonConverter.Expected}.")
            : null;
        var remark = item.Optional("remark")?.Text();
        if (item.Optional("chineseRemark") is { } chineseRemark && remark is null)
        {
            throw new DocumentNodeException(chineseRemark.Path, DocumentProblemKind.Missing, "is given without \"remark\"; a citation's note in Chinese goes with its note in English.");
        }

        var citation = Made(item, () => Citation.Create(
            item.Required("title").Text(),
            item.Required("issuer").Text(),
            item.Required("jurisdiction").Text(),
            date,
            item.Optional("number")?.Text(),
            item.Optional("section")?.Text(),
            item.Optional("englishTitle")?.Text(),
            item.Optional("englishIssuer")?.Text(),
            remark));
        citation = item.Optional("chineseRemark") is { } chinese ? Made(item, () => citation.WithRemark(remark!, chinese.Text()), ("english", "remark"), ("chinese", "chineseRemark")) : citation;
        citation = item.Optional("englishJurisdiction") is { } english ? Made(item, () => citation.WithEnglishJurisdiction(english.Text()), ("english", "englishJurisdiction")) : citation;
        var from = item.Optional("coversFrom")?.Date();
        var until = item.Optional("coversUntil")?.Date();
        return from is { } first
            ? Made(item, () => citation.WithCoverage(first, until), ("until", "coversUntil"), ("from", "coversFrom"))
            : until is null ? citation : throw new DocumentNodeException(item.Path + ".coversUntil", DocumentProblemKind.Missing, "is given without \"coversFrom\"; a source's coverage starts on a day.");
    }

    /// <summary>Makes a value through the C# API's factory, placing its refusal at the member its parameter names (renamed where the member's name differs).</summary>
    private static T Made<T>(DocumentNode item, Func<T> make, params (string Parameter, string Member)[] renamed)
    {
        try
        {
            return make();
        }
        catch (ArgumentException refused)
        {
            var member = refused.ParamName is { } name ? renamed.FirstOrDefault(r => r.Parameter == name).Member ?? name : null;
            var message = DocumentNode.Reason(refused);
            foreach (var (parameter, other) in renamed)
            {
                // The other parameters the sentence names are members too: "before from (…)" reads "before \"coversFrom\" (…)".
                message = parameter == refused.ParamName ? message : System.Text.RegularExpressions.Regex.Replace(message, $@"\b{parameter}\b", $"\"{other}\"", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }

            throw new DocumentNodeException(member is not null && item.Optional(member) is not null ? item.Path + "." + member : item.Path, message);
        }
    }

    private static SourceNote ReadNote(DocumentNode item)
    {
        item.OnlyMembers("english", "chinese");
        try
        {
            return SourceNote.Of(item.Required("english").Text(), item.Required("chinese").Text());
        }
        catch (ArgumentException refused)
        {
            throw item.Refused(refused);
        }
    }

    private static JurisdictionCode Code(DocumentNode node) =>
        JurisdictionCode.TryParse(node.Text(), out var code) ? code : throw new DocumentNodeException(node.Path, $"is \"{node.Text()}\"; expected a division code of six or nine digits, such as \"350802\".");
}
