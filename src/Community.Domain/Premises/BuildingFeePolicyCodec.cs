using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Premises;

/// <summary>
/// Building fees in a policy document: the <c>grantPerOffice</c> in yuan, the <c>fees</c> waived for
/// community premises (<c>[{"name":"infrastructure","chineseName":"…","perSquareMetre":60}]</c>) and
/// optionally the <c>grantShare</c> between payers.
/// </summary>
internal sealed class BuildingFeePolicyCodec() : PolicyCodec<BuildingFeePolicy>(PremisesKinds.BuildingFees)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "What building a community's premises costs: a grant per office, and the fees waived per square metre.",
        DocumentMember.Required("grantPerOffice", DocumentSchema.Number("The grant towards each office, in yuan.")),
        DocumentMember.Required("fees", DocumentSchema.Array(
            "The fees waived for premises.",
            DocumentSchema.Object(
                "One fee waived.",
                DocumentMember.Required("name", DocumentSchema.Text("The fee's name in English, unique in the policy, such as infrastructure.")),
                DocumentMember.Required("chineseName", DocumentSchema.Text("The fee's name in Chinese.")),
                DocumentMember.Required("perSquareMetre", DocumentSchema.Number("The fee per square metre of floor area, in yuan."))))),
        DocumentMember.Optional("grantShare", DocumentSchema.CostShare("Who pays which part of the grant; not split if left out.")));

    /// <inheritdoc />
    protected override BuildingFeePolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("grantPerOffice", "fees", "grantShare");
        var fees = policy.Required("fees").Items().Select(fee =>
        {
            fee.OnlyMembers("name", "chineseName", "perSquareMetre");
            return fee.Made(f => new BuildingFee(f.Required("name").Text(), f.Required("chineseName").Text(), f.Required("perSquareMetre").Yuan()));
        }).ToList();
        var defined = policy.Made(p => BuildingFeePolicy.Define(p.Required("grantPerOffice").Yuan(), fees));
        return policy.Optional("grantShare") is { } share ? defined.WithGrantShare(share.CostShare()) : defined;
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, BuildingFeePolicy policy)
    {
        writer.WriteNumber("grantPerOffice", policy.GrantPerOffice.Yuan);
        writer.WriteStartArray("fees");
        foreach (var fee in policy.Fees)
        {
            writer.WriteStartObject();
            writer.WriteString("name", fee.Name);
            writer.WriteString("chineseName", fee.ChineseName);
            writer.WriteNumber("perSquareMetre", fee.PerSquareMetre.Yuan);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (policy.GrantShare is { } share)
        {
            DocumentNode.WriteCostShare(writer, "grantShare", share);
        }
    }
}
