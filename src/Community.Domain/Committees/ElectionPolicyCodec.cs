using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>An election policy in a policy document: <c>{"basis":"Voters","turnout":{"numerator":1,"denominator":2,"isStrict":true},"elects":{…}}</c>.</summary>
internal sealed class ElectionPolicyCodec() : PolicyCodec<ElectionPolicy>(CommitteeKinds.Election)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "When a committee election is valid and who is elected.",
        DocumentMember.Required("basis", DocumentSchema.Name<ElectionBasis>("Who votes and is counted: Voters (registered voters) or Households (household representatives).")),
        DocumentMember.Required("turnout", DocumentSchema.Share("The share of the basis who must vote for the election to be valid.")),
        DocumentMember.Required("elects", DocumentSchema.Share("The share of the votes cast a candidate needs to be elected.")));

    /// <inheritdoc />
    protected override ElectionPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("basis", "turnout", "elects");
        return ElectionPolicy.Create(policy.Required("basis").Name<ElectionBasis>(), policy.Required("turnout").Share(), policy.Required("elects").Share());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, ElectionPolicy policy)
    {
        writer.WriteString("basis", policy.Basis.ToString());
        DocumentNode.WriteShare(writer, "turnout", policy.Turnout);
        DocumentNode.WriteShare(writer, "elects", policy.Elects);
    }
}
