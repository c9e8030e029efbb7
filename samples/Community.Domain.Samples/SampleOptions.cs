/// <summary>What the samples app was asked for: no command (the overview), <c>list</c>, <c>all</c>, or sections by name or rule id; and the language.</summary>
internal sealed record SampleOptions(string? Command, IReadOnlyList<string> Sections, string Language, string? Error)
{
    public const string Usage = """
        usage: dotnet run --project samples/Community.Domain.Samples -- [list | all | SECTION ...] [--lang en|zh|both]
          (no argument)  a short overview of every rule family
          list           every section, with its rule ids
          all            every section
          SECTION        a section by name (admission) or rule id (COM-01); several may be given
          --lang         the language of explanations and findings (default both)
        """;

    public static SampleOptions Parse(string[] args)
    {
        var language = "both";
        var sections = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang")
            {
                if (i + 1 >= args.Length || args[i + 1] is not ("en" or "zh" or "both"))
                {
                    return new(null, [], language, "--lang takes en, zh or both.");
                }

                language = args[++i];
            }
            else if (args[i] is "-h" or "--help")
            {
                return new(null, [], language, "help:");
            }
            else
            {
                sections.Add(args[i]);
            }
        }

        var command = sections.Count == 0 ? (language == "both" ? null : "overview")
            : sections is ["list"] ? "list"
            : sections is ["all"] ? "all"
            : "sections";
        return new(command, sections, language, null);
    }
}
