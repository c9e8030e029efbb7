using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;

namespace Community.Domain.Participation;

/// <summary>An organisation target (volunteer organisations, societies) in a policy document: <c>{"urbanMinimum":3,"urbanMaximum":null,"townMinimum":2}</c>, a maximum left out when the rule gives none.</summary>
internal sealed class OrganisationTargetCodec(PolicyKind<OrganisationTarget> kind) : PolicyCodec<OrganisationTarget>(kind)
{
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
