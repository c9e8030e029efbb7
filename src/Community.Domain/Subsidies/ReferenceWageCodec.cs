using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;

namespace Community.Domain.Subsidies;

/// <summary>A reference wage (the minimum wage, the average social wage) in a policy document: <c>{"monthly":900}</c> or <c>{"annual":36000}</c>, as the source states it.</summary>
internal sealed class ReferenceWageCodec(PolicyKind<ReferenceWage> kind) : PolicyCodec<ReferenceWage>(kind)
{
    /// <inheritdoc />
    protected override ReferenceWage ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("monthly", "annual");
        return (policy.Optional("monthly"), policy.Optional("annual")) switch
        {
            ({ } monthly, null) => ReferenceWage.PerMonth(monthly.Yuan()),
            (null, { } annual) => ReferenceWage.PerYear(annual.Yuan()),
            _ => throw new DocumentNodeException(policy.Path, "expected exactly one of \"monthly\" and \"annual\", as the source states the wage."),
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
