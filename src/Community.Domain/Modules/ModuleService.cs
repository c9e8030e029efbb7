using Community.Domain.Policies;

namespace Community.Domain.Modules;

/// <summary>A service a module offers over a catalog, such as its evaluator: dependency injection registers it as a singleton made from the catalog.</summary>
public sealed class ModuleService
{
    private readonly Func<PolicyCatalog, object> _create;

    internal ModuleService(DomainModule module, Type serviceType, Func<PolicyCatalog, object> create)
    {
        Module = module;
        ServiceType = serviceType;
        _create = create;
    }

    /// <summary>Gets the module that offers it.</summary>
    public DomainModule Module { get; }

    /// <summary>Gets the service's type, such as <c>CommitteeEvaluator</c>.</summary>
    public Type ServiceType { get; }

    /// <summary>Makes the service over a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The service, an instance of <see cref="ServiceType"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public object Create(PolicyCatalog catalog) => _create(Ardalis.GuardClauses.Guard.Against.NullArgument(catalog));

    /// <inheritdoc />
    public override string ToString() => $"{ServiceType.Name} ({Module.Name})";
}
