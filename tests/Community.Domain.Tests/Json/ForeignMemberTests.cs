using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Community.Domain.BuiltIn;
using Community.Domain.Json;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Every member a codec reads is applied or refused in every form: each member that some document of
/// a kind gives at a place (the members of every form of the kind, gathered from the built-in catalog
/// and from a sample of every form each codec writes) is added, with each value seen for it, to every
/// object of that kind and place that lacks it. The document must then be refused, or read as a
/// different policy for at least one of those values; read as the same policy for all of them, the
/// member was read past without a word, which is how a fund's floor per 100 households was lost.
/// The same holds for the inputs of golden cases, evaluation by evaluation.
/// </summary>
public sealed class ForeignMemberTests
{
    [Fact]
    public void AMemberOfAnotherForm_AddedToAnyPolicy_IsRefusedOrApplied_NeverReadPast()
    {
        var documents = BuiltInCatalog.Instance.Versions.Select(v => PolicyDocument.Create([], [v]).ToJson())
            .Concat(PolicyDocumentFormTests.Forms().Select(form => PolicyDocumentFormTests.Json(form.Data)))
            .Append(File.ReadAllText(RepositoryPaths.Of("docs", "declared", "council.catalog.json")))
            .Append(Declarations.DeclaredDocumentTests.EveryFormDocument());

        var (tried, failures) = AddEachForeignMember(documents, "policies", "kind", "policy", json => PolicyDocument.TryParse(json, out var read, out _) ? read.ToJson() : null);

        tried.Should().BeGreaterThan(100, "members of other forms are added to every form");
        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public void AMemberOfAnotherCase_AddedToAnyCase_IsRefusedOrApplied_NeverReadPast()
    {
        var cases = JsonNode.Parse(BuiltInGoldenCases.Json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!["cases"]!.AsArray();
        var documents = cases.Select(c => new JsonObject { ["format"] = "community-domain.cases", ["formatVersion"] = 1, ["cases"] = new JsonArray(c!.DeepClone()) }.ToJsonString());

        var (tried, failures) = AddEachForeignMember(documents, "cases", "evaluation", "inputs", json => Domain.Cases.GoldenCaseDocument.TryParse(json, out var read, out _) ? read.ToJson() : null);

        tried.Should().BeGreaterThan(10, "members of other cases' inputs are added to every case");
        failures.Should().BeEmpty(string.Join("\n", failures));
    }

    /// <summary>Adds to every object under each document's first item (its <paramref name="part"/>) each member other documents of its kind give at that place, with each value they give it, and lists those read past.</summary>
    private static (int Tried, List<string> Failures) AddEachForeignMember(IEnumerable<string> given, string list, string kindMember, string part, Func<string, string?> read)
    {
        var documents = given.ToList();
        var seen = new Dictionary<string, Dictionary<string, List<JsonNode>>>();
        foreach (var json in documents)
        {
            var item = JsonNode.Parse(json)![list]![0]!;
            Walk(item[part]!, (string)item[kindMember]! + ":" + part, (place, member, value) =>
            {
                var members = seen.TryGetValue(place, out var found) ? found : seen[place] = [];
                var values = members.TryGetValue(member, out var known) ? known : members[member] = [];
                if (!values.Any(v => JsonNode.DeepEquals(v, value)))
                {
                    values.Add(value.DeepClone());
                }
            });
        }

        var failures = new List<string>();
        var tried = 0;
        foreach (var json in documents)
        {
            var original = read(json);
            original.Should().NotBeNull("the unchanged document reads");
            var root = JsonNode.Parse(json)!;
            var item = root[list]![0]!;
            var objects = new List<(string Place, string Path)>();
            Objects(item[part]!, (string)item[kindMember]! + ":" + part, $"$.{list}[0].{part}", objects);
            foreach (var (place, path) in objects)
            {
                foreach (var (member, values) in seen.GetValueOrDefault(place) ?? [])
                {
                    var holder = Find(root, path);
                    if (holder.ContainsKey(member))
                    {
                        continue;
                    }

                    tried++;
                    var outcomes = values.Where(value => !IsTheDefault(holder, member, value)).Select(value =>
                    {
                        var changed = root.DeepClone();
                        Find(changed, path)[member] = value.DeepClone();
                        return read(changed.ToJsonString());
                    }).ToList();
                    if (outcomes.Count > 0 && outcomes.All(written => written == original))
                    {
                        failures.Add($"{path}.{member} ({string.Join(" or ", values.Select(v => v.ToJsonString()))}): read past, what is read is the same");
                    }
                }
            }
        }

        return (tried, failures);
    }

    /// <summary>Whether a value given is the one the codec's schema documents for the member left out, which reads the same by design: a workflow's closing step named as its last step.</summary>
    private static bool IsTheDefault(JsonObject holder, string member, JsonNode value) =>
        member == "closingStep" && holder["steps"] is JsonArray steps && JsonNode.DeepEquals(steps[^1]?["code"], value);

    /// <summary>Visits every member of every object under a node, with its place (the kind and the path without indexes).</summary>
    private static void Walk(JsonNode node, string place, Action<string, string, JsonNode> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.Where(m => m.Value is not null))
                {
                    visit(place, name, value!);
                    Walk(value!, place + "." + name, visit);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item!, place + "[]", visit);
                }

                break;
        }
    }

    private static void Objects(JsonNode node, string place, string path, List<(string Place, string Path)> found)
    {
        switch (node)
        {
            case JsonObject obj:
                found.Add((place, path));
                foreach (var (name, value) in obj)
                {
                    Objects(value!, place + "." + name, path + "." + name, found);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Objects(array[i]!, place + "[]", $"{path}[{i}]", found);
                }

                break;
        }
    }

    private static JsonObject Find(JsonNode root, string path)
    {
        var node = root;
        foreach (Match step in Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = step.Groups[1].Success ? node[step.Groups[1].Value]! : node[int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return node.AsObject();
    }
}
