using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A committee size policy in a policy document: <c>{"minimum":5,"maximum":11}</c>.</summary>
internal sealed class CommitteeSizePolicyCodec() : PolicyCodec<CommitteeSizePolicy>(CommitteeKinds.Size)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The size of a residents' committee: its fewest and most members.",
        DocumentMember.Required("minimum", DocumentSchema.Integer("The fewest members.")),
        DocumentMember.Required("maximum", DocumentSchema.Integer("The most members; at least the minimum.")));

    /// <inheritdoc />
    protected override CommitteeSizePolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("minimum", "maximum");
        return CommitteeSizePolicy.Between(policy.Required("minimum").Int32(), policy.Required("maximum").Int32());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CommitteeSizePolicy policy)
    {
        writer.WriteNumber("minimum", policy.Members.Min);
        writer.WriteNumber("maximum", policy.Members.Max);
    }
}
