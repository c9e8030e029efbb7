using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Declarations;

/// <summary>
/// Declared kinds in a catalog document, under <c>kinds</c>: <c>{"name":"council.meeting","chineseName":"…","englishName":"…",
/// "inputs":[{"name":"members","unit":"Members","chineseName":"…","englishName":"…"},
/// {"name":"attendance","ratio":{"part":"present","whole":"members"},"chineseName":"…","englishName":"…"}],
/// "findings":[{"code":"council.not-quorate","chineseName":"…","englishName":"…"}]}</c>.
/// </summary>
internal static class DeclaredKindDocument
{
    /// <summary>Gets the schema of one declared kind.</summary>
    public static DocumentSchema Schema { get; } = DocumentSchema.Object(
        "A kind of rule the library does not know, declared as data; its versions are policies of that kind, each holding a declared rule.",
        DocumentMember.Required("name", DocumentSchema.Text("The kind's name: a group, a dot and a name, in lower-case letters, digits and hyphens, such as \"council.meeting\"; the group names the module the kind belongs to.", @"^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$")),
        DocumentMember.Required("chineseName", DocumentSchema.Text("The kind's name in Chinese.", minimumLength: 1)),
        DocumentMember.Required("englishName", DocumentSchema.Text("The kind's name in English.", minimumLength: 1)),
        DocumentMember.Required("inputs", DocumentSchema.Array(
            "The kind's inputs, each derived input after the two it is derived from.",
            DocumentSchema.Object(
                "One input: give unit for an input the caller gives, or ratio or difference for one derived from two inputs declared before it.",
                DocumentMember.Required("name", DocumentSchema.Text("The input's name: a lower-case letter, then letters and digits.", "^[a-z][A-Za-z0-9]{0,63}$")),
                DocumentMember.Optional("unit", DocumentSchema.Name<MeasureUnit>("What the input measures.")),
                DocumentMember.Optional("ratio", DocumentSchema.Object(
                    "The input is the part's share of the whole, both of one unit.",
                    DocumentMember.Required("part", DocumentSchema.Text("The part's input.", minimumLength: 1)),
                    DocumentMember.Required("whole", DocumentSchema.Text("The whole's input.", minimumLength: 1)))),
                DocumentMember.Optional("difference", DocumentSchema.Object(
                    "The input is the minuend less the subtrahend, both of one unit; of two dates, the days between them.",
                    DocumentMember.Required("minuend", DocumentSchema.Text("The input subtracted from.", minimumLength: 1)),
                    DocumentMember.Required("subtrahend", DocumentSchema.Text("The input subtracted.", minimumLength: 1)))),
                DocumentMember.Required("chineseName", DocumentSchema.Text("The input's name in Chinese, as explanations use it.", minimumLength: 1)),
                DocumentMember.Required("englishName", DocumentSchema.Text("The input's name in English, as explanations use it.", minimumLength: 1))).WithMemberCount(4, 4))),
        DocumentMember.Optional("findings", DocumentSchema.Array(
            "The findings the kind's rules may raise.",
            DocumentSchema.Object(
                "One finding.",
                DocumentMember.Required("code", DocumentSchema.Text("Its code, such as \"council.not-quorate\".", minimumLength: 1)),
                DocumentMember.Required("chineseName", DocumentSchema.Text("What it means, in Chinese.", minimumLength: 1)),
                DocumentMember.Required("englishName", DocumentSchema.Text("What it means, in English.", minimumLength: 1)))))).Define("declaredKind");

    private static readonly string[] Derivations = ["unit", "ratio", "difference"];

    /// <summary>The label a declaration stands in for one it could not read, so that its other checks still run; the declaration is refused anyway.</summary>
    private const string Unread = "?";

    /// <summary>Reads one declared kind, every problem at its member: each input and finding is read whatever the others' problems.</summary>
    /// <returns>The kind, or null when it has problems, each added to <paramref name="found"/>.</returns>
    public static DeclaredKind? Read(DocumentNode node, List<DocumentProblem> found)
    {
        var before = found.Count;
        string? name = null, chinese = null, english = null;
        DocumentReading.Collect(found, () =>
        {
            node.OnlyMembers("name", "chineseName", "englishName", "inputs", "findings");
            name = node.Required("name").Text();
        });
        DocumentReading.Collect(found, () => chinese = Label(node, "chineseName"));
        DocumentReading.Collect(found, () => english = Label(node, "englishName"));
        var inputs = new List<DeclaredInput>();
        DocumentReading.Collect(found, () =>
        {
            foreach (var item in node.Required("inputs").Items())
            {
                DocumentReading.Collect(found, () => inputs.Add(ReadInput(item, found)), item.Path);
            }
        });
        var findings = new List<DeclaredFinding>();
        DocumentReading.Collect(found, () =>
        {
            foreach (var item in node.Optional("findings")?.Items() ?? [])
            {
                DocumentReading.Collect(found, () => findings.Add(ReadFinding(item)), item.Path);
            }
        });
        if (name is null)
        {
            return null;
        }

        // The inputs read so far are checked together even when a label is missing, so that every problem is listed at once.
        DeclaredKind? kind = null;
        DocumentReading.Collect(found, () => kind = node.Made(_ => DeclaredKind.Create(name, chinese ?? Unread, english ?? Unread, inputs, findings)), node.Path);
        return found.Count > before ? null : kind;
    }

    /// <summary>Writes one declared kind as <see cref="Read"/> reads it.</summary>
    public static void Write(Utf8JsonWriter writer, DeclaredKind kind)
    {
        writer.WriteStartObject();
        writer.WriteString("name", kind.Name);
        writer.WriteString("chineseName", kind.ChineseName);
        writer.WriteString("englishName", kind.EnglishName);
        writer.WriteStartArray("inputs");
        foreach (var input in kind.Inputs)
        {
            writer.WriteStartObject();
            writer.WriteString("name", input.Name);
            switch (input.Derivation)
            {
                case DeclaredDerivation.Ratio:
                    WriteDerived(writer, "ratio", "part", "whole", input);
                    break;
                case DeclaredDerivation.Difference:
                    WriteDerived(writer, "difference", "minuend", "subtrahend", input);
                    break;
                default:
                    writer.WriteString("unit", input.Unit.ToString());
                    break;
            }

            writer.WriteString("chineseName", input.ChineseName);
            writer.WriteString("englishName", input.EnglishName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (!kind.Findings.IsEmpty)
        {
            writer.WriteStartArray("findings");
            foreach (var finding in kind.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", finding.Code.Value);
                writer.WriteString("chineseName", finding.ChineseName);
                writer.WriteString("englishName", finding.EnglishName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    // A derived input's two operands, under the names Derived reads them by.
    private static void WriteDerived(Utf8JsonWriter writer, string form, string firstName, string secondName, DeclaredInput input)
    {
        writer.WriteStartObject(form);
        writer.WriteString(firstName, input.First);
        writer.WriteString(secondName, input.Second);
        writer.WriteEndObject();
    }

    private static string Label(DocumentNode node, string member)
    {
        var label = node.Required(member);
        var text = label.Text();
        return string.IsNullOrWhiteSpace(text) ? throw new DocumentNodeException(label.Path, DocumentProblemKind.Blank, $"is \"{text}\"; expected a name, not blank.") : text;
    }

    private static DeclaredInput ReadInput(DocumentNode node, List<DocumentProblem> found)
    {
        node.OnlyMembers("name", "unit", "ratio", "difference", "chineseName", "englishName");
        var given = node.OneOf(Derivations);

        var name = node.Required("name").Text();
        string chinese = Unread, english = Unread;
        DocumentReading.Collect(found, () => chinese = Label(node, "chineseName"));
        DocumentReading.Collect(found, () => english = Label(node, "englishName"));
        return given switch
        {
            "unit" => node.Made(n => DeclaredInput.Measured(name, n.Required("unit").Name<MeasureUnit>(), chinese, english)),
            "ratio" => Derived(node, "ratio", "part", "whole", (first, second) => DeclaredInput.Ratio(name, first, second, chinese, english)),
            _ => Derived(node, "difference", "minuend", "subtrahend", (first, second) => DeclaredInput.Difference(name, first, second, chinese, english)),
        };
    }

    private static DeclaredInput Derived(DocumentNode node, string form, string firstName, string secondName, Func<string, string, DeclaredInput> make)
    {
        var body = node.Required(form);
        body.OnlyMembers(firstName, secondName);
        var first = body.Required(firstName).Text();
        var second = body.Required(secondName).Text();
        try
        {
            return make(first, second);
        }
        catch (ArgumentException refused)
        {
            var at = refused.ParamName switch
            {
                "name" => node.Path + ".name",
                "minuend" or "part" => body.Path + "." + firstName,
                "subtrahend" or "whole" => body.Path + "." + secondName,
                _ => node.Path,
            };
            throw new DocumentNodeException(at, DocumentProblemKind.InvalidValue, DocumentNode.Reason(refused));
        }
    }

    private static DeclaredFinding ReadFinding(DocumentNode node)
    {
        node.OnlyMembers("code", "chineseName", "englishName");
        var code = node.Required("code").Text();
        var chinese = Label(node, "chineseName");
        var english = Label(node, "englishName");
        return node.Made(_ => DeclaredFinding.Create(code, chinese, english));
    }
}
