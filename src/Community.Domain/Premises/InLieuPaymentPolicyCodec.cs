using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>An in-lieu payment policy in a policy document: <c>{"minimumSharePercent":3,"maximumSharePercent":5,"sourceText":"…"}</c>, the shares in percent of the building's floor area.</summary>
internal sealed class InLieuPaymentPolicyCodec() : PolicyCodec<InLieuPaymentPolicy>(PremisesKinds.InLieuPayment)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "A payment in lieu of premises a development does not provide: a range of shares of its building's floor area, paid at its price.",
        DocumentMember.Required("minimumSharePercent", DocumentSchema.Number("The least share of the building's floor area, in percent.")),
        DocumentMember.Required("maximumSharePercent", DocumentSchema.Number("The greatest share of the building's floor area, in percent; at least the least.")),
        DocumentMember.Optional("sourceText", DocumentSchema.Text("The words of the source that state the shares.")));

    /// <inheritdoc />
    protected override InLieuPaymentPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("minimumSharePercent", "maximumSharePercent", "sourceText");
        var minimum = Percent(policy.Required("minimumSharePercent"));
        var maximum = Percent(policy.Required("maximumSharePercent"));
        return InLieuPaymentPolicy.Between(minimum, maximum, policy.OptionalText("sourceText"));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, InLieuPaymentPolicy policy)
    {
        writer.WriteNumber("minimumSharePercent", policy.MinimumShare.Percent);
        writer.WriteNumber("maximumSharePercent", policy.MaximumShare.Percent);
        if (policy.SourceText is { } text)
        {
            writer.WriteString("sourceText", text);
        }
    }

    private static Rate Percent(DocumentNode node)
    {
        try
        {
            return Rate.FromPercent(node.Number());
        }
        catch (ArgumentException refused)
        {
            throw new DocumentNodeException(node.Path, DocumentNode.Reason(refused));
        }
    }
}
