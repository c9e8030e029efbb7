using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;

namespace Community.Domain.Modules;

/// <summary>
/// A set of modules and everything they register, checked as a whole: the one list that catalogs,
/// catalog and case documents, JSON options, dependency injection, the test kit and the tool read. The
/// library's own modules are <c>BuiltInModules.Registry</c>; add yours with <see cref="With"/>.
/// </summary>
/// <remarks>
/// A registry is made once (at start-up, or when a catalog or JSON options are made) and is immutable
/// and thread-safe. Nothing in it runs when a policy is evaluated: evaluators take a catalog, not a registry.
/// </remarks>
public sealed class ModuleRegistry
{
    private readonly FrozenDictionary<string, (PolicyCodec Codec, DomainModule Module)> _codecs;
    private readonly FrozenDictionary<string, CaseEvaluation> _evaluations;
    private readonly FrozenDictionary<string, DomainModule> _evaluationModules;

    private ModuleRegistry(ImmutableArray<DomainModule> modules, IReadOnlyList<ModuleRegistration> registrations)
    {
        Modules = modules;
        _codecs = registrations.SelectMany(r => r.Codecs.Select(c => (c, r.Module))).ToFrozenDictionary(p => p.c.Kind.Name, p => (p.c, p.Module), StringComparer.Ordinal);
        _evaluations = registrations.SelectMany(r => r.Evaluations).ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        _evaluationModules = registrations.SelectMany(r => r.Evaluations.Select(e => (e.Name, r.Module))).ToFrozenDictionary(p => p.Name, p => p.Module, StringComparer.Ordinal);
        Kinds = [.. registrations.SelectMany(r => r.Codecs.Select(c => c.Kind))];
        Evaluations = [.. registrations.SelectMany(r => r.Evaluations)];
        BuiltInVersions = [.. registrations.SelectMany(r => r.BuiltIns)];
        BuiltInJurisdictions = [.. registrations.SelectMany(r => r.Jurisdictions).DistinctBy(j => j.Code)];
        Services = [.. registrations.SelectMany(r => r.Services)];
        JsonMetadata = [.. registrations.SelectMany(r => r.Json)];
    }

    /// <summary>Gets a registry of no modules.</summary>
    public static ModuleRegistry Empty { get; } = new([], []);

    /// <summary>Gets the modules, in the order they were registered.</summary>
    public ImmutableArray<DomainModule> Modules { get; }

    /// <summary>Gets every policy kind the modules declare, module by module; each has a codec (<see cref="CodecOf(string)"/>).</summary>
    public ImmutableArray<PolicyKind> Kinds { get; }

    /// <summary>Gets every golden-case evaluation the modules add, module by module.</summary>
    public ImmutableArray<CaseEvaluation> Evaluations { get; }

    /// <summary>Gets every built-in version the modules give, module by module, in their order.</summary>
    public ImmutableArray<PolicyVersion> BuiltInVersions { get; }

    /// <summary>Gets the jurisdictions the built-in versions stand at, each code once, in the order first given.</summary>
    public ImmutableArray<Jurisdiction> BuiltInJurisdictions { get; }

    /// <summary>Gets the services the modules offer over a catalog, such as their evaluators.</summary>
    public ImmutableArray<ModuleService> Services { get; }

    /// <summary>Gets the modules' JSON metadata, to combine (<c>JsonTypeInfoResolver.Combine</c>) into one resolver.</summary>
    public ImmutableArray<IJsonTypeInfoResolver> JsonMetadata { get; }

    /// <summary>Makes a registry of modules, checking each module's registration and all of them together.</summary>
    /// <param name="modules">The modules, in the order their kinds, evaluations and built-ins should be listed.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> or one of them is null.</exception>
    /// <exception cref="PolicyDefinitionException">
    /// The modules conflict: a module registered twice, two modules of one name, two claiming one kind
    /// name or evaluation name or service, a module giving built-ins of a kind it does not declare with a
    /// codec, two jurisdictions of one code that differ. Every problem is listed, naming both modules.
    /// </exception>
    public static ModuleRegistry Create(IEnumerable<DomainModule> modules) =>
        TryCreate(modules, out var registry, out var problems) ? registry : throw new PolicyDefinitionException("module registry", problems);

    /// <summary>Tries to make a registry of modules.</summary>
    /// <param name="modules">The modules.</param>
    /// <param name="registry">The registry, when the modules do not conflict.</param>
    /// <param name="problems">Every problem found; empty when the registry was made.</param>
    /// <returns><see langword="true"/> when the registry was made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> or one of them is null.</exception>
    public static bool TryCreate(IEnumerable<DomainModule> modules, [NotNullWhen(true)] out ModuleRegistry? registry, out ImmutableArray<DefinitionProblem> problems)
    {
        var given = Guard.Against.NoNullElements(modules);
        var found = new List<DefinitionProblem>();
        var registrations = new List<ModuleRegistration>();
        var kinds = new Dictionary<string, DomainModule>(StringComparer.Ordinal);
        var evaluations = new Dictionary<string, DomainModule>(StringComparer.Ordinal);
        var services = new Dictionary<Type, DomainModule>();
        var places = new Dictionary<JurisdictionCode, (Jurisdiction Place, DomainModule Module)>();
        foreach (var module in given)
        {
            if (registrations.Find(r => (r.Module.GetType() == module.GetType() && !module.IsData) || r.Module.Name == module.Name) is { } earlier)
            {
                found.Add(new DefinitionProblem(
                    DefinitionProblemKind.Duplicate,
                    earlier.Module.GetType() == module.GetType() && !module.IsData
                        ? $"The module \"{module.Name}\" ({module.GetType().FullName}) is registered twice; expected each module once."
                        : $"The modules {Describe(earlier.Module)} and {Describe(module)} have one name, \"{module.Name}\"; expected each module to have its own."));
                continue;
            }

            var registration = new ModuleRegistration(module);
            module.Register(registration);
            registrations.Add(registration);
            found.AddRange(registration.Problems());
            foreach (var codec in registration.Codecs)
            {
                Claim(kinds, codec.Kind.Name, module, found, DefinitionProblemKind.ConflictingPolicyKind, "kind");
            }

            foreach (var evaluation in registration.Evaluations.DistinctBy(e => e.Name))
            {
                Claim(evaluations, evaluation.Name, module, found, DefinitionProblemKind.Duplicate, "evaluation");
            }

            foreach (var service in registration.Services.DistinctBy(s => s.ServiceType))
            {
                if (!services.TryAdd(service.ServiceType, module) && services[service.ServiceType] != module)
                {
                    found.Add(new DefinitionProblem(DefinitionProblemKind.Duplicate, $"The modules {Describe(services[service.ServiceType])} and {Describe(module)} both offer the service {service.ServiceType.FullName}; expected one module to offer it."));
                }
            }

            foreach (var place in registration.Jurisdictions)
            {
                if (places.TryGetValue(place.Code, out var held) && held.Place != place)
                {
                    found.Add(new DefinitionProblem(DefinitionProblemKind.DuplicateJurisdiction, $"The modules {Describe(held.Module)} and {Describe(module)} give two different jurisdictions of code {place.Code}: {held.Place} and {place}; expected one."));
                }
                else
                {
                    places.TryAdd(place.Code, (place, module));
                }
            }
        }

        CheckSchemas(registrations, found);
        problems = [.. found];
        registry = found.Count == 0 ? new ModuleRegistry([.. registrations.Select(r => r.Module)], registrations) : null;
        return registry is not null;
    }

    /// <summary>Finds definitions of document schemas that conflict across the modules (or in one), and references to names no module defines.</summary>
    private static void CheckSchemas(List<ModuleRegistration> registrations, List<DefinitionProblem> found)
    {
        var defined = new Dictionary<string, (DocumentSchema Schema, DomainModule Module)>(StringComparer.Ordinal);
        var referenced = new List<(string Name, DomainModule Module)>();
        foreach (var registration in registrations)
        {
            var module = registration.Module;
            foreach (var codec in registration.Codecs.Where(c => !IsObject(c.Schema)))
            {
                found.Add(new DefinitionProblem(DefinitionProblemKind.InvalidSchema, $"The module {Describe(module)} describes the policy of {codec.Kind.Name} as {codec.Schema}; expected an object (DocumentSchema.Object), or forms that are each an object (DocumentSchema.OneOf), as a version's policy is written as an object."));
            }

            foreach (var schema in registration.Codecs.Select(c => c.Schema).Concat(registration.Evaluations.Select(e => e.Inputs)))
            {
                JsonSchemaWriting.Walk(
                    schema,
                    definition =>
                    {
                        var name = definition.DefinitionName!;
                        if (!defined.TryGetValue(name, out var held))
                        {
                            defined.Add(name, (definition, module));
                        }
                        else if (!JsonSchemaWriting.SameDefinition(held.Schema, definition))
                        {
                            found.Add(new DefinitionProblem(DefinitionProblemKind.InvalidSchema, $"{(held.Module == module ? $"The module {Describe(module)} defines" : $"The modules {Describe(held.Module)} and {Describe(module)} define")} two different document schemas named \"{name}\" (\"{held.Schema.DefinitionDescription}\" and \"{definition.DefinitionDescription}\"); expected one schema under each name, so that the JSON Schemas can be written."));
                        }
                    },
                    name => referenced.Add((name, module)));
            }
        }

        foreach (var (name, module) in referenced.Distinct())
        {
            if (!defined.ContainsKey(name))
            {
                found.Add(new DefinitionProblem(DefinitionProblemKind.InvalidSchema, $"The module {Describe(module)} refers to the document schema \"{name}\", which no module defines; expected a schema defined under that name (DocumentSchema.Define)."));
            }
        }
    }

    private static bool IsObject(DocumentSchema schema) =>
        schema.Shape == DocumentSchemaShape.Object || (schema.Shape == DocumentSchemaShape.OneOf && schema.Alternatives.All(IsObject));

    /// <summary>Makes a registry of these modules and others after them.</summary>
    /// <param name="modules">The modules to add.</param>
    /// <returns>A new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modules"/> or one of them is null.</exception>
    /// <exception cref="PolicyDefinitionException">The modules conflict with these or each other; every problem is listed.</exception>
    public ModuleRegistry With(params IEnumerable<DomainModule> modules) =>
        Create([.. Modules, .. Guard.Against.NoNullElements(modules)]);

    /// <summary>Gets the codec of a kind, by the kind's name.</summary>
    /// <param name="kindName">The kind's name, such as <c>committees.quota</c>.</param>
    /// <returns>The codec, or null when no module declares the kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kindName"/> is null.</exception>
    public PolicyCodec? CodecOf(string kindName) =>
        _codecs.TryGetValue(Guard.Against.NullArgument(kindName), out var codec) ? codec.Codec : null;

    /// <summary>Gets the codec of a kind; the kind itself must be the one the module declares, not another of the same name.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The codec, or null when no module declares this kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public PolicyCodec? CodecOf(PolicyKind kind) =>
        _codecs.TryGetValue(Guard.Against.NullArgument(kind).Name, out var codec) && ReferenceEquals(codec.Codec.Kind, kind) ? codec.Codec : null;

    /// <summary>Gets the module that declares a kind, by the kind's name.</summary>
    /// <param name="kindName">The kind's name.</param>
    /// <returns>The module, or null when no module declares the kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kindName"/> is null.</exception>
    public DomainModule? ModuleOf(string kindName) =>
        _codecs.TryGetValue(Guard.Against.NullArgument(kindName), out var codec) ? codec.Module : null;

    /// <summary>Gets an evaluation by its name.</summary>
    /// <param name="name">The evaluation's name, such as <c>committees.quota</c>.</param>
    /// <returns>The evaluation, or null when no module adds it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CaseEvaluation? EvaluationOf(string name) =>
        _evaluations.TryGetValue(Guard.Against.NullArgument(name), out var evaluation) ? evaluation : null;

    /// <summary>Gets the module that adds an evaluation, by the evaluation's name.</summary>
    /// <param name="name">The evaluation's name.</param>
    /// <returns>The module, or null when no module adds the evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public DomainModule? ModuleOfEvaluation(string name) =>
        _evaluationModules.TryGetValue(Guard.Against.NullArgument(name), out var module) ? module : null;

    /// <summary>Starts a catalog builder holding the built-in jurisdictions and versions of every module.</summary>
    /// <returns>A new builder; changing it changes nothing here.</returns>
    public PolicyCatalogBuilder CreateCatalogBuilder() =>
        PolicyCatalog.CreateBuilder().IncludeJurisdictions(BuiltInJurisdictions).AddRange(BuiltInVersions);

    /// <inheritdoc />
    public override string ToString() => $"{Modules.Length} modules: {string.Join(", ", Modules.Select(m => m.Name))}";

    private static string Describe(DomainModule module) => $"\"{module.Name}\" ({module.GetType().FullName})";

    private static void Claim(Dictionary<string, DomainModule> claimed, string name, DomainModule module, List<DefinitionProblem> found, DefinitionProblemKind kind, string what)
    {
        if (!claimed.TryAdd(name, module) && claimed[name] != module)
        {
            found.Add(new DefinitionProblem(kind, $"The modules {Describe(claimed[name])} and {Describe(module)} both claim the {what} name \"{name}\"; expected each {what} name to belong to one module."));
        }
    }
}
