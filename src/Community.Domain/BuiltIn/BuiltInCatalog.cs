using Community.Domain.Policies;

namespace Community.Domain.BuiltIn;

/// <summary>The catalog of the source documents: their jurisdictions and every built-in module's policies.</summary>
/// <remarks>
/// <para>The kernel knows no module: the catalog is made from <see cref="BuiltInModules.Registry"/>,
/// whose modules register their built-in versions. To extend or override the built-in policies, start
/// from <see cref="Instance"/> with <see cref="PolicyCatalog.ToBuilder"/>; to add a module of your own
/// with its built-ins, from <c>BuiltInModules.Registry.With(module).CreateCatalogBuilder()</c>. Nothing
/// here can be changed in place.</para>
/// </remarks>
public static class BuiltInCatalog
{
    /// <summary>Gets the catalog of the source documents' jurisdictions and policies, built once.</summary>
    public static PolicyCatalog Instance { get; } = CreateBuilder().Build();

    /// <summary>Starts a builder holding the source documents' jurisdictions and every built-in module's policies.</summary>
    /// <returns>A new builder; changing it changes no catalog.</returns>
    public static PolicyCatalogBuilder CreateBuilder() =>
        BuiltInModules.Registry.CreateCatalogBuilder();
}
