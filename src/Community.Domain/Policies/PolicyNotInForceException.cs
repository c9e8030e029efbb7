using Community.Domain.Jurisdictions;
using NodaTime;

namespace Community.Domain.Policies;

/// <summary>Thrown when no version of a policy is in force for a jurisdiction, or any of its ancestors, on a date.</summary>
public sealed class PolicyNotInForceException : InvalidOperationException
{
    internal PolicyNotInForceException(PolicyKind kind, Jurisdiction jurisdiction, LocalDate asOf)
        : base($"No version of the policy \"{kind.Name}\" ({kind.EnglishName}, {kind.ChineseName}) is in force for {jurisdiction} or any of its ancestors on {asOf:uuuu-MM-dd}. Add a version with PolicyCatalogBuilder.Add, or ask about a date when one is in force.")
    {
        Kind = kind;
        Jurisdiction = jurisdiction.Code;
        AsOf = asOf;
    }

    /// <summary>Gets the kind of policy asked for.</summary>
    public PolicyKind Kind { get; }

    /// <summary>Gets the jurisdiction asked about.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the date asked about.</summary>
    public LocalDate AsOf { get; }
}
