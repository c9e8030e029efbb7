using Ardalis.GuardClauses;

namespace Community.Domain.Modules;

/// <summary>
/// A module of the library, or a user's own: one domain concept (committees, subsidies, volunteer
/// service hours, …) with everything it adds, registered through <see cref="Register"/>. The library's
/// modules and a user's use this one contract; the catalog, documents, golden cases, JSON options,
/// dependency injection, the test kit and the tool take what the registered modules give and name none.
/// </summary>
/// <remarks>
/// A module is an identity: a <see cref="ModuleRegistry"/> holds each module type once, and refuses two
/// modules of one <see cref="Name"/>. Keep a module stateless; its <see cref="Register"/> is called each
/// time a registry is made with it, and must register the same things each time.
/// </remarks>
public abstract class DomainModule
{
    /// <summary>Initializes a new instance of the <see cref="DomainModule"/> class.</summary>
    /// <param name="name">The module's name: lower-case letters, digits and hyphens, starting with a letter, such as <c>committees</c> or <c>volunteer-hours</c>; by convention the prefix of its kind and evaluation names.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not such a name.</exception>
    protected DomainModule(string name) => Name = ModuleNames.Check(Guard.Against.NullArgument(name));

    /// <summary>Gets the module's name, such as <c>committees</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the module is made of data (a declared module), of which a registry may hold several, one per name.</summary>
    internal virtual bool IsData => false;

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Registers everything the module adds: its policy kinds with their codecs, built-in versions and their places, golden-case evaluations, JSON metadata and services.</summary>
    /// <param name="registration">Where to register them; it checks each as it is added.</param>
    protected internal abstract void Register(ModuleRegistration registration);
}
