using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A part-time source policy in a policy document: <c>{"allowed":["GridWorker","ResidentGroupLeader"]}</c>.</summary>
internal sealed class PartTimeSourcePolicyCodec() : PolicyCodec<PartTimeSourcePolicy>(CommitteeKinds.PartTimeSources)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "Where a committee's part-time members may come from.",
        DocumentMember.Required("allowed", DocumentSchema.Array("The sources allowed.", DocumentSchema.Name<PartTimeSource>("A source of part-time members."))));

    /// <inheritdoc />
    protected override PartTimeSourcePolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("allowed");
        return PartTimeSourcePolicy.Allowing([.. policy.Required("allowed").Items().Select(item => item.Name<PartTimeSource>())]);
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, PartTimeSourcePolicy policy)
    {
        writer.WriteStartArray("allowed");
        foreach (var source in policy.Allowed)
        {
            writer.WriteStringValue(source.ToString());
        }

        writer.WriteEndArray();
    }
}
