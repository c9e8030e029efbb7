using System.Text.Json;
using Community.Domain.Documents;

namespace Samples.VolunteerHours;

/// <summary>The rule in a catalog document: <c>{"levelThresholds": [50, 150, 300], "yearlyMinimum": 20}</c>.</summary>
internal sealed class VolunteerHoursPolicyCodec() : PolicyCodec<VolunteerHoursPolicy>(VolunteerHoursKinds.Hours)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The volunteer service hours that earn each star level, and the fewest hours a year an active volunteer serves.",
        DocumentMember.Required("levelThresholds", DocumentSchema.Array(
            "The hours that earn each star level, from one star up, each more than the one before.",
            DocumentSchema.Integer("The whole hours that earn the level.", minimum: 0))),
        DocumentMember.Required("yearlyMinimum", DocumentSchema.Integer("The fewest whole hours a year an active volunteer serves.", minimum: 0)));

    protected override VolunteerHoursPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("levelThresholds", "yearlyMinimum");
        var thresholds = policy.Required("levelThresholds").Items().Select(Hours).ToList();
        var minimum = Hours(policy.Required("yearlyMinimum"));
        return VolunteerHoursPolicy.Create(thresholds, minimum);
    }

    protected override void WritePolicy(Utf8JsonWriter writer, VolunteerHoursPolicy policy)
    {
        writer.WriteStartArray("levelThresholds");
        foreach (var threshold in policy.LevelThresholds)
        {
            writer.WriteNumberValue(threshold.Hours);
        }

        writer.WriteEndArray();
        writer.WriteNumber("yearlyMinimum", policy.YearlyMinimum.Hours);
    }

    internal static ServiceHours Hours(DocumentNode node) => node.Made(static n => ServiceHours.Of(n.Int32()));
}
