using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Participation;

/// <summary>A volunteer target in a policy document: the shares of <c>partyMembers</c> and <c>residents</c> who volunteer, each <c>{"numerator":1,"denominator":10}</c>.</summary>
internal sealed class VolunteerTargetCodec() : PolicyCodec<VolunteerTarget>(ParticipationKinds.VolunteerService)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The shares of people who should be registered volunteers.",
        DocumentMember.Required("partyMembers", DocumentSchema.Share("The share of Party members in the community.")),
        DocumentMember.Required("residents", DocumentSchema.Share("The share of residents.")));

    /// <inheritdoc />
    protected override VolunteerTarget ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("partyMembers", "residents");
        return policy.Made(p => VolunteerTarget.Create(p.Required("partyMembers").Share(), p.Required("residents").Share()));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, VolunteerTarget policy)
    {
        DocumentNode.WriteShare(writer, "partyMembers", policy.PartyMembers);
        DocumentNode.WriteShare(writer, "residents", policy.Residents);
    }
}
