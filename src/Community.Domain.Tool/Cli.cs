using System.Collections.Immutable;
using System.CommandLine;
using System.Text.Json;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Documents;
using Community.Domain.Explanations;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;
using Community.Domain.Policies;
using NodaTime.Text;

namespace Community.Domain.Tool;

/// <summary>The <c>community-domain</c> command line: check, test, explain, export-builtin, diff and schema.</summary>
internal static class Cli
{
    /// <summary>The exit code when everything passed.</summary>
    public const int Success = 0;

    /// <summary>The exit code when a document has problems, a case fails or an evaluation is refused.</summary>
    public const int Failure = 1;

    /// <summary>The exit code when the command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Parses the arguments and runs the command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems and progress go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Community.Domain's policies and golden cases as data: check catalog documents, run golden cases, explain an evaluation, export the built-in catalog, compare two catalogs.");
        var modules = new Option<string[]>("--module")
        {
            Description = "An assembly (.dll) holding modules of your own (public classes deriving from DomainModule with a public parameterless constructor), registered beside the built-in modules; repeat for more. This runs the assembly's code: load only assemblies you trust.",
            Recursive = true,
            AllowMultipleArgumentsPerToken = false,
        };
        root.Options.Add(modules);
        root.Subcommands.Add(CheckCommand(modules, output, error));
        root.Subcommands.Add(TestCommand(modules, output, error));
        root.Subcommands.Add(ExplainCommand(modules, output, error));
        root.Subcommands.Add(ExportCommand(modules, output, error));
        root.Subcommands.Add(DiffCommand(modules, output, error));
        root.Subcommands.Add(SchemaCommand(modules, output, error));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run community-domain --help for the commands and their options.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or JsonException or DocumentException or PolicyNotInForceException or PolicyDefinitionException or ArgumentException or InvalidOperationException or BadImageFormatException or TypeLoadException or System.Reflection.ReflectionTypeLoadException)
        {
            error.WriteLine(failure is DocumentException document ? string.Join(Environment.NewLine, document.Problems) : failure.Message);
            return Failure;
        }
    }

    private static Command CheckCommand(Option<string[]> modules, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("catalog") { Description = "The catalog document to check." };
        var command = new Command("check", "Check a catalog document: every problem with its JSON path (line and column for malformed JSON), then the catalog it makes laid over the built-in one (overlaps, unknown parents).") { file };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var registry = Registry(result, modules);
            if (!TryCatalog(ref registry, [path], error, out var catalog, out var documents))
            {
                return Failure;
            }

            output.WriteLine($"{path}: {documents[0].Jurisdictions.Length} jurisdiction(s), {documents[0].Versions.Length} policy version(s); no problems ({catalog.Versions.Length} versions with the built-in catalog).");
            return Success;
        });
        return command;
    }

    private static Command TestCommand(Option<string[]> modules, TextWriter output, TextWriter error)
    {
        var cases = new Argument<string>("cases") { Description = "A case document, or a folder of them (every *.json in it and below)." };
        var catalogs = new Option<string[]>("--catalog") { Description = "A catalog document laid over the built-in catalog (its versions replace the built-in ones of the same kind and jurisdiction); repeat for more, applied in order.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("test", "Run golden cases against the built-in catalog extended by the given catalog documents: a table of passes and failures, exit code 1 if any fails.") { cases, catalogs };
        command.SetAction(result =>
        {
            var registry = Registry(result, modules);
            if (!TryCatalog(ref registry, result.GetValue(catalogs) ?? [], error, out var catalog, out _) || !TryCases(registry, result.GetValue(cases)!, error, out var loaded))
            {
                return Failure;
            }

            var passed = 0;
            var failed = 0;
            for (var i = 0; i < loaded.Length; i++)
            {
                var (file, goldenCase) = loaded[i];
                var outcome = goldenCase.Run(catalog);
                if (outcome.Passed)
                {
                    passed++;
                    output.WriteLine($"PASS  {file}: {goldenCase.Name}");
                }
                else
                {
                    failed++;
                    output.WriteLine($"FAIL  {file}: {goldenCase.Name}");
                    foreach (var line in outcome.ToString().Split('\n').Skip(1))
                    {
                        output.WriteLine("      " + line.TrimEnd('\r'));
                    }
                }

                if (loaded.Length >= 100 && (i + 1) % 100 == 0)
                {
                    error.WriteLine($"[{i + 1}/{loaded.Length}]");
                }
            }

            output.WriteLine($"{passed} passed, {failed} failed");
            return failed == 0 ? Success : Failure;
        });
        return command;
    }

    private static Command ExplainCommand(Option<string[]> modules, TextWriter output, TextWriter error)
    {
        var catalogs = new Option<string[]>("--catalog") { Description = "A catalog document laid over the built-in catalog; repeat for more, applied in order." };
        var evaluation = new Option<string>("--evaluation") { Description = "The evaluation, as in a case document: " + string.Join(", ", BuiltInModules.Registry.Evaluations.Select(e => e.Name)) + ", or one of a module loaded with --module.", Required = true };
        var kind = new Option<string?>("--kind") { Description = "The policy kind, for evaluations that take one (such as subsidies.floor for subsidies.amount); added to the inputs as \"kind\"." };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "The division code, such as 429004.", Required = true };
        var date = new Option<string>("--date") { Description = "The day, such as 2016-06-30.", Required = true };
        var input = new Option<string>("--input") { Description = "The inputs as a JSON object, as in a case document, such as {\"population\":5000}.", DefaultValueFactory = _ => "{}" };
        var language = new Option<string>("--lang") { Description = "The explanation's language: en, zh or both.", DefaultValueFactory = _ => "both" };
        language.AcceptOnlyFromAmong("en", "zh", "both");
        var command = new Command("explain", "Evaluate once and explain the answer in Chinese and English.") { catalogs, evaluation, kind, jurisdiction, date, input, language };
        command.SetAction(result =>
        {
            var code = result.GetValue(jurisdiction)!;
            if (!JurisdictionCode.TryParse(code, out var place))
            {
                error.WriteLine($"--jurisdiction is \"{code}\"; expected a division code of six or nine digits, such as 429004.");
                return Usage;
            }

            var day = LocalDatePattern.Iso.Parse(result.GetValue(date)!);
            if (!day.Success)
            {
                error.WriteLine($"--date is \"{result.GetValue(date)}\"; expected an ISO date such as 2016-06-30.");
                return Usage;
            }

            var registry = Registry(result, modules);
            if (!TryCatalog(ref registry, result.GetValue(catalogs) ?? [], error, out var catalog, out _))
            {
                return Failure;
            }

            var inputs = WithKind(result.GetValue(input)!, result.GetValue(kind));
            var answer = GoldenCaseDocument.Evaluate(catalog, result.GetValue(evaluation)!, place, day.Value, inputs, registry);
            output.WriteLine(Indented(answer.Result));
            var lang = result.GetValue(language);
            if (lang != "zh")
            {
                output.WriteLine();
                output.WriteLine(answer.Explanation.ToText(ExplanationLanguage.English));
            }

            if (lang != "en")
            {
                output.WriteLine();
                output.WriteLine(answer.Explanation.ToText(ExplanationLanguage.Chinese));
            }

            return Success;
        });
        return command;
    }

    private static Command ExportCommand(Option<string[]> modules, TextWriter output, TextWriter error)
    {
        var file = new Option<string?>("--output") { Description = "The file to write; the standard output if not given." };
        var command = new Command("export-builtin", "Write the built-in catalog (with the built-ins of modules loaded with --module) as a catalog document.") { file };
        command.SetAction(result =>
        {
            var registry = Registry(result, modules);
            if (!TryCatalog(ref registry, [], error, out var builtIn, out _))
            {
                return Failure;
            }

            var json = PolicyDocument.Create(builtIn.Jurisdictions, builtIn.Versions, registry).ToJson();
            if (result.GetValue(file) is { } path)
            {
                File.WriteAllText(path, json);
                output.WriteLine($"{path}: {builtIn.Jurisdictions.Length} jurisdictions, {builtIn.Versions.Length} policy versions.");
            }
            else
            {
                output.WriteLine(json);
            }

            return Success;
        });
        return command;
    }

    private static Command SchemaCommand(Option<string[]> modules, TextWriter output, TextWriter error)
    {
        var folder = new Option<string>("--output") { Description = "The folder to write catalog.schema.json, cases.schema.json and README.md (the reference of both formats) into.", Required = true };
        var check = new Option<bool>("--check") { Description = "Write nothing: compare the files in the folder with what would be written, and fail (exit code 1) naming each that differs." };
        var catalogs = new Option<string[]>("--catalog") { Description = "A catalog document whose declared kinds (its kinds member) the schemas also hold; repeat for more.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("schema", "Write the JSON Schemas of catalog and case documents, and their reference in Markdown, for the built-in modules, those loaded with --module and the kinds declared by the catalog documents given with --catalog; every kind, evaluation and member as the modules' codecs read them.") { folder, check, catalogs };
        command.SetAction(result =>
        {
            var registry = Registry(result, modules);
            if (!TryCatalog(ref registry, result.GetValue(catalogs) ?? [], error, out _, out _))
            {
                return Failure;
            }

            var directory = result.GetValue(folder)!;
            var files = new (string Name, string Text)[]
            {
                ("catalog.schema.json", PolicyDocument.JsonSchema(registry)),
                ("cases.schema.json", GoldenCaseDocument.JsonSchema(registry)),
                ("README.md", SchemaReference.Render(registry)),
            };
            if (result.GetValue(check))
            {
                var stale = files.Where(f => !File.Exists(Path.Combine(directory, f.Name)) || File.ReadAllText(Path.Combine(directory, f.Name)).ReplaceLineEndings("\n") != f.Text).Select(f => Path.Combine(directory, f.Name)).ToList();
                foreach (var path in stale)
                {
                    error.WriteLine($"{path}: differs from what the modules registered give; run community-domain schema --output {directory} to write it.");
                }

                output.WriteLine(stale.Count == 0 ? $"{directory}: the schemas and the reference agree with the {registry.Modules.Length} modules registered." : $"{stale.Count} of {files.Length} files differ.");
                return stale.Count == 0 ? Success : Failure;
            }

            Directory.CreateDirectory(directory);
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
            }

            output.WriteLine($"{directory}: {string.Join(", ", files.Select(f => f.Name))} for {registry.Modules.Length} modules, {registry.Kinds.Length} kinds and {registry.Evaluations.Length} evaluations.");
            return Success;
        });
        return command;
    }

    private static Command DiffCommand(Option<string[]> modules, TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("before") { Description = "The catalog document before the reform, laid over the built-in catalog (the output of export-builtin, or a province's own rules)." };
        var after = new Argument<string>("after") { Description = "The catalog document after it, laid over the built-in catalog." };
        var cases = new Option<string?>("--cases") { Description = "Case documents (a file or folder) to answer under both catalogs; the built-in golden cases if not given." };
        var command = new Command("diff", "Compare two catalog documents, each laid over the built-in catalog: the policy versions added, removed and changed, then every case whose answer changes, member by member.") { before, after, cases };
        command.SetAction(result =>
        {
            var registry = Registry(result, modules);
            var oldRegistry = registry;

            // Each document is read with the modules given and the kinds it declares; cases are read with the later document's.
            if (!TryCatalog(ref oldRegistry, [result.GetValue(before)!], error, out var old, out var oldDocuments) || !TryCatalog(ref registry, [result.GetValue(after)!], error, out var @new, out var newDocuments))
            {
                return Failure;
            }

            ImmutableArray<(string File, GoldenCase Case)> loaded;
            if (result.GetValue(cases) is { } path)
            {
                if (!TryCases(registry, path, error, out loaded))
                {
                    return Failure;
                }
            }
            else
            {
                loaded = [.. BuiltInGoldenCases.Document.Cases.Select(c => ("built-in", c))];
            }

            var changes = Diff.Versions(oldDocuments[0], newDocuments[0], output);
            var answers = Diff.Answers(loaded, old, @new, output);
            output.WriteLine($"{changes} policy version(s) added, removed or changed; {answers} of {loaded.Length} case(s) answer differently.");
            return Success;
        });
        return command;
    }

    // The built-in modules and those of the assemblies named with --module, checked together.
    private static ModuleRegistry Registry(ParseResult result, Option<string[]> modules)
    {
        var paths = result.GetValue(modules) ?? [];
        return paths.Length == 0 ? BuiltInModules.Registry : BuiltInModules.Registry.With(paths.SelectMany(ModuleLoading.Load));
    }

    // Reads the catalog documents in order, each with the modules given and the kinds the documents before it declare; the registry comes back with every kind the documents declare.
    private static bool TryCatalog(ref ModuleRegistry registry, IReadOnlyList<string> files, TextWriter error, out PolicyCatalog catalog, out ImmutableArray<PolicyDocument> documents)
    {
        var builder = registry == BuiltInModules.Registry ? BuiltInCatalog.CreateBuilder() : registry.CreateCatalogBuilder();
        var read = ImmutableArray.CreateBuilder<PolicyDocument>();
        var ok = true;
        foreach (var file in files)
        {
            if (!TryRead(file, file, error, out var bytes))
            {
                ok = false;
            }
            else if (PolicyDocument.TryParse(bytes, registry, out var document, out var problems))
            {
                document.OverlayOn(builder);
                read.Add(document);
                registry = document.Modules;
            }
            else
            {
                Report(error, file, problems);
                ok = false;
            }
        }

        documents = read.ToImmutable();
        catalog = PolicyCatalog.CreateBuilder().Build();
        if (!ok)
        {
            return false;
        }

        if (!builder.TryBuild(out var built, out var catalogProblems))
        {
            foreach (var problem in catalogProblems)
            {
                error.WriteLine($"{string.Join(", ", files)}: {problem}");
            }

            return false;
        }

        catalog = built;
        return true;
    }

    private static bool TryCases(ModuleRegistry registry, string path, TextWriter error, out ImmutableArray<(string File, GoldenCase Case)> cases)
    {
        // Links are skipped, so the walk never leaves the folder nor enters it twice. A subfolder that cannot
        // be read is not skipped: its cases would go untested without a word, so the walk stops and the
        // command reports it (IOException and UnauthorizedAccessException end it with a message and exit 1).
        string[] files = Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*.json", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false }).Order(StringComparer.Ordinal)]
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"{path} is neither a case document nor a folder of them.");
        var read = ImmutableArray.CreateBuilder<(string, GoldenCase)>();
        var ok = true;
        foreach (var file in files)
        {
            var name = Directory.Exists(path) ? Path.GetRelativePath(path, file).Replace('\\', '/') : Path.GetFileName(file);
            if (!TryRead(file, name, error, out var bytes))
            {
                ok = false;
            }
            else if (GoldenCaseDocument.TryParse(bytes, registry, out var document, out var problems))
            {
                read.AddRange(document.Cases.Select(c => (name, c)));
            }
            else
            {
                Report(error, name, problems);
                ok = false;
            }
        }

        cases = read.ToImmutable();
        return ok;
    }

    // Reads a document's bytes, reporting a file that does not exist, a folder given as a file or one that cannot be read as a problem of that file.
    private static bool TryRead(string file, string name, TextWriter error, out byte[] bytes)
    {
        bytes = [];
        if (Directory.Exists(file))
        {
            error.WriteLine($"{name}: is a folder; expected a JSON document.");
            return false;
        }

        try
        {
            bytes = File.ReadAllBytes(file);
            return true;
        }
        catch (Exception refused) when (refused is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{name}: cannot be read: {refused.Message}");
            return false;
        }
    }

    private static void Report(TextWriter error, string file, ImmutableArray<DocumentProblem> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"{file}: {problem}");
        }
    }

    private static string WithKind(string inputs, string? kind)
    {
        if (kind is null)
        {
            return inputs;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(inputs, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) as System.Text.Json.Nodes.JsonObject
            ?? throw new ArgumentException("--input is not a JSON object; expected the inputs as an object, such as {\"role\":\"Director\"}.");
        node["kind"] = kind;
        return node.ToJsonString();
    }

    /// <summary>Writes JSON indented, with Chinese unescaped.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The same JSON, indented.</returns>
    public static string Indented(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
