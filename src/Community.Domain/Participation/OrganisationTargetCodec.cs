using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;

namespace Community.Domain.Participation;

/// <summary>An organisation target (volunteer organisations, societies) in a policy document: <c>{"urbanMinimum":3,"urbanMaximum":null,"townMinimum":2}</c>, a maximum left out when the rule gives none.</summary>
internal sealed class OrganisationTargetCodec(PolicyKind<OrganisationTarget> kind) : PolicyCodec<OrganisationTarget>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "How many organisations of this kind a community should have, in cities and in towns.",
        DocumentMember.Required("urbanMinimum", DocumentSchema.Integer("The fewest in an urban community.")),
        DocumentMember.Optional("urbanMaximum", DocumentSchema.Integer("The most in an urban community; no most if left out.")),
        DocumentMember.Required("townMinimum", DocumentSchema.Integer("The fewest in a town community.")),
        DocumentMember.Optional("townMaximum", DocumentSchema.Integer("The most in a town community; no most if left out.")));

    /// <inheritdoc />
    protected override OrganisationTarget ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("urbanMinimum", "urbanMaximum", "townMinimum", "townMaximum");
        return policy.Made(p => OrganisationTarget.Create(p.Required("urbanMinimum").Int32(), p.Optional("urbanMaximum")?.Int32(), p.Required("townMinimum").Int32(), p.Optional("townMaximum")?.Int32()));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, OrganisationTarget policy)
    {
        writer.WriteNumber("urbanMinimum", policy.UrbanMinimum);
        if (policy.UrbanMaximum is { } urban)
        {
            writer.WriteNumber("urbanMaximum", urban);
        }

        writer.WriteNumber("townMinimum", policy.TownMinimum);
        if (policy.TownMaximum is { } town)
        {
            writer.WriteNumber("townMaximum", town);
        }
    }
}
