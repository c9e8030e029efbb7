using Community.Domain.Jurisdictions;
using NodaTime;

namespace Community.Domain.Policies;

/// <summary>The policy version in force for a jurisdiction on a date, and where it was found.</summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
/// <remarks>A resolution is a small struct; resolving allocates nothing.</remarks>
public readonly record struct PolicyResolution<TPolicy> : Shared.IHoldsResult
    where TPolicy : class
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    internal PolicyResolution(PolicyVersion<TPolicy> version, JurisdictionCode requested, LocalDate asOf)
    {
        _made = true;
        Version = version;
        Requested = requested;
        AsOf = asOf;
    }

    /// <summary>Gets the version in force.</summary>
    public PolicyVersion<TPolicy> Version { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<PolicyResolution<TPolicy>>("PolicyCatalog.Resolve"); }

    /// <summary>Gets what the version says.</summary>
    /// <exception cref="InvalidOperationException">The resolution is the default value, which holds none.</exception>
    public TPolicy Policy => (Version ?? throw GuardExtensions.DefaultInstance<PolicyResolution<TPolicy>>("PolicyCatalog.Resolve")).Policy;

    /// <summary>Gets the jurisdiction asked about.</summary>
    public JurisdictionCode Requested { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<PolicyResolution<TPolicy>>("PolicyCatalog.Resolve"); }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate AsOf { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<PolicyResolution<TPolicy>>("PolicyCatalog.Resolve"); }

    /// <summary>Gets a value indicating whether the version was inherited from an ancestor because the jurisdiction asked about sets none in force.</summary>
    /// <exception cref="InvalidOperationException">The resolution is the default value, which holds none.</exception>
    public bool IsInherited => (Version ?? throw GuardExtensions.DefaultInstance<PolicyResolution<TPolicy>>("PolicyCatalog.Resolve")).Jurisdiction != Requested;

    /// <summary>Formats the resolution, for diagnostics.</summary>
    /// <returns>A text naming the version and whether it was inherited.</returns>
    public override string ToString() =>
        !_made ? "unresolved" : $"{Version} for {Requested} on {AsOf:uuuu-MM-dd}" + (IsInherited ? " (inherited)" : string.Empty);
}
