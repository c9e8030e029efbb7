using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Sources;

namespace Community.Domain.Policies;

/// <summary>Collects jurisdictions and policy versions, then builds an immutable <see cref="PolicyCatalog"/>, checking the whole definition at once.</summary>
/// <remarks>
/// <para>Start from the built-in catalog (<c>BuiltInCatalog.Instance</c>) with <see cref="PolicyCatalog.ToBuilder"/> to
/// extend or override the built-in policies, or from <see cref="PolicyCatalog.CreateBuilder"/> for
/// an empty catalog. To override a built-in version, <see cref="Override{TPolicy}"/> replaces every
/// version of that kind defined at that jurisdiction; to override it only for one county, add a
/// version at the county, which its descendants then inherit instead.</para>
/// <para><see cref="Build"/> checks everything together and throws one
/// <see cref="PolicyDefinitionException"/> listing every problem. A builder is not thread-safe;
/// the catalogs it builds are.</para>
/// </remarks>
public sealed class PolicyCatalogBuilder
{
    private readonly List<Jurisdiction> _jurisdictions;
    private readonly List<PolicyVersion> _versions;

    internal PolicyCatalogBuilder(IEnumerable<Jurisdiction> jurisdictions, IEnumerable<PolicyVersion> versions)
    {
        _jurisdictions = [.. jurisdictions];
        _versions = [.. versions];
    }

    /// <summary>Gets the jurisdictions added so far.</summary>
    public IReadOnlyList<Jurisdiction> Jurisdictions => _jurisdictions;

    /// <summary>Gets the policy versions added so far.</summary>
    public IReadOnlyList<PolicyVersion> Versions => _versions;

    /// <summary>Adds a jurisdiction; its parent may be added before or after it.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jurisdiction"/> is null.</exception>
    public PolicyCatalogBuilder AddJurisdiction(Jurisdiction jurisdiction)
    {
        _jurisdictions.Add(Guard.Against.NullArgument(jurisdiction));
        return this;
    }

    /// <summary>Adds each jurisdiction whose code the builder does not hold yet, and skips the others.</summary>
    /// <param name="jurisdictions">The jurisdictions, parents before or after their children.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jurisdictions"/> or one of them is null; nothing is added then.</exception>
    /// <remarks>Modules call it to bring the jurisdictions their built-in versions are defined at; a jurisdiction the caller already added, perhaps with other names, is kept as the caller gave it.</remarks>
    public PolicyCatalogBuilder IncludeJurisdictions(IEnumerable<Jurisdiction> jurisdictions)
    {
        var given = Guard.Against.NoNullElements(jurisdictions);

        // All or nothing: a null anywhere leaves the builder as it was.
        foreach (var jurisdiction in given)
        {
            if (!_jurisdictions.Exists(j => j.Code == jurisdiction.Code))
            {
                _jurisdictions.Add(jurisdiction);
            }
        }

        return this;
    }

    /// <summary>Adds a module's built-in versions and the source documents' jurisdictions the builder lacks: what every module's <c>AddXxxPolicies</c> does.</summary>
    internal PolicyCatalogBuilder AddBuiltIns(IEnumerable<PolicyVersion> versions) =>
        IncludeJurisdictions(KnownJurisdictions.All).AddRange(versions);

    /// <summary>
    /// Includes every unit of a division table (<see cref="DivisionTable.National"/>) that the builder does
    /// not hold yet, so that any of the country's codes resolves and inherits the policies above it. A
    /// unit the builder already holds (a built-in jurisdiction with its English name, or your own unit:
    /// a new district, a renamed town) stays as you gave it, so add your own units first. Table units
    /// carry their Chinese name as their English name, the tables having no English names; provinces
    /// hang under the builder's nation, if it holds one.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public PolicyCatalogBuilder IncludeDivisions(DivisionTable table)
    {
        Guard.Against.NullArgument(table);
        var held = _jurisdictions.Select(j => j.Code).ToHashSet();
        var nation = _jurisdictions.Find(j => j.Level == JurisdictionLevel.Nation)?.Code;
        foreach (var unit in table.Units)
        {
            if (held.Add(unit.Code))
            {
                _jurisdictions.Add((unit.Parent ?? nation) is { } parent
                    ? Jurisdiction.Below(parent, unit.Code, unit.ChineseName, unit.ChineseName, unit.Level)
                    : Jurisdiction.Province(unit.Code, unit.ChineseName, unit.ChineseName));
            }
        }

        return this;
    }

    /// <summary>Adds policy versions of any kinds, such as a module's built-in versions.</summary>
    /// <param name="versions">The versions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> or one of them is null; nothing is added then.</exception>
    public PolicyCatalogBuilder AddRange(IEnumerable<PolicyVersion> versions)
    {
        var given = Guard.Against.NoNullElements(versions);

        _versions.AddRange(given);
        return this;
    }

    /// <summary>Adds a policy version.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="version">The version.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public PolicyCatalogBuilder Add<TPolicy>(PolicyVersion<TPolicy> version)
        where TPolicy : class
    {
        _versions.Add(Guard.Against.NullArgument(version));
        return this;
    }

    /// <summary>Creates and adds a policy version.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="kind">The kind of policy.</param>
    /// <param name="jurisdiction">The defining jurisdiction.</param>
    /// <param name="period">When the version is in force.</param>
    /// <param name="policy">What the version says.</param>
    /// <param name="ruleId">The rule it encodes.</param>
    /// <param name="citations">The rule's sources, if any.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/>, <paramref name="policy"/> or a citation is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> or <paramref name="ruleId"/> is the default value.</exception>
    public PolicyCatalogBuilder Add<TPolicy>(
        PolicyKind<TPolicy> kind,
        JurisdictionCode jurisdiction,
        EffectivePeriod period,
        TPolicy policy,
        RuleId ruleId,
        params IEnumerable<Citation> citations)
        where TPolicy : class =>
        Add(PolicyVersion.Create(kind, jurisdiction, period, policy, ruleId, citations));

    /// <summary>Removes every version of a policy that a jurisdiction itself defines.</summary>
    /// <param name="kind">The kind of policy.</param>
    /// <param name="jurisdiction">The defining jurisdiction.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public PolicyCatalogBuilder RemoveVersions(PolicyKind kind, JurisdictionCode jurisdiction)
    {
        Guard.Against.NullArgument(kind);
        Guard.Against.DefaultValue(jurisdiction, "JurisdictionCode.Of or JurisdictionCode.Parse");
        _versions.RemoveAll(v => v.Jurisdiction == jurisdiction && ReferenceEquals(v.Kind, kind));
        return this;
    }

    /// <summary>Replaces every version of the policy's kind at its jurisdiction with this one version.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="version">The version that overrides.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    public PolicyCatalogBuilder Override<TPolicy>(PolicyVersion<TPolicy> version)
        where TPolicy : class
    {
        Guard.Against.NullArgument(version);
        return RemoveVersions(version.Kind, version.Jurisdiction).Add(version);
    }

    /// <summary>Builds the catalog, checking the whole definition.</summary>
    /// <returns>The immutable catalog.</returns>
    /// <exception cref="PolicyDefinitionException">The definition has problems; every one is listed.</exception>
    public PolicyCatalog Build() =>
        TryBuild(out var catalog, out var problems)
            ? catalog
            : throw new PolicyDefinitionException("policy catalog", problems);

    /// <summary>Tries to build the catalog, returning every problem instead of throwing.</summary>
    /// <param name="catalog">The catalog, when the definition is valid.</param>
    /// <param name="problems">Every problem found; empty when the definition is valid.</param>
    /// <returns><see langword="true"/> when the definition is valid.</returns>
    public bool TryBuild([NotNullWhen(true)] out PolicyCatalog? catalog, out ImmutableArray<DefinitionProblem> problems)
    {
        var found = ImmutableArray.CreateBuilder<DefinitionProblem>();
        var byCode = CheckJurisdictions(found);
        CheckVersions(byCode, found);
        problems = found.ToImmutable();
        catalog = problems.IsEmpty ? new PolicyCatalog([.. _jurisdictions], [.. _versions]) : null;
        return catalog is not null;
    }

    private Dictionary<JurisdictionCode, Jurisdiction> CheckJurisdictions(ImmutableArray<DefinitionProblem>.Builder found)
    {
        var byCode = new Dictionary<JurisdictionCode, Jurisdiction>();
        foreach (var jurisdiction in _jurisdictions)
        {
            if (!byCode.TryAdd(jurisdiction.Code, jurisdiction))
            {
                found.Add(new(DefinitionProblemKind.DuplicateJurisdiction, $"Jurisdiction {jurisdiction} has the same code as {byCode[jurisdiction.Code]}."));
            }
        }

        foreach (var jurisdiction in byCode.Values)
        {
            if (jurisdiction.Parent is not { } parentCode)
            {
                continue;
            }

            if (!byCode.TryGetValue(parentCode, out var parent))
            {
                found.Add(new(DefinitionProblemKind.UnknownJurisdiction, $"Jurisdiction {jurisdiction} names parent {parentCode}, which is not in the catalog."));
            }
            else if (Tier(parent.Level) >= Tier(jurisdiction.Level))
            {
                found.Add(new(DefinitionProblemKind.InvalidParent, $"Jurisdiction {jurisdiction}, a {jurisdiction.Level}, has parent {parent}, a {parent.Level}; a parent must be of a higher tier."));
            }
        }

        return byCode;
    }

    private void CheckVersions(Dictionary<JurisdictionCode, Jurisdiction> byCode, ImmutableArray<DefinitionProblem>.Builder found)
    {
        var kinds = new Dictionary<string, PolicyKind>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in _versions)
        {
            if (!byCode.ContainsKey(version.Jurisdiction))
            {
                found.Add(new(DefinitionProblemKind.UnknownJurisdiction, $"Version {version} is defined at {version.Jurisdiction}, which is not in the catalog."));
            }

            if (!kinds.TryAdd(version.Kind.Name, version.Kind) && !ReferenceEquals(kinds[version.Kind.Name], version.Kind) && reported.Add(version.Kind.Name))
            {
                var first = kinds[version.Kind.Name];
                found.Add(new(
                    DefinitionProblemKind.ConflictingPolicyKind,
                    first.PolicyType == version.Kind.PolicyType
                        ? $"Policy kind \"{version.Kind.Name}\" names two different kind instances; a kind is an identity, so create it once and use that instance everywhere."
                        : $"Policy kind \"{version.Kind.Name}\" is used with policy type {first.PolicyType.Name} and with {version.Kind.PolicyType.Name}."));
            }
        }

        // Versions of one kind at one jurisdiction, earliest first: each must end before the next starts.
        foreach (var group in _versions.GroupBy(v => (v.Kind, v.Jurisdiction)))
        {
            var ordered = group.OrderBy(v => v.Period.Start ?? NodaTime.LocalDate.MinIsoValue).ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                var a = ordered[i];

                // Sorted by start: once a later version starts on or after a's end, none after it overlaps a.
                for (var j = i + 1; j < ordered.Length && ordered[j].Period.Overlaps(a.Period); j++)
                {
                    var b = ordered[j];
                    found.Add(new(
                        DefinitionProblemKind.OverlappingVersions,
                        $"Versions {a.Period} ({a.RuleId}) and {b.Period} ({b.RuleId}) of \"{a.Kind.Name}\" at {a.Jurisdiction} are both in force on a common day."));
                }
            }
        }
    }

    private static int Tier(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.Nation => 0,
        JurisdictionLevel.Town => (int)JurisdictionLevel.Street,
        JurisdictionLevel.FunctionalArea => (int)JurisdictionLevel.County,
        _ => (int)level,
    };
}
