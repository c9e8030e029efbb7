using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Community.Domain.Documents;

/// <summary>
/// Writes a <see cref="DocumentSchema"/> as a JSON Schema (draft 2020-12): every defined schema once under
/// <c>$defs</c>, in the order of their names, referred to where it is used; indented by two spaces, with
/// <c>\n</c> line ends, so that the same schemas always write the same text.
/// </summary>
internal static class JsonSchemaWriting
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a document's schema.</summary>
    /// <param name="id">The schema's <c>$id</c>.</param>
    /// <param name="title">Its title.</param>
    /// <param name="root">The document's schema.</param>
    /// <returns>The JSON Schema, ending with a line end.</returns>
    /// <exception cref="InvalidOperationException">Two different schemas are defined under one name, or a reference names no definition.</exception>
    public static string Write(string id, string title, DocumentSchema root)
    {
        var definitions = new SortedDictionary<string, DocumentSchema>(StringComparer.Ordinal);
        var references = new SortedSet<string>(StringComparer.Ordinal);
        Collect(root, definitions, references);
        foreach (var name in references)
        {
            if (!definitions.ContainsKey(name))
            {
                throw new InvalidOperationException($"A schema refers to \"{name}\", which no schema of the document defines; define it (DocumentSchema.Define) where it is used.");
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("$id", id);
            writer.WriteString("title", title);
            WriteMembers(writer, root, root.Description);
            if (definitions.Count > 0)
            {
                writer.WriteStartObject("$defs");
                foreach (var (name, definition) in definitions)
                {
                    writer.WritePropertyName(name);
                    writer.WriteStartObject();
                    WriteMembers(writer, definition, definition.DefinitionDescription!);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Tells whether two schemas defined under one name are one definition: copies of one <see cref="DocumentSchema.Define"/>, or written alike.</summary>
    /// <param name="first">One defined schema.</param>
    /// <param name="second">The other.</param>
    /// <returns>Whether they are the same definition.</returns>
    public static bool SameDefinition(DocumentSchema first, DocumentSchema second) =>
        ReferenceEquals(first.DefinitionToken, second.DefinitionToken) || Body(first.AsDefinition()) == Body(second.AsDefinition());

    /// <summary>Walks a schema, reporting each defined schema (once per name it meets) and each name referred to.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="defined">Called with each defined schema met, the first time its name is met in this walk.</param>
    /// <param name="referenced">Called with each name a reference refers to.</param>
    public static void Walk(DocumentSchema schema, Action<DocumentSchema> defined, Action<string> referenced) =>
        Walk(schema, defined, referenced, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static void Walk(DocumentSchema schema, Action<DocumentSchema> defined, Action<string> referenced, HashSet<object> seen)
    {
        if (schema.DefinitionName is { } name)
        {
            if (schema.Shape == DocumentSchemaShape.Reference)
            {
                referenced(name);
                return;
            }

            defined(schema);
            if (!seen.Add(schema.DefinitionToken!))
            {
                return;
            }
        }

        foreach (var member in schema.Members)
        {
            Walk(member.Schema, defined, referenced, seen);
        }

        foreach (var alternative in schema.Alternatives)
        {
            Walk(alternative, defined, referenced, seen);
        }

        if (schema.Items is { } items)
        {
            Walk(items, defined, referenced, seen);
        }

        if (schema.Selection is { } selection)
        {
            foreach (var (_, selected) in selection.Cases)
            {
                Walk(selected, defined, referenced, seen);
            }
        }
    }

    private static void Collect(DocumentSchema root, SortedDictionary<string, DocumentSchema> definitions, SortedSet<string> references) =>
        Walk(
            root,
            schema =>
            {
                var name = schema.DefinitionName!;
                if (!definitions.TryGetValue(name, out var known))
                {
                    definitions.Add(name, schema.AsDefinition());
                }
                else if (!SameDefinition(known, schema))
                {
                    throw new InvalidOperationException($"Two different schemas are defined as \"{name}\" (\"{known.DefinitionDescription}\" and \"{schema.DefinitionDescription}\"); give each its own name.");
                }
            },
            name => references.Add(name));

    /// <summary>Gets the schema as written where it is defined, to tell whether two schemas are the same.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>Its JSON Schema, without its definitions.</returns>
    public static string Body(DocumentSchema schema)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            WriteMembers(writer, schema, schema.DefinitionDescription ?? schema.Description);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteUse(Utf8JsonWriter writer, DocumentSchema schema)
    {
        writer.WriteStartObject();
        if (schema.DefinitionName is { } name)
        {
            writer.WriteString("description", schema.Description);
            if (schema.IsNullable)
            {
                writer.WriteStartArray("oneOf");
                writer.WriteStartObject();
                writer.WriteString("$ref", "#/$defs/" + name);
                writer.WriteEndObject();
                writer.WriteStartObject();
                writer.WriteString("type", "null");
                writer.WriteEndObject();
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteString("$ref", "#/$defs/" + name);
            }
        }
        else
        {
            WriteMembers(writer, schema, schema.Description);
        }

        writer.WriteEndObject();
    }

    private static void WriteMembers(Utf8JsonWriter writer, DocumentSchema schema, string description)
    {
        writer.WriteString("description", description);
        switch (schema.Shape)
        {
            case DocumentSchemaShape.Object:
                WriteType(writer, "object", schema.IsNullable);
                WriteObject(writer, schema);
                break;
            case DocumentSchemaShape.Array:
                WriteType(writer, "array", schema.IsNullable);
                writer.WritePropertyName("items");
                WriteUse(writer, schema.Items!);
                break;
            case DocumentSchemaShape.Text:
                WriteType(writer, "string", schema.IsNullable);
                if (schema.Pattern is { } pattern)
                {
                    writer.WriteString("pattern", pattern);
                }

                if (schema.MinimumLength > 0)
                {
                    writer.WriteNumber("minLength", schema.MinimumLength);
                }

                break;
            case DocumentSchemaShape.Integer or DocumentSchemaShape.Number:
                WriteType(writer, schema.Shape == DocumentSchemaShape.Integer ? "integer" : "number", schema.IsNullable);
                if (schema.Minimum is { } minimum)
                {
                    writer.WriteNumber("minimum", minimum);
                }

                if (schema.Maximum is { } maximum)
                {
                    writer.WriteNumber("maximum", maximum);
                }

                break;
            case DocumentSchemaShape.Boolean:
                WriteType(writer, "boolean", schema.IsNullable);
                break;
            case DocumentSchemaShape.Value:
                WriteType(writer, "object", schema.IsNullable);
                break;
            case DocumentSchemaShape.Name:
                WriteNames(writer, schema);
                break;
            default:
                writer.WriteStartArray("oneOf");
                foreach (var alternative in schema.Alternatives)
                {
                    WriteUse(writer, alternative);
                }

                if (schema.IsNullable)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "null");
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static void WriteNames(Utf8JsonWriter writer, DocumentSchema schema)
    {
        if (schema.Constant is int number)
        {
            writer.WriteNumber("const", number);
            return;
        }

        if (schema.Constant is string text)
        {
            writer.WriteString("const", text);
            return;
        }

        writer.WriteStartArray("enum");
        foreach (var name in schema.Names)
        {
            writer.WriteStringValue(name);
        }

        if (schema.IsNullable)
        {
            writer.WriteNullValue();
        }

        writer.WriteEndArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, DocumentSchema schema)
    {
        writer.WriteStartObject("properties");
        foreach (var member in schema.Members)
        {
            writer.WritePropertyName(member.Name);
            WriteUse(writer, member.Schema);
        }

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        if (schema.Members.Any(m => m.IsRequired))
        {
            writer.WriteStartArray("required");
            foreach (var member in schema.Members.Where(m => m.IsRequired))
            {
                writer.WriteStringValue(member.Name);
            }

            writer.WriteEndArray();
        }

        if (schema.MinimumMembers is { } fewest)
        {
            writer.WriteNumber("minProperties", fewest);
        }

        if (schema.MaximumMembers is { } most)
        {
            writer.WriteNumber("maxProperties", most);
        }

        if (schema.Selection is { } selection)
        {
            writer.WriteStartArray("allOf");
            foreach (var (value, selected) in selection.Cases)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("if");
                writer.WriteStartObject("properties");
                writer.WriteStartObject(selection.Selector);
                writer.WriteString("const", value);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteStartArray("required");
                writer.WriteStringValue(selection.Selector);
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteStartObject("then");
                writer.WriteStartObject("properties");
                writer.WritePropertyName(selection.Dependent);
                WriteUse(writer, selected);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    private static void WriteType(Utf8JsonWriter writer, string type, bool nullable)
    {
        if (nullable)
        {
            writer.WriteStartArray("type");
            writer.WriteStringValue(type);
            writer.WriteStringValue("null");
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("type", type);
        }
    }
}
