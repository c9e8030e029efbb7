using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Community.Domain.BuiltIn;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Json;

/// <summary>
/// System.Text.Json options for the library's results: every result, assessment, decision, plan,
/// budget and explanation writes and reads back equal, with no reflection (the options resolve types
/// through <see cref="CommunityDomainJsonContext"/> and the source-generated metadata every registered
/// module gives, so AOT and trimmed callers can use them).
/// </summary>
/// <remarks>
/// Results name the policy version they applied by reference (its kind, jurisdiction, period, rule
/// id and status), not by copying the policy; reading one back finds that version in the catalog the
/// options are bound to, and fails with a <see cref="JsonException"/> when the catalog has no such
/// version. Writing needs no catalog: the library's types write the same JSON with default options.
/// </remarks>
public static class CommunityDomainJson
{
    /// <summary>Creates options that write and read the library's results, reading policy versions from <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog the results were evaluated against.</param>
    /// <returns>New options; a caller may add converters or resolvers for its own types before first use.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static JsonSerializerOptions Options(PolicyCatalog catalog) => Options(catalog, BuiltInModules.Registry);

    /// <summary>Creates options that write and read the results of the library and of the modules of a registry (a user's among them), reading policy versions from <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog the results were evaluated against.</param>
    /// <param name="modules">The modules whose results the options write and read: <c>BuiltInModules.Registry.With(yourModule)</c>.</param>
    /// <returns>New options; a caller may add converters or resolvers for its own types before first use.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="modules"/> is null.</exception>
    public static JsonSerializerOptions Options(PolicyCatalog catalog, ModuleRegistry modules)
    {
        Guard.Against.NullArgument(catalog);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict) { TypeInfoResolver = Metadata(modules) };
        options.Converters.Add(new PolicyCatalogJsonBinding(catalog));
        return options;
    }

    /// <summary>Gets the typed metadata of a result type from options made by <see cref="Options(PolicyCatalog, ModuleRegistry)"/>, such as <c>CommunityDomainJson.TypeInfo&lt;QuotaResult&gt;(options)</c>, for <c>JsonSerializer.Deserialize(json, info)</c> without reflection.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="options">The options.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">No metadata the options resolve through knows <typeparamref name="T"/> (a type of a module the options were not made with).</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options)
    {
        Guard.Against.NullArgument(options);
        try
        {
            return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }
        catch (NotSupportedException unknown)
        {
            throw new ArgumentException($"options know no JSON metadata of {typeof(T).Name}; expected options made with the registry of the module that defines it (CommunityDomainJson.Options(catalog, registry)).", nameof(options), unknown);
        }
    }

    /// <summary>Gets the JSON metadata of the library's composition types and of every module of a registry, combined: what <see cref="Options(PolicyCatalog, ModuleRegistry)"/> resolves types through.</summary>
    /// <param name="modules">The modules.</param>
    /// <returns>The combined metadata.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> is null.</exception>
    /// <remarks>
    /// Nothing read is lost: a member the constructor does not take but a property sets must be given,
    /// and a member the library computes from the others (such as a quota's <c>Overall</c>) is compared
    /// with what the others give, refusing JSON in which they disagree, instead of being skipped unread.
    /// </remarks>
    public static IJsonTypeInfoResolver Metadata(ModuleRegistry modules) =>
        JsonTypeInfoResolver.Combine([CommunityDomainJsonContext.Default, Declarations.DeclarationsJsonContext.Default, .. Guard.Against.NullArgument(modules).JsonMetadata]).WithAddedModifier(EveryMemberRead);

    private static void EveryMemberRead(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.AssociatedParameter is { IsMemberInitializer: false })
            {
                continue;
            }

            if (property.Set is not null || property.AssociatedParameter is not null)
            {
                property.IsRequired = true;
            }
            else if (property.Get is { } get)
            {
                var name = property.Name;
                var metadata = property.PropertyType;
                property.Set = (owner, given) =>
                {
                    // Compared as written, so that every member counts, not only those the type's equality compares.
                    var computed = Written(get(owner), metadata, info.Options);
                    var read = Written(given, metadata, info.Options);
                    if (computed != read)
                    {
                        throw new JsonException($"{info.Type.Name}.{name} is computed from the other members, which give {computed}; the JSON gives {read}.");
                    }
                };
            }
        }
    }

    private static string Written(object? value, Type type, JsonSerializerOptions options) => JsonSerializer.Serialize(value, options.GetTypeInfo(type));

    /// <summary>Creates the composition's source-generated context with options bound to <paramref name="catalog"/>, for callers that want typed metadata of budgets and batches, such as <c>JsonSerializer.Deserialize(json, CommunityDomainJson.Context(catalog).Budget)</c>; a module's results resolve through <see cref="Options(PolicyCatalog)"/>.</summary>
    /// <param name="catalog">The catalog the results were evaluated against.</param>
    /// <returns>A new context, whose <see cref="System.Text.Json.Serialization.JsonSerializerContext.Options"/> are bound to the catalog (and read-only).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static CommunityDomainJsonContext Context(PolicyCatalog catalog)
    {
        Guard.Against.NullArgument(catalog);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict);
        options.Converters.Add(new PolicyCatalogJsonBinding(catalog));
        return new CommunityDomainJsonContext(options);
    }

    /// <summary>Binds <paramref name="options"/> to <paramref name="catalog"/>, so that results read with them find their policy versions there; for callers with options of their own.</summary>
    /// <param name="options">The caller's options, not yet used.</param>
    /// <param name="catalog">The catalog the results were evaluated against.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are already bound to a catalog, or read-only (used once already).</exception>
    public static JsonSerializerOptions Bind(JsonSerializerOptions options, PolicyCatalog catalog)
    {
        Guard.Against.NullArgument(options);
        Guard.Against.NullArgument(catalog);
        if (options.IsReadOnly)
        {
            throw new ArgumentException("options are read-only, as they have been used; expected options not yet used.", nameof(options));
        }

        if (PolicyCatalogJsonBinding.Of(options) is not null)
        {
            throw new ArgumentException("options are already bound to a catalog; expected options with no catalog.", nameof(options));
        }

        options.Converters.Add(new PolicyCatalogJsonBinding(catalog));
        return options;
    }
}
