using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Community.Domain.Tests.Json;

/// <summary>How a member of a JSON text is changed.</summary>
public enum MutationKind
{
    /// <summary>The member is left out.</summary>
    Drop,

    /// <summary>The member is given twice, the second time with the same value.</summary>
    Duplicate,

    /// <summary>The member's name is misspelt: its first letter's case is flipped, as a PascalCase or camelCase mix-up does.</summary>
    Misspell,

    /// <summary>The member's name is misspelt with a letter added.</summary>
    Extend,
}

/// <summary>One changed JSON text: which member, how, and the text.</summary>
/// <param name="Kind">How the member was changed.</param>
/// <param name="Path">The path of the object holding the member.</param>
/// <param name="Member">The member's name.</param>
/// <param name="Json">The changed text.</param>
public sealed record JsonMutation(MutationKind Kind, string Path, string Member, string Json)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Path}.{Member}";
}

/// <summary>Changes a JSON text one member at a time: every member of every object, dropped, duplicated and misspelt in turn.</summary>
public static class JsonMutations
{
    /// <summary>Every change of one member of <paramref name="json"/> of the kinds given.</summary>
    /// <param name="json">The text, comments allowed.</param>
    /// <param name="kinds">The kinds of change.</param>
    /// <returns>The changed texts.</returns>
    public static IEnumerable<JsonMutation> Of(string json, params MutationKind[] kinds)
    {
        var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        foreach (var (holder, path, name) in Members(root, "$"))
        {
            foreach (var kind in kinds)
            {
                yield return new JsonMutation(kind, path, name, Write(root, holder, name, kind));
            }
        }
    }

    /// <summary>Every object member of a JSON value, with the path of the object holding it.</summary>
    /// <param name="node">The value.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The members.</returns>
    public static IEnumerable<(JsonObject Holder, string Path, string Name)> Members(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (var (name, value) in members)
                {
                    yield return (members, path, name);
                    foreach (var inner in Members(value, path + "." + name))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var inner in Members(items[i], $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static string Write(JsonNode root, JsonObject holder, string member, MutationKind kind)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            Node(writer, root);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());

        void Node(Utf8JsonWriter writer, JsonNode? node)
        {
            switch (node)
            {
                case JsonObject members:
                    writer.WriteStartObject();
                    foreach (var (name, value) in members)
                    {
                        if (!ReferenceEquals(members, holder) || name != member)
                        {
                            writer.WritePropertyName(name);
                            Node(writer, value);
                            continue;
                        }

                        switch (kind)
                        {
                            case MutationKind.Drop:
                                break;
                            case MutationKind.Duplicate:
                                writer.WritePropertyName(name);
                                Node(writer, value);
                                writer.WritePropertyName(name);
                                Node(writer, value);
                                break;
                            case MutationKind.Misspell:
                                writer.WritePropertyName((char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) : char.ToUpperInvariant(name[0])) + name[1..]);
                                Node(writer, value);
                                break;
                            case MutationKind.Extend:
                                writer.WritePropertyName(name + "s");
                                Node(writer, value);
                                break;
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case JsonArray items:
                    writer.WriteStartArray();
                    foreach (var item in items)
                    {
                        Node(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                case null:
                    writer.WriteNullValue();
                    break;
                default:
                    node.WriteTo(writer);
                    break;
            }
        }
    }
}
