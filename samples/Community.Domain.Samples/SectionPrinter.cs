using System.Text;

/// <summary>Prints the sections asked for, in the language asked for, no line over 120 characters.</summary>
internal static class SectionPrinter
{
    public const int Width = 120;

    public static int Print(TextWriter output, IReadOnlyList<Section> sections, SampleOptions options)
    {
        if (options.Command == "list")
        {
            foreach (var section in sections)
            {
                WriteWrapped(output, $"{section.Name,-22} {string.Join(", ", section.RuleIds),-16} {section.Title}");
            }

            return 0;
        }

        var chosen = options.Command is "all" or "overview"
            ? sections.ToList()
            : sections.Where(section => options.Sections.Any(section.Matches)).ToList();
        if (chosen.Count == 0)
        {
            output.WriteLine($"No section is called {string.Join(" or ", options.Sections)}; `list` names every section.");
            return 2;
        }

        if (options.Command == "overview")
        {
            Overview.Print(output, options.Language);
            return 0;
        }

        foreach (var section in chosen)
        {
            foreach (var line in section.Text.ToString().Split('\n'))
            {
                var text = line.TrimEnd('\r');
                if (Keeps(text, options.Language))
                {
                    WriteWrapped(output, text);
                }
            }
        }

        return 0;
    }

    /// <summary>Writes a line, breaking it at spaces (or anywhere, for long Chinese text) so that no line is over the width; continuations are indented.</summary>
    public static void WriteWrapped(TextWriter output, string line)
    {
        var indent = new string(' ', Math.Min(line.Length - line.TrimStart().Length + 4, 40));
        var rest = line;
        var first = true;
        while ((first ? rest.Length : indent.Length + rest.Length) > Width)
        {
            var room = first ? Width : Width - indent.Length;
            var cut = rest.LastIndexOf(' ', room - 1, room / 2);
            cut = cut <= 0 ? room : cut;
            output.WriteLine((first ? string.Empty : indent) + rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
            first = false;
        }

        output.WriteLine((first ? string.Empty : indent) + rest);
    }

    // A line in one language only is dropped when the other is asked for; headings and mixed lines stay.
    private static bool Keeps(string line, string language)
    {
        if (language == "both" || line.StartsWith("==", StringComparison.Ordinal))
        {
            return true;
        }

        var han = line.Any(c => c is >= '\u4e00' and <= '\u9fff');
        var words = 0;
        var english = false;
        foreach (var c in line)
        {
            words = char.IsAsciiLetterLower(c) ? words + 1 : 0;
            english |= words >= 4;
        }

        return language == "en" ? english || !han : han || !english;
    }
}
