using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using NodaTime;

namespace Community.Domain.Policies;

/// <summary>The library's front door: an immutable set of jurisdictions and policy versions, and the resolution of the version in force for a jurisdiction on a date.</summary>
/// <remarks>
/// <para>The built-in catalog, <c>BuiltInCatalog.Instance</c> (assembled outside the kernel from every
/// module's built-ins), holds the jurisdictions and policies of the source documents. To add a
/// jurisdiction or a policy, or to override a built-in one, call <see cref="ToBuilder"/>, change the
/// builder and build a new catalog; the original is never changed.</para>
/// <para>Resolution walks up the jurisdiction tree: the version in force at the jurisdiction asked
/// about, else at its parent, and so on to the top of the tree (the nation, or a province created without a parent). A catalog is thread-safe, and resolving
/// allocates nothing.</para>
/// </remarks>
public sealed class PolicyCatalog
{
    private readonly FrozenDictionary<JurisdictionCode, Jurisdiction> _jurisdictions;

    private static readonly IEqualityComparer<PolicyKind> KindIdentity = ReferenceEqualityComparer.Instance;

    // Versions a jurisdiction defines itself, earliest first, by kind (kinds are identities: compared by reference).
    private readonly FrozenDictionary<PolicyKind, FrozenDictionary<JurisdictionCode, PolicyVersion[]>> _versions;

    // One node per jurisdiction, by code: for each kind with a version on its lineage, the versions
    // along the lineage, its own first (earliest first), then its parent's, and so on. The first one
    // in force on a date is the resolution, so resolving is one lookup, a scan of a few kinds by
    // reference and a short scan of versions. The table (CodeMap), the first version held inline and
    // the unchecked casts are kept because removing them measured several times slower: see
    // docs/benchmarks.md, "0.2.0".
    private readonly CodeMap<Node> _nodes;

    // Data that other parts of the kernel derive from the catalog once (the explanations' wording),
    // by type; the catalog does not know those types.
    private readonly ConcurrentDictionary<Type, object> _annotations = new();

    internal PolicyCatalog(ImmutableArray<Jurisdiction> jurisdictions, ImmutableArray<PolicyVersion> versions)
    {
        Jurisdictions = jurisdictions;
        Versions = versions;
        _jurisdictions = jurisdictions.ToFrozenDictionary(j => j.Code);
        _versions = versions
            .GroupBy(v => v.Kind, KindIdentity)
            .ToFrozenDictionary(
                byKind => byKind.Key,
                byKind => byKind.GroupBy(v => v.Jurisdiction).ToFrozenDictionary(g => g.Key, g => g.OrderBy(v => v.Period.Start ?? LocalDate.MinIsoValue).ToArray()),
                KindIdentity);
        Kinds = [.. versions.Select(v => v.Kind).Distinct(KindIdentity)];
        // A jurisdiction that defines no version itself resolves exactly as its parent does, so it shares
        // its parent's node: a catalog on the national division table (44,691 units, most defining
        // nothing) then holds one node per jurisdiction that defines something, not one per unit.
        var defining = versions.Select(v => v.Jurisdiction).ToHashSet();
        var nodes = new Dictionary<JurisdictionCode, Node>();
        _nodes = new CodeMap<Node>(jurisdictions.Select(j => KeyValuePair.Create(j.Code.Value, NodeOf(j, defining, nodes))));
    }

    /// <summary>Gets every jurisdiction, in the order they were added.</summary>
    public ImmutableArray<Jurisdiction> Jurisdictions { get; }

    /// <summary>Gets every policy version, in the order they were added.</summary>
    public ImmutableArray<PolicyVersion> Versions { get; }

    /// <summary>Gets every kind of policy with at least one version.</summary>
    public ImmutableArray<PolicyKind> Kinds { get; }

    /// <summary>Starts a builder holding nothing.</summary>
    /// <returns>An empty builder.</returns>
    public static PolicyCatalogBuilder CreateBuilder() => new([], []);

    /// <summary>Starts a builder holding this catalog's jurisdictions and versions, to add to or override them.</summary>
    /// <returns>A builder; changing it does not change this catalog.</returns>
    public PolicyCatalogBuilder ToBuilder() => new(Jurisdictions, Versions);

    /// <summary>Gets a jurisdiction by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The jurisdiction.</returns>
    /// <exception cref="ArgumentException">The catalog has no jurisdiction with <paramref name="code"/>.</exception>
    public Jurisdiction GetJurisdiction(JurisdictionCode code) => GetJurisdiction(code, nameof(code));

    /// <summary>Gets a jurisdiction by code, naming the caller's parameter if the catalog does not know it.</summary>
    internal Jurisdiction GetJurisdiction(JurisdictionCode code, string? parameterName) =>
        _jurisdictions.TryGetValue(code, out var jurisdiction) ? jurisdiction : throw UnknownJurisdiction(code, parameterName);

    /// <summary>The exception for a code a catalog does not know; the default code is named as the default.</summary>
    /// <remarks>The message names the nearest ancestor the catalog knows, found by the code's digits (its county, city or province).</remarks>
    internal ArgumentException UnknownJurisdiction(JurisdictionCode code, string? parameterName) =>
        new(code == default
                ? $"{parameterName} is the default JurisdictionCode (0), which names no place; make a code with JurisdictionCode.Of or JurisdictionCode.Parse."
                : $"{parameterName} is {code}, which this catalog does not know{NearestKnownAncestor(code)}; add the jurisdiction with PolicyCatalogBuilder.AddJurisdiction (or include the national table with PolicyCatalogBuilder.IncludeDivisions).",
            parameterName);

    // ", whose nearest known ancestor is …" for an unknown code, or nothing when the catalog knows none of its ancestors.
    private string NearestKnownAncestor(JurisdictionCode code)
    {
        foreach (var candidate in code.AncestorsByDigits())
        {
            if (_jurisdictions.TryGetValue(candidate, out var ancestor))
            {
                return $", whose nearest known ancestor is {ancestor}";
            }
        }

        return string.Empty;
    }

    /// <summary>Tries to get a jurisdiction by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="jurisdiction">The jurisdiction, when known.</param>
    /// <returns><see langword="true"/> when the catalog knows <paramref name="code"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is the default code, 0, which names no place.</exception>
    public bool TryGetJurisdiction(JurisdictionCode code, [NotNullWhen(true)] out Jurisdiction? jurisdiction) =>
        _jurisdictions.TryGetValue(Guard.Against.DefaultValue(code, "JurisdictionCode.Of or JurisdictionCode.Parse"), out jurisdiction);

    /// <summary>Gets a jurisdiction and its ancestors, nearest first, up to the top of the tree (the nation, for the built-in provinces).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The jurisdiction followed by its parent, grandparent and so on.</returns>
    /// <exception cref="ArgumentException">The catalog has no jurisdiction with <paramref name="code"/>.</exception>
    public ImmutableArray<Jurisdiction> GetLineage(JurisdictionCode code)
    {
        var lineage = ImmutableArray.CreateBuilder<Jurisdiction>();
        for (Jurisdiction? current = GetJurisdiction(code, nameof(code)); current is not null; current = ParentOf(current))
        {
            lineage.Add(current);
        }

        return lineage.ToImmutable();
    }

    /// <summary>Gets the versions of a policy that a jurisdiction itself defines (not inherited ones), earliest first.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="kind">The kind of policy.</param>
    /// <param name="jurisdiction">The defining jurisdiction.</param>
    /// <returns>The versions, possibly none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public ImmutableArray<PolicyVersion<TPolicy>> GetVersions<TPolicy>(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction)
        where TPolicy : class
    {
        Guard.Against.NullArgument(kind);
        Guard.Against.DefaultValue(jurisdiction, "JurisdictionCode.Of or JurisdictionCode.Parse");
        return VersionsAt(kind, jurisdiction) is { } versions
            ? [.. versions.Cast<PolicyVersion<TPolicy>>()]
            : [];
    }

    /// <summary>Resolves the version of a policy in force for a jurisdiction on a date, inheriting from the nearest ancestor that has one.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="kind">The kind of policy.</param>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date asked about, in the ISO calendar.</param>
    /// <returns>The version in force and where it was found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force there or at any ancestor on <paramref name="asOf"/>.</exception>
    public PolicyResolution<TPolicy> Resolve<TPolicy>(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf)
        where TPolicy : class =>
        Find(kind, jurisdiction, asOf, nameof(jurisdiction)) is { } version
            ? new PolicyResolution<TPolicy>(Unsafe.As<PolicyVersion<TPolicy>>(version), jurisdiction, asOf)
            : throw new PolicyNotInForceException(kind, GetJurisdiction(jurisdiction, nameof(jurisdiction)), asOf);

    /// <summary>Tries to resolve the version of a policy in force for a jurisdiction on a date.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="kind">The kind of policy.</param>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date asked about, in the ISO calendar.</param>
    /// <param name="resolution">The version in force and where it was found, when there is one.</param>
    /// <returns><see langword="true"/> when a version is in force there or at an ancestor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    public bool TryResolve<TPolicy>(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, out PolicyResolution<TPolicy> resolution)
        where TPolicy : class
    {
        resolution = Find(kind, jurisdiction, asOf, nameof(jurisdiction)) is { } version
            ? new PolicyResolution<TPolicy>(Unsafe.As<PolicyVersion<TPolicy>>(version), jurisdiction, asOf)
            : default;
        return !resolution.Equals(default);
    }

    /// <summary>The version in force, for evaluators that need no resolution: the hot path.</summary>
    /// <exception cref="PolicyNotInForceException">No version is in force there on <paramref name="asOf"/>.</exception>
    internal PolicyVersion<TPolicy> ResolveVersion<TPolicy>(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, [CallerArgumentExpression(nameof(jurisdiction))] string? parameterName = null)
        where TPolicy : class =>
        Find(kind, jurisdiction, asOf, parameterName) is { } version
            ? Unsafe.As<PolicyVersion<TPolicy>>(version)
            : throw new PolicyNotInForceException(kind, GetJurisdiction(jurisdiction, parameterName), asOf);

    /// <summary>The exception to throw where an evaluator finds no version of a kind in force.</summary>
    internal PolicyNotInForceException NotInForce(PolicyKind kind, JurisdictionCode jurisdiction, LocalDate asOf, [CallerArgumentExpression(nameof(jurisdiction))] string? parameterName = null) =>
        new(kind, GetJurisdiction(jurisdiction, parameterName), asOf);

    /// <summary>The version in force, or null when none is: the evaluators' <c>Try…</c> forms.</summary>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    internal PolicyVersion<TPolicy>? FindVersion<TPolicy>(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, [CallerArgumentExpression(nameof(jurisdiction))] string? parameterName = null)
        where TPolicy : class =>
        Find(kind, jurisdiction, asOf, parameterName) is { } version ? Unsafe.As<PolicyVersion<TPolicy>>(version) : null;

    // The version in force, or null. It returns a reference rather than a resolution through an out
    // parameter, which spares write barriers on the hot path. The version's policy type is the
    // kind's: ChainOf matches kinds by reference.
    private PolicyVersion? Find(PolicyKind kind, JurisdictionCode jurisdiction, LocalDate asOf, string? parameterName)
    {
        ref readonly var chain = ref ChainOf(kind, jurisdiction, asOf, parameterName);
        if (!Unsafe.IsNullRef(in chain))
        {
            // The first version tried is held in the chain itself: usually the only one.
            var day = Node.DayKey(asOf);
            if (day >= chain.First.FirstDay && day < chain.First.EndDay)
            {
                return chain.First.Version;
            }

            foreach (ref readonly var entry in chain.Rest.AsSpan())
            {
                if (day >= entry.FirstDay && day < entry.EndDay)
                {
                    return entry.Version;
                }
            }
        }

        return null;
    }

    /// <summary>Gets every version of a policy in force on a date along a jurisdiction's lineage, nearest first: the version in force, then those of the higher levels it may narrow.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="kind">The kind of policy.</param>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date asked about, in the ISO calendar.</param>
    /// <returns>The versions in force, at most one per level of the lineage; empty when none is. Enumerating allocates nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    /// <remarks>A city's rule may narrow its province's (7 to 9 members inside 5 to 11): <see cref="Resolve{TPolicy}"/> gives the city's, the nearest, and this gives both, so that an evaluator can check the nearer rule against the higher ones.</remarks>
    public PolicyLineage<TPolicy> ResolveLineage<TPolicy>(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf)
        where TPolicy : class
    {
        ref readonly var chain = ref ChainOf(kind, jurisdiction, asOf, nameof(jurisdiction));
        return Unsafe.IsNullRef(in chain) ? default : new PolicyLineage<TPolicy>(chain, Node.DayKey(asOf));
    }

    // The versions of a kind along a jurisdiction's lineage, or a null reference when it has none;
    // checks the arguments. A reference, not a copy, keeps the hot path's reads in place.
    private ref readonly Node.KindChain ChainOf(PolicyKind kind, JurisdictionCode jurisdiction, LocalDate asOf, string? parameterName)
    {
        Guard.Against.NullArgument(kind);
        EffectivePeriod.CheckIso(asOf);
        if (_nodes.Find(jurisdiction.Value) is not { } node)
        {
            throw UnknownJurisdiction(jurisdiction, parameterName);
        }

        return ref node.ChainOf(kind);
    }

    /// <summary>
    /// What resolves a jurisdiction's policies: two jurisdictions with the same key resolve every kind
    /// alike on every day (a jurisdiction that defines nothing shares its parent's), so that what is
    /// resolved for one can serve the other. Null for a jurisdiction the catalog does not know.
    /// </summary>
    internal object? ResolutionKey(JurisdictionCode jurisdiction) => _nodes.Find(jurisdiction.Value);

    /// <summary>Gets data derived from this catalog once, on first use, and kept with it: the explanations' wording.</summary>
    /// <remarks>The catalog stays immutable as seen from outside: what is kept is a function of the catalog alone.</remarks>
    internal T Annotation<T>(Func<PolicyCatalog, T> create)
        where T : class =>
        (T)_annotations.GetOrAdd(typeof(T), static (_, state) => state.Create(state.Catalog), (Create: create, Catalog: this));

    /// <summary>Finds the version of the kind named <paramref name="kindName"/> that <paramref name="jurisdiction"/> defines from <paramref name="start"/>, for a JSON reference to it.</summary>
    internal PolicyVersion? FindDefined(string kindName, JurisdictionCode jurisdiction, LocalDate? start)
    {
        foreach (var kind in Kinds)
        {
            if (string.Equals(kind.Name, kindName, StringComparison.Ordinal))
            {
                return VersionsAt(kind, jurisdiction) is { } versions ? Array.Find(versions, v => v.Period.Start == start) : null;
            }
        }

        return null;
    }

    private PolicyVersion[]? VersionsAt(PolicyKind kind, JurisdictionCode jurisdiction) =>
        _versions.TryGetValue(kind, out var byJurisdiction) && byJurisdiction.TryGetValue(jurisdiction, out var versions)
            ? versions
            : null;

    private Jurisdiction? ParentOf(Jurisdiction jurisdiction) =>
        jurisdiction.Parent is { } parent ? _jurisdictions[parent] : null;

    private Node NodeOf(Jurisdiction jurisdiction, HashSet<JurisdictionCode> defining, Dictionary<JurisdictionCode, Node> nodes)
    {
        if (nodes.TryGetValue(jurisdiction.Code, out var known))
        {
            return known;
        }

        var node = !defining.Contains(jurisdiction.Code) && ParentOf(jurisdiction) is { } parent
            ? NodeOf(parent, defining, nodes)
            : CreateNode(jurisdiction);
        nodes.Add(jurisdiction.Code, node);
        return node;
    }

    private Node CreateNode(Jurisdiction jurisdiction)
    {
        var lineage = GetLineage(jurisdiction.Code);
        var chains = _versions
            .Select(byKind => (Kind: byKind.Value.Values.First()[0].Kind, Chain: lineage.SelectMany(a => byKind.Value.TryGetValue(a.Code, out var own) ? own : []).ToArray()))
            .Where(c => c.Chain.Length > 0)
            .ToArray();
        return new Node([.. chains.Select(c => new Node.KindChain(c.Kind, c.Chain))]);
    }

    /// <summary>What resolution and explanation need of one jurisdiction, made once when the catalog is built.</summary>
    internal sealed class Node(Node.KindChain[] chains)
    {
        private readonly KindChain[] _chains = chains;

        // A day as a whole number that orders as the dates do; it needs no calendar arithmetic.
        public static int DayKey(LocalDate date) => EffectivePeriod.DayKey(date);

        public ref readonly KindChain ChainOf(PolicyKind kind)
        {
            // Kinds are identities: a catalog holds one instance per name (its builder refuses two).
            foreach (ref readonly var chain in _chains.AsSpan())
            {
                if (ReferenceEquals(chain.Kind, kind))
                {
                    return ref chain;
                }
            }

            return ref Unsafe.NullRef<KindChain>();
        }

        /// <summary>A kind and its versions along the lineage, in the order they are tried: the first, then the rest.</summary>
        public readonly struct KindChain(PolicyKind kind, PolicyVersion[] versions)
        {
            public PolicyKind Kind { get; } = kind;

            public Entry First { get; } = new(versions[0]);

            public Entry[] Rest { get; } = [.. versions.Skip(1).Select(v => new Entry(v))];
        }

        /// <summary>A version with its period as day keys: the first day in force, and the first day no longer in force.</summary>
        public readonly struct Entry(PolicyVersion version)
        {
            public PolicyVersion Version { get; } = version;

            public int FirstDay { get; } = version.Period.Start is { } start ? DayKey(start) : int.MinValue;

            public int EndDay { get; } = version.Period.EndExclusive is { } end ? DayKey(end) : int.MaxValue;
        }
    }
}
