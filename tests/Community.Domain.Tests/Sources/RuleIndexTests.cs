using System.Reflection;
using System.Text.RegularExpressions;
using Community.Domain.BuiltIn;
using Community.Domain.Sources;

namespace Community.Domain.Tests.Sources;

/// <summary>Holds docs/rules.md true: a row for every rule id, every type and member it names exists, every test it names exists, and every built-in version of the rule cites its source.</summary>
public sealed partial class RuleIndexTests
{
    private static readonly Lazy<Dictionary<string, string[]>> Rows = new(() =>
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(RepositoryPaths.Of("docs", "rules.md")))
        {
            var match = RowPattern().Match(line);
            if (match.Success)
            {
                rows.Add(match.Groups[1].Value, line.Split('|').Select(cell => cell.Trim()).ToArray());
            }
        }

        return rows;
    });

    public static TheoryData<string> RuleIds => [.. AllRuleIds()];

    [Fact]
    public void EveryRuleOfTheCatalogue_HasOneRow_AndNoRowNamesAnUnknownRule()
    {
        Rows.Value.Keys.Should().BeEquivalentTo(AllRuleIds());
        AllRuleIds().Should().HaveCount(40);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Row_IsEncoded_NamesRealTypesAndTests_AndItsBuiltInsCiteTheirSources(string id)
    {
        var cells = Rows.Value[id];
        var (status, encodedBy, tests) = (cells[3], cells[4], cells[5]);

        status.Should().StartWith("encoded", $"{id} is one of the 40 rules encoded");
        var library = typeof(RuleId).Assembly;
        var named = Backticked(encodedBy).Where(token => char.IsUpper(token[0]) && !token.Contains(' ', StringComparison.Ordinal)).ToList();
        named.Should().NotBeEmpty($"the row of {id} names what encodes it");
        var mentioned = new List<Type>();
        const BindingFlags Members = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance;
        foreach (var token in named)
        {
            var parts = token.Split('(')[0].Split('.');
            var type = library.GetTypes().Where(t => t.IsPublic && t.Name.Split('`')[0] == parts[0]).ToList();
            if (parts.Length == 1 && type.Count == 0)
            {
                // A bare member of a type the row names before it, or a finding code.
                var owners = mentioned.Concat(library.GetTypes().Where(t => t.IsPublic && t.Name.EndsWith("FindingCodes", StringComparison.Ordinal)));
                owners.Should().Contain(t => t.GetMember(parts[0], Members).Length > 0, $"the row of {id} names {parts[0]}, a type or a member of a type it names");
                continue;
            }

            type.Should().NotBeEmpty($"the row of {id} names the type {parts[0]} in `{token}`");
            mentioned.AddRange(type);
            if (parts.Length > 1)
            {
                type.Should().Contain(t => t.GetMember(parts[1], Members).Length > 0, $"the row of {id} names the member {parts[0]}.{parts[1]}");
            }
        }

        var testTypes = typeof(RuleIndexTests).Assembly.GetTypes();
        Type? current = null;
        foreach (var token in Backticked(tests).Concat(tests.Split(',').Select(t => t.Trim()).Where(t => t.EndsWith("Tests", StringComparison.Ordinal) && !t.Contains('`', StringComparison.Ordinal))))
        {
            var parts = token.Split('.');
            if (parts[0].EndsWith("Tests", StringComparison.Ordinal))
            {
                current = testTypes.SingleOrDefault(t => t.Name == parts[0]);
                current.Should().NotBeNull($"the row of {id} names the test class {parts[0]}");
                parts = parts[1..];
            }

            if (parts.Length == 1 && current is not null)
            {
                var method = parts[0].TrimEnd('*');
                current.GetMethods().Should().Contain(m => parts[0].EndsWith('*') ? m.Name.StartsWith(method, StringComparison.Ordinal) : m.Name == method,
                    $"the row of {id} names the test {current.Name}.{parts[0]}");
            }
        }

        foreach (var version in BuiltInCatalog.Instance.Versions.Where(v => v.RuleId.Value == id))
        {
            version.Citations.Should().NotBeEmpty($"{version} cites its source");
            version.Citations.Should().OnlyContain(c => c.Section != null || c == Community.Domain.Sources.SourceDocuments.FujianHarmonyOpinion || c == Community.Domain.Sources.SourceDocuments.FujianOutline || c.Number != null,
                $"{version} cites the section of its report");
        }
    }

    private static IEnumerable<string> AllRuleIds() =>
        typeof(RuleId).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(RuleId))
            .Select(p => ((RuleId)p.GetValue(null)!).Value);

    private static IEnumerable<string> Backticked(string cell) => BacktickPattern().Matches(cell).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^\| ([A-Z]{2,3}-\d{2}) \|")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex BacktickPattern();
}
