using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Documents;

/// <summary>A codec of one policy type.</summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
internal abstract class PolicyCodec<TPolicy>(PolicyKind<TPolicy> kind) : PolicyCodec
    where TPolicy : class
{
    /// <inheritdoc />
    public override PolicyKind Kind => kind;

    /// <inheritdoc />
    public override object Read(DocumentNode policy) => ReadPolicy(policy);

    /// <inheritdoc />
    public override PolicyVersion Version(JurisdictionCode jurisdiction, EffectivePeriod period, object policy, RuleId ruleId, ImmutableArray<Citation> citations, PolicyStatus status, ImmutableArray<SourceNote> notes)
    {
        var version = PolicyVersion.Create(kind, jurisdiction, period, (TPolicy)policy, ruleId, citations);
        version = status == PolicyStatus.Proposed ? version.AsProposed() : version;
        foreach (var note in notes)
        {
            version = version.WithNote(note);
        }

        return version;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PolicyVersion version)
    {
        writer.WriteStartObject();
        WritePolicy(writer, ((PolicyVersion<TPolicy>)version).Policy);
        writer.WriteEndObject();
    }

    /// <summary>Reads the policy's members.</summary>
    protected abstract TPolicy ReadPolicy(DocumentNode policy);

    /// <summary>Writes the policy's members (the object is opened and closed for it).</summary>
    protected abstract void WritePolicy(Utf8JsonWriter writer, TPolicy policy);
}
