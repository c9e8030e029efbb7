using System.Globalization;
using System.Text.Json.Nodes;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Json;
using CsCheck;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Probing the data path (issue 26): documents the library writes (every built-in version, every codec
/// form, every built-in case) have one value changed at random: given another JSON type, an extreme
/// number or text with odd Unicode. The reader never throws; it refuses with a problem inside the
/// changed member's object, or it reads the document faithfully: the changed value is what the
/// document, written again, says at that place.
/// </summary>
public sealed class DocumentProbeTests
{
    private static readonly string[] Catalogs =
    [
        .. BuiltInCatalog.Instance.Versions.Select(v => PolicyDocument.Create([], [v]).ToJson(indented: false)),
        .. PolicyDocumentFormTests.Forms().Select(f => PolicyDocumentFormTests.Json(f.Data)),
        File.ReadAllText(RepositoryPaths.Of("docs", "declared", "council.catalog.json")),
        Declarations.DeclaredDocumentTests.EveryFormDocument(),
    ];

    private static readonly string[] Cases =
    [
        .. JsonNode.Parse(BuiltInGoldenCases.Json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!["cases"]!.AsArray()
            .Select(c => new JsonObject { ["format"] = "community-domain.cases", ["formatVersion"] = 1, ["cases"] = new JsonArray(c!.DeepClone()) }.ToJsonString()),
    ];

    private static readonly JsonNode?[] Retyped = [JsonValue.Create("text"), JsonValue.Create(7), JsonValue.Create(true), new JsonObject(), new JsonArray()];

    private static readonly decimal[] Extremes = [0m, -1m, 0.5m, 1e-20m, 2147483648m, 9223372036854775808m, 79228162514264337593543950335m];

    private static readonly string[] OddTexts = ["", " ", "\u0000", "\uFEFF甲", "\u202E右", "e\u0301", "😀", "\t\n", new string('长', 10_000)];

    [Fact]
    public void ACatalogWithOneValueChanged_IsRefusedInsideTheChangedObject_OrReadFaithfully() =>
        Probe(Catalogs, json => (PolicyDocument.TryParse(json, out var document, out var problems), document?.ToJson(indented: false), problems.Select(p => p.Path)));

    [Fact]
    public void ACaseWithOneValueChanged_IsRefusedInsideTheChangedObject_OrReadFaithfully() =>
        Probe(Cases, json => (GoldenCaseDocument.TryParse(json, out var document, out var problems), document?.ToJson(), problems.Select(p => p.Path)));

    private static readonly Lazy<(Type Type, string Json)[]> Results = new(() => [.. ResultMutationTests.Samples()]);

    [Fact]
    public void AResultWithOneValueChanged_IsRefused_OrReadFaithfully()
    {
        var results = Results.Value;
        Gen.Select(Gen.Int[0, results.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, 2], Gen.Int[0, 100]).Sample((sample, at, how, pick) =>
        {
            var (type, original) = results[sample];
            var root = JsonNode.Parse(original)!;
            var values = Values(root, "$").ToList();
            var (holder, key, path, value) = values[at % values.Count];
            var changed = Changed(value, how, pick);
            Set(holder, key, changed);
            object? read;
            try
            {
                read = System.Text.Json.JsonSerializer.Deserialize(root.ToJsonString(), type, ResultMutationTests.Options);
            }
            catch (Exception refused) when (refused is System.Text.Json.JsonException or ArgumentException)
            {
                return;
            }

            var again = Find(JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(read, type, ResultMutationTests.Options))!, path);
            (JsonNode.DeepEquals(again, changed) || (again is JsonValue a && changed is JsonValue c && a.TryGetValue<decimal>(out var x) && c.TryGetValue<decimal>(out var y) && x == y))
                .Should().BeTrue("{0}.{1} was changed to {2} and read; written again it says {3}", type.Name, path, changed?.ToJsonString(), again?.ToJsonString() ?? "nothing");
        }, iter: 1000, seed: null);
    }

    private static JsonNode? Changed(JsonNode? value, int how, int pick) => how switch
    {
        0 => Retyped.Select(r => r?.DeepClone()).Where(r => r?.GetValueKind() != value?.GetValueKind()).ElementAt(pick % 4),
        1 => JsonValue.Create(Extremes[pick % Extremes.Length]),
        _ => JsonValue.Create(OddTexts[pick % OddTexts.Length]),
    };

    private static void Probe(string[] documents, Func<string, (bool Read, string? Written, IEnumerable<string> Paths)> read)
    {
        Gen.Select(Gen.Int[0, documents.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, 2], Gen.Int[0, 100]).Sample((document, at, how, pick) =>
        {
            var root = JsonNode.Parse(documents[document])!;
            var values = Values(root, "$").ToList();
            var (holder, key, path, value) = values[at % values.Count];
            var changed = Changed(value, how, pick);
            var same = JsonNode.DeepEquals(changed, value);
            Set(holder, key, changed);
            var json = root.ToJsonString();

            var (wasRead, written, paths) = read(json);

            if (!wasRead)
            {
                // A problem at the changed value, inside it, or at an object or list that holds it (a definition's problem is placed at its version for now).
                paths.Should().Contain(p => path == p || path.StartsWith(p + ".", StringComparison.Ordinal) || path.StartsWith(p + "[", StringComparison.Ordinal) || p.StartsWith(path, StringComparison.Ordinal), "the problem of {0} lies on its way", path);
                return;
            }

            var writtenRoot = JsonNode.Parse(written!)!;
            var again = Find(writtenRoot, path);
            if (again is null && !same && key is string member && Find(writtenRoot, path[..path.LastIndexOf('.')]) is JsonObject writtenHolder)
            {
                // Written again without the member: what was given must read as leaving it out (a zero minimum, for one).
                writtenHolder[member] = changed?.DeepClone();
                read(writtenRoot.ToJsonString()).Written.Should().Be(written, "{0} was changed to {1} and read as if left out, so giving it must read the same as leaving it out", path, changed?.ToJsonString());
                return;
            }

            (same || JsonNode.DeepEquals(again, changed) || (again is JsonValue a && changed is JsonValue c && a.TryGetValue<decimal>(out var x) && c.TryGetValue<decimal>(out var y) && x == y))
                .Should().BeTrue("{0} was changed to {1} and read; written again it says {2}", path, changed?.ToJsonString(), again?.ToJsonString() ?? "nothing");
        }, iter: 1000, seed: null);
    }

    private static IEnumerable<(JsonNode Holder, object Key, string Path, JsonNode? Value)> Values(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members.ToList())
                {
                    if (path == "$" && name is "format" or "formatVersion")
                    {
                        continue;
                    }

                    if (value is JsonValue)
                    {
                        yield return (members, name, path + "." + name, value);
                    }

                    foreach (var inner in Values(value, path + "." + name))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    if (items[i] is JsonValue)
                    {
                        yield return (items, i, itemPath, items[i]);
                    }

                    foreach (var inner in Values(items[i], itemPath))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static void Set(JsonNode holder, object key, JsonNode? value)
    {
        if (holder is JsonObject members)
        {
            members[(string)key] = value;
        }
        else
        {
            ((JsonArray)holder)[(int)key] = value;
        }
    }

    private static JsonNode? Find(JsonNode node, string path)
    {
        JsonNode? at = node;
        foreach (System.Text.RegularExpressions.Match step in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            at = step.Groups[1].Success ? (at as JsonObject)?[step.Groups[1].Value] : at is JsonArray items && int.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture) < items.Count ? items[int.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture)] : null;
        }

        return at;
    }
}
