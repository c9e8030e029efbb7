using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Participation;

/// <summary>An activity target in a policy document: <c>{"themedActivitiesPerMonth":2,"visitsPerWeek":3}</c>.</summary>
internal sealed class ActivityTargetCodec() : PolicyCodec<ActivityTarget>(ParticipationKinds.Activities)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "How many activities and visits a community holds.",
        DocumentMember.Required("themedActivitiesPerMonth", DocumentSchema.Integer("The fewest themed activities a month.")),
        DocumentMember.Required("visitsPerWeek", DocumentSchema.Integer("The fewest visits to the activity rooms a week.")));

    /// <inheritdoc />
    protected override ActivityTarget ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("themedActivitiesPerMonth", "visitsPerWeek");
        return policy.Made(p => ActivityTarget.Create(p.Required("themedActivitiesPerMonth").Int32(), p.Required("visitsPerWeek").Int32()));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, ActivityTarget policy)
    {
        writer.WriteNumber("themedActivitiesPerMonth", policy.ThemedActivitiesPerMonth);
        writer.WriteNumber("visitsPerWeek", policy.VisitsPerWeek);
    }
}
