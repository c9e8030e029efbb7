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
