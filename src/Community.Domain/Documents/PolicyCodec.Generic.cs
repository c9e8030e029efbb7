using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Documents;

/// <summary>
/// The codec of one policy kind: reads the <c>policy</c> member of a catalog document's version into a
/// policy, through the policy's own factory, and writes a policy so that it reads back equal.
/// </summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
/// <remarks>
/// Read with the <see cref="DocumentNode"/> given: name every member the policy may have
/// (<see cref="DocumentNode.OnlyMembers"/>), read each with its path (<see cref="DocumentNode.Required"/>,
/// <see cref="DocumentNode.Optional"/>), and throw <see cref="DocumentNodeException"/> for what the
/// document gets wrong; an <see cref="ArgumentException"/> of the policy's factory is placed at the
/// member its parameter names. The document's reader collects every problem with its path.
/// </remarks>
public abstract class PolicyCodec<TPolicy> : PolicyCodec
    where TPolicy : class
{
    private readonly PolicyKind<TPolicy> _kind;

    /// <summary>Initializes a new instance of the <see cref="PolicyCodec{TPolicy}"/> class.</summary>
    /// <param name="kind">The kind the codec reads and writes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0022:Constructor make noninheritable base class inheritable", Justification = "By design: PolicyCodec<TPolicy> is the one public way to write a codec; PolicyCodec's own members stay internal.")]
    protected PolicyCodec(PolicyKind<TPolicy> kind) => _kind = Guard.Against.NullArgument(kind);

    /// <inheritdoc />
    public override PolicyKind Kind => _kind;

    /// <summary>Gets the kind the codec reads and writes, typed.</summary>
    public PolicyKind<TPolicy> TypedKind => _kind;

    /// <inheritdoc />
    internal override object Read(DocumentNode policy) => ReadPolicy(policy);

    /// <inheritdoc />
    internal override PolicyVersion Version(JurisdictionCode jurisdiction, EffectivePeriod period, object policy, RuleId ruleId, ImmutableArray<Citation> citations, PolicyStatus status, ImmutableArray<SourceNote> notes)
    {
        var version = PolicyVersion.Create(_kind, jurisdiction, period, (TPolicy)policy, ruleId, citations);
        version = status == PolicyStatus.Proposed ? version.AsProposed() : version;
        foreach (var note in notes)
        {
            version = version.WithNote(note);
        }

        return version;
    }

    /// <inheritdoc />
    internal override void Write(Utf8JsonWriter writer, PolicyVersion version)
    {
        writer.WriteStartObject();
        WritePolicy(writer, ((PolicyVersion<TPolicy>)version).Policy);
        writer.WriteEndObject();
    }

    /// <summary>Reads the policy's members.</summary>
    /// <param name="policy">The <c>policy</c> member of a version, an object.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="DocumentNodeException">A member is missing, unknown or unreadable, at its path.</exception>
    /// <exception cref="ArgumentException">The policy's factory refuses a value; the parameter it names is taken for the member of that name.</exception>
    protected abstract TPolicy ReadPolicy(DocumentNode policy);

    /// <summary>Writes the policy's members (the object is opened and closed for it), as <see cref="ReadPolicy"/> reads them.</summary>
    /// <param name="writer">The writer, inside the policy's object.</param>
    /// <param name="policy">The policy.</param>
    protected abstract void WritePolicy(Utf8JsonWriter writer, TPolicy policy);
}
