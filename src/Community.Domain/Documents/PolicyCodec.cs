using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Documents;

/// <summary>Reads and writes the policies of one kind in a catalog document (the <c>policy</c> member of a version); derive from <see cref="PolicyCodec{TPolicy}"/>.</summary>
/// <remarks>A module registers one codec for each kind it declares (<c>ModuleRegistration.AddKind</c>), so that catalog documents can hold that kind's versions.</remarks>
public abstract class PolicyCodec
{
    private protected PolicyCodec()
    {
    }

    /// <summary>Gets the kind the codec reads and writes.</summary>
    public abstract PolicyKind Kind { get; }

    /// <summary>Gets the schema of the <c>policy</c> member of this kind's versions: an object whose members each say what they mean.</summary>
    /// <remarks>The JSON Schema of catalog documents (<c>PolicyDocument.JsonSchema</c>) is assembled from the schemas of every registered codec, so it lists exactly the members <c>ReadPolicy</c> reads.</remarks>
    public abstract DocumentSchema Schema { get; }

    /// <summary>Reads a policy, refusing what its factory refuses.</summary>
    internal abstract object Read(DocumentNode policy);

    /// <summary>Makes the version of a policy <see cref="Read"/> returned.</summary>
    internal abstract PolicyVersion Version(JurisdictionCode jurisdiction, EffectivePeriod period, object policy, RuleId ruleId, ImmutableArray<Citation> citations, PolicyStatus status, ImmutableArray<SourceNote> notes);

    /// <summary>Writes a version's policy.</summary>
    internal abstract void Write(Utf8JsonWriter writer, PolicyVersion version);
}
