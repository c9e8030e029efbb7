using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Policies;

/// <summary>Writes a policy kind as its name, such as <c>"funding.office-funds"</c>, and reads the name back into the kind of that name in the catalog bound to the options.</summary>
/// <remarks>Public so that a module's own source-generated JSON metadata can write and read the kinds its results name.</remarks>
public sealed class PolicyKindJsonConverter : JsonConverter<PolicyKind>
{
    /// <inheritdoc />
    public override PolicyKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw JsonValues.Refused(ref reader, "a policy kind's name, such as \"funding.office-funds\"");
        var catalog = PolicyCatalogJsonBinding.Of(options)
            ?? throw new JsonException($"Reading the policy kind {name} needs the catalog it came from: read with CommunityDomainJson.Options(catalog).");
        foreach (var kind in catalog.Kinds)
        {
            if (string.Equals(kind.Name, name, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        throw new JsonException($"The catalog has no policy kind named {name}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PolicyKind value, JsonSerializerOptions options)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(writer);
        Ardalis.GuardClauses.Guard.Against.NullArgument(value);
        writer.WriteStringValue(value.Name);
    }
}
