using System.Text.Json;
using System.Text.Json.Serialization;

namespace Community.Domain.Policies;

/// <summary>
/// The catalog a <see cref="JsonSerializerOptions"/> reads policy versions against. It converts no
/// type itself: it sits in <see cref="JsonSerializerOptions.Converters"/> so that the converters of
/// policy versions, which results name by reference, find the catalog those versions came from.
/// </summary>
internal sealed class PolicyCatalogJsonBinding(PolicyCatalog catalog) : JsonConverterFactory
{
    /// <summary>Gets the catalog.</summary>
    public PolicyCatalog Catalog { get; } = catalog;

    /// <summary>Finds the catalog bound to <paramref name="options"/>, if any.</summary>
    public static PolicyCatalog? Of(JsonSerializerOptions options)
    {
        foreach (var converter in options.Converters)
        {
            if (converter is PolicyCatalogJsonBinding binding)
            {
                return binding.Catalog;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => false;

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A catalog binding converts no type.");
}
