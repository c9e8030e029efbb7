using System.Collections.Concurrent;
using System.Collections.Frozen;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;

namespace Community.Domain.Explanations;

/// <summary>How explanations word one catalog's jurisdictions, kinds, versions and bands, made once per catalog on the first explanation.</summary>
/// <remarks>
/// Policy data holds no display text: the wording lives here, in the explanations, and reaches the
/// catalog only through its opaque per-catalog slot (<see cref="PolicyCatalog.Annotation{T}"/>), so
/// that every evaluator over one catalog shares it and explaining does not format the same
/// resolution or band twice (docs/benchmarks.md).
/// </remarks>
internal sealed class CatalogWording
{
    private readonly FrozenDictionary<JurisdictionCode, ExplanationText> _jurisdictions;
    private readonly FrozenDictionary<PolicyVersion, ExplanationStep> _resolutions;
    private readonly FrozenDictionary<PolicyKind, ExplanationText> _kinds;

    // Band tables sit inside policies, which the catalog does not look into: their places are worded
    // on first use, once per table.
    private readonly ConcurrentDictionary<object, BandPlace[]> _places = new(ReferenceEqualityComparer.Instance);

    private CatalogWording(PolicyCatalog catalog)
    {
        _jurisdictions = catalog.Jurisdictions.ToFrozenDictionary(j => j.Code, KernelText.Jurisdiction);
        _resolutions = catalog.Versions.ToFrozenDictionary<PolicyVersion, PolicyVersion, ExplanationStep>(
            v => v, v => KernelText.Resolution(v, Jurisdiction(v.Jurisdiction)), ReferenceEqualityComparer.Instance);
        _kinds = catalog.Versions.Select(v => v.Kind).Distinct(ReferenceEqualityComparer.Instance).Cast<PolicyKind>()
            .ToFrozenDictionary<PolicyKind, PolicyKind, ExplanationText>(k => k, KernelText.Kind, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Gets the wording of a catalog, made on first use and shared by every evaluator over it.</summary>
    public static CatalogWording Of(PolicyCatalog catalog) => catalog.Annotation(static c => new CatalogWording(c));

    /// <summary>Gets a jurisdiction as explanations name it: its code as the name, its names in both languages.</summary>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="code"/>.</exception>
    public ExplanationText Jurisdiction(JurisdictionCode code) =>
        _jurisdictions.TryGetValue(code, out var text)
            ? text
            : throw new ArgumentException($"code is {code}, which this catalog does not know; add the jurisdiction with PolicyCatalogBuilder.AddJurisdiction.", nameof(code));

    /// <summary>Gets the step that states which version is in force: who defines it and its period.</summary>
    public ExplanationStep Resolution(PolicyVersion version) => _resolutions[version];

    /// <summary>Whether the version is one of the catalog's.</summary>
    public bool Holds(PolicyVersion version) => _resolutions.ContainsKey(version);

    /// <summary>Gets a kind as explanations name it.</summary>
    public ExplanationText Kind(PolicyKind kind) => _kinds.TryGetValue(kind, out var text) ? text : KernelText.Kind(kind);

    /// <summary>Gets how explanations name the band at a listed position of a table.</summary>
    public BandPlace Place<TQuantity, TValue>(BandTable<TQuantity, TValue> table, int listed)
        where TQuantity : struct, IComparable<TQuantity> =>
        _places.GetOrAdd(table, static (_, t) => Places(t), table)[listed];

    private static BandPlace[] Places<TQuantity, TValue>(BandTable<TQuantity, TValue> table)
        where TQuantity : struct, IComparable<TQuantity>
    {
        var bands = table.Bands;
        var places = new BandPlace[bands.Length];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = KernelText.Place(bands[i], i, bands.Length);
        }

        return places;
    }
}
