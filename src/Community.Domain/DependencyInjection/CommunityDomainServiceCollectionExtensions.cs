using Ardalis.GuardClauses;
using Community.Domain.BuiltIn;
using Community.Domain.Modules;
using Community.Domain.Policies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Community.Domain.DependencyInjection;

/// <summary>Registers Community.Domain with a service collection.</summary>
public static class CommunityDomainServiceCollectionExtensions
{
    /// <summary>Registers the module registry (the built-in modules and those added with <see cref="AddCommunityDomainModule"/>), the policy catalog (a singleton: every registered module's built-ins), every service the modules offer (their evaluators) and the budget calculator.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>Calling it again is harmless: registrations are added only once.</remarks>
    public static IServiceCollection AddCommunityDomain(this IServiceCollection services)
    {
        Guard.Against.NullArgument(services);
        if (!services.Any(static d => d.ServiceType == typeof(CatalogMarker)))
        {
            services.TryAddSingleton(new CatalogMarker(services.Any(static d => d.ServiceType == typeof(PolicyCatalog))));
        }

        services.TryAddSingleton(static provider => Registry(provider.GetServices<ModuleMarker>().Select(static m => m.Module)));
        services.TryAddSingleton(static provider =>
        {
            var registry = provider.GetRequiredService<ModuleRegistry>();
            var builder = registry == BuiltInModules.Registry ? BuiltInCatalog.Instance.ToBuilder() : registry.CreateCatalogBuilder();
            foreach (var configuration in provider.GetServices<CatalogConfiguration>())
            {
                configuration.Configure(builder);
            }

            return builder.Build();
        });
        AddServices(services, BuiltInModules.Registry);
        services.TryAddSingleton(static provider => new Budgets.BudgetCalculator(provider.GetRequiredService<PolicyCatalog>()));
        services.TryAddSingleton(static provider => new Declarations.DeclaredEvaluator(provider.GetRequiredService<PolicyCatalog>()));
        return services;
    }

    /// <summary>Registers a module of your own: its built-in versions join the catalog, its services (its evaluator) are registered as singletons over the catalog, and the <see cref="ModuleRegistry"/> service holds it; then registers Community.Domain as <see cref="AddCommunityDomain(IServiceCollection)"/> does.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="module">The module.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="module"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">The module conflicts with the built-in modules or one registered before (the same module twice, a kind, evaluation or service name claimed by both); every problem is listed, naming both modules.</exception>
    /// <exception cref="ArgumentException"><paramref name="services"/> already holds a catalog that this library built at registration, or one the caller registered, which could not hold the module's built-ins.</exception>
    public static IServiceCollection AddCommunityDomainModule(this IServiceCollection services, DomainModule module)
    {
        Guard.Against.NullArgument(services);
        Guard.Against.NullArgument(module);
        CheckConfigurable(services);
        var registered = services.Select(static d => d.ImplementationInstance).OfType<ModuleMarker>().Select(static m => m.Module).Append(module);
        _ = Registry(registered); // throws here, at registration, naming both modules of a conflict
        services.AddSingleton(new ModuleMarker(module));
        AddServices(services, ModuleRegistry.Create([module]));
        return services.AddCommunityDomain();
    }

    /// <summary>Registers Community.Domain with policies added to or overriding the built-in ones.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds jurisdictions and policy versions to the builder, or overrides built-in ones; every such callback registered runs, in registration order, when the catalog is first resolved.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <remarks>An invalid definition throws a <see cref="PolicyDefinitionException"/> listing every problem when the catalog is first resolved.</remarks>
    /// <exception cref="ArgumentException"><paramref name="services"/> already holds a <see cref="PolicyCatalog"/> that this library did not register, so <paramref name="configure"/> could never run.</exception>
    public static IServiceCollection AddCommunityDomain(this IServiceCollection services, Action<PolicyCatalogBuilder> configure)
    {
        Guard.Against.NullArgument(services);
        Guard.Against.NullArgument(configure);
        CheckConfigurable(services);
        services.AddSingleton(new CatalogConfiguration(configure));
        return services.AddCommunityDomain();
    }

    /// <summary>Registers Community.Domain with policies added to or overriding the built-in ones, choosing when the catalog is built and checked.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds jurisdictions and policy versions to the builder, or overrides built-in ones.</param>
    /// <param name="buildTime">When to build the catalog: <see cref="CatalogBuildTime.Registration"/> builds it now, with every configuration registered so far and this one, so that a bad definition fails while the application starts.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="buildTime"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="services"/> already holds a catalog that this library did not register, or one it built at registration, so <paramref name="configure"/> could never run.</exception>
    /// <exception cref="PolicyDefinitionException">Building at registration, a definition is invalid; every problem is listed.</exception>
    public static IServiceCollection AddCommunityDomain(this IServiceCollection services, Action<PolicyCatalogBuilder> configure, CatalogBuildTime buildTime)
    {
        Guard.Against.NullArgument(services);
        Guard.Against.NullArgument(configure);
        if (Guard.Against.UndefinedEnum(buildTime) == CatalogBuildTime.FirstUse)
        {
            return services.AddCommunityDomain(configure);
        }

        CheckConfigurable(services);
        var registry = Registry(services.Select(static d => d.ImplementationInstance).OfType<ModuleMarker>().Select(static m => m.Module));
        var builder = registry == BuiltInModules.Registry ? BuiltInCatalog.Instance.ToBuilder() : registry.CreateCatalogBuilder();
        foreach (var configuration in services.Select(static d => d.ImplementationInstance).OfType<CatalogConfiguration>())
        {
            configuration.Configure(builder);
        }

        configure(builder);
        var catalog = builder.Build(); // throws here, at registration, listing every problem

        services.RemoveAll<CatalogMarker>();
        services.RemoveAll<PolicyCatalog>();
        services.AddSingleton(new CatalogMarker(CatalogWasThere: false, BuiltAtRegistration: true));
        services.AddSingleton(catalog);
        return services.AddCommunityDomain();
    }

    // The built-in modules and the caller's, checked together.
    private static ModuleRegistry Registry(IEnumerable<DomainModule> added)
    {
        var modules = added.ToList();
        return modules.Count == 0 ? BuiltInModules.Registry : BuiltInModules.Registry.With(modules);
    }

    // Each service a module offers, a singleton over the catalog; a service the caller registered first stays.
    private static void AddServices(IServiceCollection services, ModuleRegistry registry)
    {
        foreach (var service in registry.Services)
        {
            services.TryAdd(ServiceDescriptor.Singleton(service.ServiceType, provider => service.Create(provider.GetRequiredService<PolicyCatalog>())));
        }
    }

    // configure can run only where this library will build the catalog, and has not built it yet.
    private static void CheckConfigurable(IServiceCollection services)
    {
        var marker = services.FirstOrDefault(static d => d.ServiceType == typeof(CatalogMarker))?.ImplementationInstance as CatalogMarker;
        if (marker is { BuiltAtRegistration: true })
        {
            throw new ArgumentException(
                "services holds a PolicyCatalog built at registration (CatalogBuildTime.Registration), so configure would never run; pass every configuration before that call, or to it.",
                nameof(services));
        }

        if (marker is not { CatalogWasThere: false } && services.Any(static d => d.ServiceType == typeof(PolicyCatalog)))
        {
            throw new ArgumentException(
                "services already holds a PolicyCatalog registered by the caller, so configure would never run; build that catalog with the configuration (BuiltInCatalog.Instance.ToBuilder()), or register no catalog and let AddCommunityDomain(configure) build it.",
                nameof(services));
        }
    }

    /// <summary>Marks that AddCommunityDomain ran, and whether the caller had registered a catalog before it.</summary>
    private sealed record CatalogMarker(bool CatalogWasThere, bool BuiltAtRegistration = false);

    /// <summary>A module the caller registered.</summary>
    private sealed record ModuleMarker(DomainModule Module);

    private sealed class CatalogConfiguration(Action<PolicyCatalogBuilder> configure)
    {
        public void Configure(PolicyCatalogBuilder builder) => configure(builder);
    }
}
