using System.Globalization;
using System.Text.Json;
using Community.Domain.Communities;
using Community.Domain.Documents;
using NodaTime.Text;

namespace Community.Domain.Grids;

/// <summary>A grid coverage target in a policy document: <c>{"milestones":[{"setting":"Urban","share":{"numerator":1,"denominator":1},"due":"2011-12-31"}]}</c>.</summary>
internal sealed class CoverageTargetCodec() : PolicyCodec<CoverageTarget>(GridKinds.Coverage)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "How far grid management must cover communities, and by when.",
        DocumentMember.Required("milestones", DocumentSchema.Array(
            "The milestones, each for a setting.",
            DocumentSchema.Object(
                "One milestone.",
                DocumentMember.Required("setting", DocumentSchema.Name<CommunitySetting>("The communities it concerns: Urban or Town.")),
                DocumentMember.Required("share", DocumentSchema.Share("The share of those communities to be covered.")),
                DocumentMember.Required("due", DocumentSchema.Date("The day by which the share must be covered."))))));

    /// <inheritdoc />
    protected override CoverageTarget ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("milestones");
        var milestones = new List<CoverageMilestone>();
        foreach (var item in policy.Required("milestones").Items())
        {
            item.OnlyMembers("setting", "share", "due");
            var due = item.Required("due");
            var day = LocalDatePattern.Iso.Parse(due.Text()) is { Success: true } parsed ? parsed.Value : throw new DocumentNodeException(due.Path, $"is \"{due.Text()}\"; expected an ISO date such as \"2011-12-31\".");
            milestones.Add(CoverageMilestone.Of(item.Required("setting").Name<CommunitySetting>(), item.Required("share").Share(), day));
        }

        return CoverageTarget.Of(milestones);
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CoverageTarget policy)
    {
        writer.WriteStartArray("milestones");
        foreach (var milestone in policy.Milestones)
        {
            writer.WriteStartObject();
            writer.WriteString("setting", milestone.Setting.ToString());
            DocumentNode.WriteShare(writer, "share", milestone.Share);
            writer.WriteString("due", milestone.Due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
