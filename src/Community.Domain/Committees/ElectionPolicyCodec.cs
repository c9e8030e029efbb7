using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Primitives;

namespace Community.Domain.Committees;

/// <summary>An election policy in a policy document: <c>{"basis":"Voters","turnout":{"numerator":1,"denominator":2,"isStrict":true},"elects":{…}}</c>.</summary>
internal sealed class ElectionPolicyCodec() : PolicyCodec<ElectionPolicy>(CommitteeKinds.Election)
{
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
        WriteShare(writer, "turnout", policy.Turnout);
        WriteShare(writer, "elects", policy.Elects);
    }

    private static void WriteShare(Utf8JsonWriter writer, string name, ShareThreshold share)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("numerator", share.Numerator);
        writer.WriteNumber("denominator", share.Denominator);
        writer.WriteBoolean("isStrict", share.IsStrict);
        writer.WriteEndObject();
    }
}
