using System.Text;
using System.Text.RegularExpressions;

/// <summary>One section of the samples: its name, title, the rule ids its title names, and what it printed.</summary>
internal sealed partial class Section(string name, string title)
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    public IReadOnlyList<string> RuleIds { get; } = [.. RuleIdPattern().Matches(title).Select(m => m.Value)];

    public StringBuilder Text { get; } = new();

    public bool Matches(string query) =>
        string.Equals(query, Name, StringComparison.OrdinalIgnoreCase)
        || RuleIds.Contains(query, StringComparer.OrdinalIgnoreCase)
        || (query.Length >= 3 && Name.StartsWith(query, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[A-Z]{2,3}-\d{2}")]
    private static partial Regex RuleIdPattern();
}
