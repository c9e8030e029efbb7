using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>An office room policy in a policy document: <c>{"maximumOfficeRooms":2}</c>.</summary>
internal sealed class OfficeRoomPolicyCodec() : PolicyCodec<OfficeRoomPolicy>(CommitteeKinds.OfficeRooms)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The office rooms a committee may keep.",
        DocumentMember.Required("maximumOfficeRooms", DocumentSchema.Integer("The most office rooms.")));

    /// <inheritdoc />
    protected override OfficeRoomPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("maximumOfficeRooms");
        return OfficeRoomPolicy.AtMost(policy.Required("maximumOfficeRooms").Int32());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, OfficeRoomPolicy policy) => writer.WriteNumber("maximumOfficeRooms", policy.MaximumOfficeRooms);
}
