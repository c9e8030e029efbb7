using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Policies;

namespace Community.Domain.Documents;

/// <summary>What every document reader shares: opening the JSON (malformed JSON as one problem with line and column), checking the header, and collecting every problem instead of stopping at the first.</summary>
internal static class DocumentReading
{
    /// <summary>Opens a document's JSON, comments allowed.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="problems">The one problem of malformed JSON, or empty.</param>
    /// <returns>The parsed JSON, or null if it is malformed.</returns>
    public static JsonDocument? Open(ReadOnlySpan<byte> utf8Json, out ImmutableArray<DocumentProblem> problems)
    {
        try
        {
            problems = [];
            return JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException malformed)
        {
            problems = [new DocumentProblem("$", malformed.Message, (malformed.LineNumber ?? 0) + 1, (malformed.BytePositionInLine ?? 0) + 1)];
            return null;
        }
    }

    /// <summary>
    /// Reads a whole document or nothing: opens the JSON, checks the header and the root's members, then
    /// lets <paramref name="read"/> read the rest, collecting its problems in the list it is given.
    /// </summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="format">The format expected.</param>
    /// <param name="formatVersion">The format version this library reads.</param>
    /// <param name="members">The root's members, the header's included.</param>
    /// <param name="read">Reads the rest of the root, adding every problem to the list, and makes the document.</param>
    /// <param name="document">The document, when no problem was found.</param>
    /// <param name="problems">Every problem found; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, string format, int formatVersion, string[] members, Func<DocumentNode, List<DocumentProblem>, T> read, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? document, out ImmutableArray<DocumentProblem> problems)
        where T : class
    {
        document = null;
        using var parsed = Open(utf8Json, out problems);
        if (parsed is null)
        {
            return false;
        }

        var found = new List<DocumentProblem>();
        var root = new DocumentNode(parsed.RootElement, "$");
        Collect(found, () =>
        {
            root.OnlyMembers(members);
            Header(root, format, formatVersion);
        });
        var made = read(root, found);
        problems = [.. found];
        document = found.Count == 0 ? made : null;
        return document is not null;
    }

    /// <summary>Checks a document's <c>format</c> and <c>formatVersion</c>.</summary>
    /// <param name="root">The document's root.</param>
    /// <param name="format">The format expected.</param>
    /// <param name="formatVersion">The format version this library reads.</param>
    public static void Header(DocumentNode root, string format, int formatVersion)
    {
        var given = root.Required("format");
        if (given.Text() != format)
        {
            throw new DocumentNodeException(given.Path, $"is \"{given.Text()}\"; expected \"{format}\".");
        }

        var version = root.Required("formatVersion");
        if (version.Int32() != formatVersion)
        {
            throw new DocumentNodeException(version.Path, $"is {version.Int32()}; this library reads format version {formatVersion}.");
        }
    }

    /// <summary>Runs one read, adding what it refuses to the problems instead of stopping.</summary>
    /// <param name="problems">The problems found so far.</param>
    /// <param name="read">The read.</param>
    /// <param name="path">Where a refusal that names no path of its own is placed.</param>
    public static void Collect(List<DocumentProblem> problems, Action read, string? path = null)
    {
        try
        {
            read();
        }
        catch (DocumentNodeException problem)
        {
            problems.Add(new DocumentProblem(problem.Path, problem.Message));
        }
        catch (PolicyDefinitionException definition)
        {
            problems.AddRange(definition.Problems.Select(p => new DocumentProblem(path ?? "$", p.Message)));
        }
        catch (ArgumentException refused)
        {
            problems.Add(new DocumentProblem(path ?? "$", DocumentNode.Reason(refused)));
        }
    }
}
