using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Policies;

namespace Community.Domain.Documents;

/// <summary>What every document reader shares: opening the JSON (malformed JSON as one problem with line and column), checking the header, and collecting every problem instead of stopping at the first.</summary>
internal static class DocumentReading
{
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Opens a document's JSON, comments allowed; a UTF-8 byte-order mark is skipped.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="problems">Where the problems of the text are added: bytes that are not UTF-8, malformed JSON (with line and column), every member given twice (with its path).</param>
    /// <returns>The parsed JSON, or null if it cannot be parsed; when members are given twice, the JSON is returned with the problems, so that the rest of the document is checked too.</returns>
    public static JsonDocument? Open(ReadOnlySpan<byte> utf8Json, List<DocumentProblem> problems)
    {
        var bytes = utf8Json.StartsWith(Utf8ByteOrderMark) ? utf8Json[Utf8ByteOrderMark.Length..] : utf8Json;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problems.Add(new DocumentProblem(DocumentProblemKind.Encoding, "$", "is UTF-16 text (it starts with a UTF-16 byte-order mark); expected UTF-8.", 1, 1));
            return null;
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var (line, column) = FirstInvalidByte(bytes);
            problems.Add(new DocumentProblem(DocumentProblemKind.Encoding, "$", "holds bytes that are not UTF-8 here; expected a document saved as UTF-8.", line, column));
            return null;
        }

        if (bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            problems.Add(new DocumentProblem(DocumentProblemKind.Empty, "$", "is empty; expected a JSON object.", 1, 1));
            return null;
        }

        var copy = bytes.ToArray();
        try
        {
            return JsonDocument.Parse(copy, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false });
        }
        catch (JsonException refused) when (refused.LineNumber is null)
        {
            // A member given twice: read again allowing it, to name every such member at its path and check the rest.
            var before = problems.Count;
            var parsed = JsonDocument.Parse(copy, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Duplicates(parsed.RootElement, "$", problems);
            if (problems.Count == before)
            {
                problems.Add(new DocumentProblem(DocumentProblemKind.Malformed, "$", "is not well-formed JSON: " + refused.Message));
            }

            return parsed;
        }
        catch (JsonException malformed)
        {
            problems.Add(new DocumentProblem(DocumentProblemKind.Malformed, "$", Malformed(malformed), (malformed.LineNumber ?? 0) + 1, (malformed.BytePositionInLine ?? 0) + 1));
            return null;
        }
    }

    /// <summary>Reads a document from its UTF-8 bytes, as a document's <c>TryParse</c> does.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="document">The document, when it was read.</param>
    /// <param name="problems">Every problem found.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public delegate bool TryReadBytes<T>(byte[] utf8Json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? document, out ImmutableArray<DocumentProblem> problems)
        where T : class;

    /// <summary>Reads a document given as text: its UTF-8 bytes, a lone surrogate refused as a problem with its line and column instead of being replaced.</summary>
    /// <typeparam name="T">The document type.</typeparam>
    /// <param name="json">The text.</param>
    /// <param name="read">Reads the bytes.</param>
    /// <param name="document">The document, when it was read.</param>
    /// <param name="problems">Every problem found.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public static bool TryReadText<T>(string json, TryReadBytes<T> read, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? document, out ImmutableArray<DocumentProblem> problems)
        where T : class
    {
        var text = new List<DocumentProblem>();
        if (Utf8(json, text) is { } bytes)
        {
            return read(bytes, out document, out problems);
        }

        document = null;
        problems = [.. text];
        return false;
    }

    /// <summary>Gets the UTF-8 bytes of a document given as text, refusing a lone surrogate (which UTF-8 cannot hold) instead of replacing it.</summary>
    /// <param name="json">The text.</param>
    /// <param name="problems">Where a lone surrogate is added as a problem with its line and column.</param>
    /// <returns>The bytes, or null when the text holds a lone surrogate.</returns>
    public static byte[]? Utf8(string json, List<DocumentProblem> problems)
    {
        try
        {
            return StrictUtf8.GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException lone)
        {
            var before = json.AsSpan(0, Math.Max(0, lone.Index));
            var line = before.Count('\n') + 1;
            var column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
            problems.Add(new DocumentProblem(DocumentProblemKind.Encoding, "$", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"holds a lone surrogate (U+{(int)json[Math.Max(0, lone.Index)]:X4}) here, half of a character; expected whole characters."), line, column));
            return null;
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static (long Line, long Column) FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        while (System.Text.Rune.DecodeFromUtf8(bytes[valid..], out _, out var length) == System.Buffers.OperationStatus.Done)
        {
            valid += length;
        }

        var before = bytes[..valid];
        return (before.Count((byte)'\n') + 1, System.Text.Encoding.UTF8.GetCharCount(before[(before.LastIndexOf((byte)'\n') + 1)..]) + 1);
    }

    private static void Duplicates(JsonElement element, string path, List<DocumentProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    if (!seen.Add(member.Name))
                    {
                        problems.Add(new DocumentProblem(DocumentProblemKind.Duplicate, path + "." + member.Name, "is given twice; a member is given once, so that no value is silently dropped."));
                    }

                    Duplicates(member.Value, path + "." + member.Name, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Duplicates(item, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}[{index++}]"), problems);
                }

                break;
        }
    }

    /// <summary>Says what is wrong with malformed JSON in the reader's terms: System.Text.Json's sentence without its advice to change reader options and without the position, which the problem gives as line and column.</summary>
    private static string Malformed(JsonException malformed)
    {
        var message = malformed.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = position >= 0 ? message[..position] : message;
        message = message.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal)
            .Replace(" which is not supported in this mode", string.Empty, StringComparison.Ordinal)
            .Replace(", when isFinalBlock is true", string.Empty, StringComparison.Ordinal);
        return "is not well-formed JSON: " + message;
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
        var found = new List<DocumentProblem>();
        using var parsed = Open(utf8Json, found);
        if (parsed is null)
        {
            problems = [.. found];
            return false;
        }

        var root = new DocumentNode(parsed.RootElement, "$");
        Collect(found, () => Header(root, format, formatVersion));
        if (found.Any(p => p.Path == "$.format"))
        {
            // Another kind of document (or none): its members mean nothing here, so only that is said.
            problems = [.. found];
            return false;
        }

        Collect(found, () => root.OnlyMembers(members));
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
            throw new DocumentNodeException(given.Path, DocumentProblemKind.WrongDocument, $"is \"{given.Text()}\"{Kind(given.Text(), ", a ")}; expected \"{format}\"{Kind(format, ", for a ")}, so this is not the document to give here.");
        }

        var version = root.Required("formatVersion");
        if (version.Int32() != formatVersion)
        {
            throw new DocumentNodeException(version.Path, DocumentProblemKind.WrongDocument, $"is {version.Int32()}; this library reads format version {formatVersion}.");
        }
    }

    /// <summary>Names the library's document formats, so that a case document given where a catalog is expected (or the reverse) is told as such.</summary>
    private static string Kind(string format, string lead) => format switch
    {
        "community-domain.catalog" => lead + "catalog document (jurisdictions and policy versions)",
        "community-domain.cases" => lead + "case document (golden cases)",
        _ => string.Empty,
    };

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
            problems.AddRange(problem.Problems);
        }
        catch (PolicyDefinitionException definition)
        {
            problems.AddRange(definition.Problems.Select(p => new DocumentProblem(p.Kind, path ?? "$", p.Message)));
        }
        catch (ArgumentException refused)
        {
            problems.Add(new DocumentProblem(DocumentProblemKind.InvalidValue, path ?? "$", DocumentNode.Reason(refused)));
        }
    }
}
