using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Community.Domain.Cases;
using Community.Domain.Json;
using Community.Domain.Policies;

namespace Community.Domain.Tool;

/// <summary>Compares two catalogs: their policy versions one by one, then the answers they give to the same cases, member by member.</summary>
internal static class Diff
{
    /// <summary>Writes the versions added, removed and changed, matched by kind, jurisdiction and start.</summary>
    /// <param name="before">The document before.</param>
    /// <param name="after">The document after.</param>
    /// <param name="output">Where to write.</param>
    /// <returns>How many versions were added, removed or changed.</returns>
    public static int Versions(PolicyDocument before, PolicyDocument after, TextWriter output)
    {
        var old = before.Versions.ToDictionary(Key, v => Written(v, before.Modules));
        var changes = 0;
        foreach (var version in after.Versions)
        {
            var key = Key(version);
            if (!old.Remove(key, out var was))
            {
                output.WriteLine($"+ {key} {version.RuleId}");
                changes++;
            }
            else if (was != Written(version, after.Modules))
            {
                output.WriteLine($"~ {key} {version.RuleId}");
                Members(JsonDocument.Parse(was).RootElement, JsonDocument.Parse(Written(version, after.Modules)).RootElement, "  version", output);
                changes++;
            }
        }

        foreach (var removed in old.Keys)
        {
            output.WriteLine($"- {removed}");
            changes++;
        }

        return changes;
    }

    /// <summary>Answers every case under both catalogs and writes each case whose answer differs.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="before">The catalog before.</param>
    /// <param name="after">The catalog after.</param>
    /// <param name="output">Where to write.</param>
    /// <returns>How many cases answer differently.</returns>
    public static int Answers(ImmutableArray<(string File, GoldenCase Case)> cases, PolicyCatalog before, PolicyCatalog after, TextWriter output)
    {
        var differ = 0;
        foreach (var (file, goldenCase) in cases)
        {
            var was = goldenCase.Run(before);
            var now = goldenCase.Run(after);
            if (was.ActualResult == now.ActualResult && was.Refusal == now.Refusal)
            {
                continue;
            }

            differ++;
            output.WriteLine($"~ {file}: {goldenCase.Name}");
            if (was.ActualResult is { } a && now.ActualResult is { } b)
            {
                Members(JsonDocument.Parse(a).RootElement, JsonDocument.Parse(b).RootElement, "  result", output);
            }
            else
            {
                output.WriteLine($"  before: {was.Refusal ?? was.ActualResult}");
                output.WriteLine($"  after:  {now.Refusal ?? now.ActualResult}");
            }
        }

        return differ;
    }

    private static string Key(PolicyVersion version) =>
        string.Create(CultureInfo.InvariantCulture, $"{version.Kind.Name} {version.Jurisdiction} from {(version.Period.Start is { } start ? start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "the start")}");

    private static string Written(PolicyVersion version, Modules.ModuleRegistry modules)
    {
        using var document = JsonDocument.Parse(PolicyDocument.Create([], [version], modules).ToJson(indented: false));
        return document.RootElement.GetProperty("policies")[0].GetRawText();
    }

    // Writes every member that differs, with its path.
    private static void Members(JsonElement before, JsonElement after, string path, TextWriter output)
    {
        if (before.ValueKind == JsonValueKind.Object && after.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in before.EnumerateObject())
            {
                if (after.TryGetProperty(member.Name, out var now))
                {
                    Members(member.Value, now, path + "." + member.Name, output);
                }
                else
                {
                    output.WriteLine($"{path}.{member.Name}: {member.Value.GetRawText()} → (none)");
                }
            }

            foreach (var member in after.EnumerateObject().Where(m => !before.TryGetProperty(m.Name, out _)))
            {
                output.WriteLine($"{path}.{member.Name}: (none) → {member.Value.GetRawText()}");
            }
        }
        else if (before.ValueKind == JsonValueKind.Array && after.ValueKind == JsonValueKind.Array && before.GetArrayLength() == after.GetArrayLength())
        {
            var index = 0;
            foreach (var (was, now) in before.EnumerateArray().Zip(after.EnumerateArray()))
            {
                Members(was, now, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), output);
            }
        }
        else if (before.GetRawText() != after.GetRawText())
        {
            output.WriteLine($"{path}: {before.GetRawText()} → {after.GetRawText()}");
        }
    }
}
