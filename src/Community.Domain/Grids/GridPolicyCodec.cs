using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Grids;

/// <summary>
/// A grid size policy in a policy document: <c>{"householdsPerGrid":300,"managersPerGrid":1}</c> for
/// a rule of about so many, or <c>{"minimumHouseholds":…,"maximumHouseholds":…,"minimumManagersPerGrid":…,"maximumManagersPerGrid":…}</c>
/// (the last may be left out) for a range.
/// </summary>
internal sealed class GridPolicyCodec() : PolicyCodec<GridPolicy>(GridKinds.Size)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.OneOf(
        "The size of a grid: about so many households with so many managers, or a range of households and of managers.",
        DocumentSchema.Object(
            "About so many households per grid.",
            DocumentMember.Required("householdsPerGrid", DocumentSchema.Integer("The households a grid holds, about.")),
            DocumentMember.Required("managersPerGrid", DocumentSchema.Integer("The managers of each grid."))),
        DocumentSchema.Object(
            "A range of households per grid.",
            DocumentMember.Required("minimumHouseholds", DocumentSchema.Integer("The fewest households a grid holds.")),
            DocumentMember.Required("maximumHouseholds", DocumentSchema.Integer("The most households a grid holds.")),
            DocumentMember.Required("minimumManagersPerGrid", DocumentSchema.Integer("The fewest managers of each grid.")),
            DocumentMember.Optional("maximumManagersPerGrid", DocumentSchema.Integer("The most managers of each grid; no most if left out."))));

    /// <inheritdoc />
    protected override GridPolicy ReadPolicy(DocumentNode policy)
    {
        if (policy.Optional("householdsPerGrid") is { } households)
        {
            policy.OnlyMembers("householdsPerGrid", "managersPerGrid");
            return GridPolicy.About(households.Int32(), policy.Required("managersPerGrid").Int32());
        }

        policy.OnlyMembers("minimumHouseholds", "maximumHouseholds", "minimumManagersPerGrid", "maximumManagersPerGrid");
        return GridPolicy.Between(
            policy.Required("minimumHouseholds").Int32(),
            policy.Required("maximumHouseholds").Int32(),
            policy.Required("minimumManagersPerGrid").Int32(),
            policy.Optional("maximumManagersPerGrid")?.Int32());
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, GridPolicy policy)
    {
        if (policy.IsApproximate)
        {
            writer.WriteNumber("householdsPerGrid", policy.MinimumHouseholds);
            writer.WriteNumber("managersPerGrid", policy.MinimumManagersPerGrid);
            return;
        }

        writer.WriteNumber("minimumHouseholds", policy.MinimumHouseholds);
        writer.WriteNumber("maximumHouseholds", policy.MaximumHouseholds);
        writer.WriteNumber("minimumManagersPerGrid", policy.MinimumManagersPerGrid);
        if (policy.MaximumManagersPerGrid is { } most)
        {
            writer.WriteNumber("maximumManagersPerGrid", most);
        }
    }
}
