using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;

namespace Community.Domain.Subsidies;

/// <summary>A reference wage (the minimum wage, the average social wage) in a policy document: <c>{"monthly":900}</c> or <c>{"annual":36000}</c>, as the source states it.</summary>
internal sealed class ReferenceWageCodec(PolicyKind<ReferenceWage> kind) : PolicyCodec<ReferenceWage>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.OneOf(
        "A reference wage, such as the minimum wage or the average social wage, stated monthly or yearly as the source states it.",
        DocumentSchema.Object("A wage stated per month.", DocumentMember.Required("monthly", DocumentSchema.Number("The wage a month, in yuan."))),
        DocumentSchema.Object("A wage stated per year.", DocumentMember.Required("annual", DocumentSchema.Number("The wage a year, in yuan."))));

    /// <inheritdoc />
    protected override ReferenceWage ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("monthly", "annual");
        return (policy.Optional("monthly"), policy.Optional("annual")) switch
        {
            ({ } monthly, null) => ReferenceWage.PerMonth(monthly.Yuan()),
            (null, { } annual) => ReferenceWage.PerYear(annual.Yuan()),
            _ => throw policy.NotOneOf("monthly", "annual"),
        };
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, ReferenceWage policy)
    {
        if (policy.IsStatedPerYear)
        {
            writer.WriteNumber("annual", policy.Annual.Yuan);
        }
        else
        {
            writer.WriteNumber("monthly", policy.Monthly.Yuan);
        }
    }
}
