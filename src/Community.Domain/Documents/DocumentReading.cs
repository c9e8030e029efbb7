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
