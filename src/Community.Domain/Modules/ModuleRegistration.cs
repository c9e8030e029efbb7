using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;

namespace Community.Domain.Modules;

/// <summary>
/// What one module registers, given to its <see cref="DomainModule.Register"/>: policy kinds with their
/// codecs, built-in versions and the places they stand at, golden-case evaluations, JSON metadata and
/// services. A <see cref="ModuleRegistry"/> checks the whole against every other module's.
/// </summary>
public sealed class ModuleRegistration
{
    private readonly List<PolicyCodec> _codecs = [];
    private readonly List<PolicyVersion> _builtIns = [];
    private readonly List<Jurisdiction> _jurisdictions = [];
    private readonly List<CaseEvaluation> _evaluations = [];
    private readonly List<IJsonTypeInfoResolver> _json = [];
    private readonly List<ModuleService> _services = [];

    internal ModuleRegistration(DomainModule module) => Module = module;

    /// <summary>Gets the module registering.</summary>
    public DomainModule Module { get; }

    internal IReadOnlyList<PolicyCodec> Codecs => _codecs;

    internal IReadOnlyList<PolicyVersion> BuiltIns => _builtIns;

    internal IReadOnlyList<Jurisdiction> Jurisdictions => _jurisdictions;

    internal IReadOnlyList<CaseEvaluation> Evaluations => _evaluations;

    internal IReadOnlyList<IJsonTypeInfoResolver> Json => _json;

    internal IReadOnlyList<ModuleService> Services => _services;

    /// <summary>Declares a policy kind with the codec that reads and writes its versions in catalog documents.</summary>
    /// <typeparam name="TPolicy">The kind's policy type.</typeparam>
    /// <param name="codec">The codec; its <see cref="PolicyCodec.Kind"/> is the kind declared.</param>
    /// <returns>This registration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codec"/> is null.</exception>
    public ModuleRegistration AddKind<TPolicy>(PolicyCodec<TPolicy> codec)
        where TPolicy : class
    {
        _codecs.Add(Guard.Against.NullArgument(codec));
        return this;
    }

    /// <summary>Adds built-in versions, each of a kind this module declares (<see cref="AddKind{TPolicy}"/>).</summary>
    /// <param name="versions">The versions, in the order a catalog should hold them.</param>
    /// <returns>This registration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> or one of them is null.</exception>
    public ModuleRegistration AddBuiltIns(IEnumerable<PolicyVersion> versions)
    {
        _builtIns.AddRange(Guard.Against.NoNullElements(versions));
        return this;
    }

    /// <summary>Adds the jurisdictions the built-in versions stand at (and their ancestors), which a catalog made from the registry includes.</summary>
    /// <param name="jurisdictions">The jurisdictions, parents before children.</param>
    /// <returns>This registration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jurisdictions"/> or one of them is null.</exception>
    public ModuleRegistration AddJurisdictions(IEnumerable<Jurisdiction> jurisdictions)
    {
        _jurisdictions.AddRange(Guard.Against.NoNullElements(jurisdictions));
        return this;
    }

    /// <summary>Adds an evaluation that golden cases, <c>GoldenCaseDocument.Evaluate</c> and the tool's <c>explain</c> can name.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>This registration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public ModuleRegistration AddCaseEvaluation(CaseEvaluation evaluation)
    {
        _evaluations.Add(Guard.Against.NullArgument(evaluation));
        return this;
    }

    /// <summary>Adds the JSON metadata of the module's results, a source-generated <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> of its own; the library's JSON options combine every module's.</summary>
    /// <param name="metadata">The metadata.</param>
    /// <returns>This registration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> is null.</exception>
    public ModuleRegistration AddJsonMetadata(IJsonTypeInfoResolver metadata)
    {
        _json.Add(Guard.Against.NullArgument(metadata));
        return this;
    }

    /// <summary>Adds a service made over a catalog, such as the module's evaluator; dependency injection registers it as a singleton.</summary>
    /// <typeparam name="TService">The service's type.</typeparam>
    /// <param name="create">Makes the service over a catalog.</param>
    /// <returns>This registration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="create"/> is null.</exception>
    public ModuleRegistration AddService<TService>(Func<PolicyCatalog, TService> create)
        where TService : class
    {
        Guard.Against.NullArgument(create);
        _services.Add(new ModuleService(Module, typeof(TService), create));
        return this;
    }

    /// <summary>The problems of this module's registration on its own: a kind declared twice, built-ins of a kind it does not declare, an evaluation or service given twice.</summary>
    internal IEnumerable<DefinitionProblem> Problems()
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var codec in _codecs)
        {
            if (!kinds.Add(codec.Kind.Name))
            {
                yield return new DefinitionProblem(DefinitionProblemKind.Duplicate, $"Module \"{Module.Name}\" declares the kind \"{codec.Kind.Name}\" twice; expected each kind once, with one codec.");
            }
        }

        foreach (var version in _builtIns)
        {
            if (!_codecs.Exists(c => ReferenceEquals(c.Kind, version.Kind)))
            {
                yield return new DefinitionProblem(DefinitionProblemKind.UndeclaredKind, $"Module \"{Module.Name}\" gives the built-in version {version}, of the kind \"{version.Kind.Name}\", which it does not declare with a codec; expected AddKind with the kind's codec, so that catalog documents can hold it.");
            }
        }

        foreach (var duplicate in _evaluations.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new DefinitionProblem(DefinitionProblemKind.Duplicate, $"Module \"{Module.Name}\" adds the evaluation \"{duplicate.Key}\" twice; expected each evaluation once.");
        }

        foreach (var duplicate in _services.GroupBy(s => s.ServiceType).Where(g => g.Count() > 1))
        {
            yield return new DefinitionProblem(DefinitionProblemKind.Duplicate, $"Module \"{Module.Name}\" adds the service {duplicate.Key.Name} twice; expected each service once.");
        }
    }
}
