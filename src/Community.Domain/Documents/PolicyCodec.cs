using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Documents;

/// <summary>Reads and writes the policies of one kind in a policy document (the <c>policy</c> member of a version).</summary>
internal abstract class PolicyCodec
{
    /// <summary>Gets the kind the codec reads and writes.</summary>
    public abstract PolicyKind Kind { get; }

    /// <summary>Reads a policy, refusing what its factory refuses.</summary>
    public abstract object Read(DocumentNode policy);

    /// <summary>Makes the version of a policy <see cref="Read"/> returned.</summary>
    public abstract PolicyVersion Version(JurisdictionCode jurisdiction, EffectivePeriod period, object policy, RuleId ruleId, ImmutableArray<Citation> citations, PolicyStatus status, ImmutableArray<SourceNote> notes);

    /// <summary>Writes a version's policy.</summary>
    public abstract void Write(Utf8JsonWriter writer, PolicyVersion version);
}
