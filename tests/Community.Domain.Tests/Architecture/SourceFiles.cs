using System.Text.RegularExpressions;

namespace Community.Domain.Tests.Architecture;

/// <summary>Reads the library's source files, found from the test's directory up to the repository.</summary>
internal static partial class SourceFiles
{
    private static readonly Lazy<string> LibraryDirectory = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var library = Path.Combine(directory.FullName, "src", "Community.Domain");
            if (File.Exists(Path.Combine(directory.FullName, "Community.Domain.sln")) && Directory.Exists(library))
            {
                return library;
            }
        }

        throw new InvalidOperationException("The repository (Community.Domain.sln beside src/Community.Domain) is not above " + AppContext.BaseDirectory);
    });

    public static IEnumerable<string> Library() =>
        Directory.EnumerateFiles(LibraryDirectory.Value, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Relative(f).StartsWith("obj", StringComparison.Ordinal) && !Relative(f).StartsWith("bin", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(LibraryDirectory.Value, path);

    public static string Read(string relative) => File.ReadAllText(Path.Combine(LibraryDirectory.Value, relative));

    /// <summary>The names of the types a file declares at the top level (column 0 under a file-scoped namespace).</summary>
    public static IReadOnlyList<string> TopLevelTypes(string source) =>
        [.. TopLevelType().Matches(source).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)];

    /// <summary>Where Chinese text may stand: a module's (or the kernel's) text file, and the built-in definitions that quote their sources.</summary>
    public static bool MayHoldChinese(string relative)
    {
        var name = Path.GetFileName(relative);
        return name.EndsWith("Text.cs", StringComparison.Ordinal)
            || name.EndsWith("Policies.cs", StringComparison.Ordinal)
            || name is "KnownJurisdictions.cs" or "SourceDocuments.cs";
    }

    /// <summary>The lines, comments left out, that hold Chinese characters or full-width punctuation.</summary>
    public static IReadOnlyList<string> ChineseOutsideComments(string source) =>
        [.. source.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith("//", StringComparison.Ordinal) && Chinese().IsMatch(l))];

    // A delegate's return type may hold spaces (Func<PolicyCatalog, Explained<TResult>>): its name is the word before its type parameters and "(".
    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|abstract|readonly|partial|record|ref|unsafe|file)\s+)*(?:(?:class|struct|interface|enum|record)\s+(\w+)|delegate\s+.+?\s(\w+)(?:<[\w\s,]*>)?\()", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"[\u3400-\u9FFF\u3000-\u303F\uFF00-\uFFEF]")]
    private static partial Regex Chinese();
}
