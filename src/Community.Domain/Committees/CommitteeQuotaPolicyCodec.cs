using System.Text.Json;
using Community.Domain.Communities;
using Community.Domain.Documents;
using Community.Domain.Primitives;

namespace Community.Domain.Committees;

/// <summary>
/// A committee quota policy in a policy document: the <c>overall</c> range (<c>{"min":5,"max":7}</c>)
/// and, for a quota by population, <c>bands</c> of residents whose values are quotas, each either
/// <c>{"fullTime":{"min":3,"max":3},"partTime":{"min":2,"max":4}}</c> or <c>{"total":{"min":5,"max":7}}</c>.
/// A quota computed by formulas gives the <c>unit</c> counted and <c>fullTime</c> and <c>partTime</c>
/// count formulas instead of bands.
/// </summary>
internal sealed class CommitteeQuotaPolicyCodec() : PolicyCodec<CommitteeQuotaPolicy>(CommitteeKinds.Quota)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = CreateSchema();

    /// <inheritdoc />
    protected override CommitteeQuotaPolicy ReadPolicy(DocumentNode policy)
    {
        var overall = Range(policy.Required("overall"));
        if (policy.Optional("fullTime") is { } fullTime)
        {
            policy.OnlyMembers("overall", "unit", "fullTime", "partTime");
            return CommitteeQuotaPolicy.ByFormula(policy.Required("unit").Name<CountUnit>(), overall, CountFormulaDocument.Read(fullTime), CountFormulaDocument.Read(policy.Required("partTime")));
        }

        policy.OnlyMembers("overall", "bands");
        return policy.Optional("bands") is { } bands
            ? bands.Made(table => CommitteeQuotaPolicy.ByPopulation(overall, DocumentBands.Read(table, node => Population.Of(node.Int32()), Quota)), "quotas")
            : CommitteeQuotaPolicy.RangeOnly(overall);
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CommitteeQuotaPolicy policy)
    {
        writer.WritePropertyName("overall");
        WriteRange(writer, policy.Overall);
        if (policy is { FullTimeFormula: { } fullTime, PartTimeFormula: { } partTime })
        {
            writer.WriteString("unit", policy.Unit.ToString());
            writer.WritePropertyName("fullTime");
            CountFormulaDocument.Write(writer, fullTime);
            writer.WritePropertyName("partTime");
            CountFormulaDocument.Write(writer, partTime);
            return;
        }

        if (policy.Bands is { } bands)
        {
            writer.WritePropertyName("bands");
            DocumentBands.Write(writer, bands, (w, population) => w.WriteNumberValue(population.Residents), WriteQuota);
        }
    }

    private static CommitteeQuota Quota(DocumentNode quota)
    {
        quota.OnlyMembers("total", "fullTime", "partTime");
        return quota.Optional("total") is { } total
            ? quota.Optional("fullTime") is null && quota.Optional("partTime") is null
                ? CommitteeQuota.TotalOnly(Range(total))
                : throw new DocumentNodeException(quota.Path, DocumentProblemKind.NotApplying, "gives a total and a split; expected either \"total\" or \"fullTime\" with \"partTime\".")
            : CommitteeQuota.Split(Range(quota.Required("fullTime")), Range(quota.Required("partTime")));
    }

    private static CountRange Range(DocumentNode range)
    {
        range.OnlyMembers("min", "max");
        var min = range.Required("min");
        var max = range.Required("max");
        try
        {
            return CountRange.Between(min.Int32(), max.Int32());
        }
        catch (ArgumentException refused)
        {
            throw new DocumentNodeException(refused.ParamName == "max" ? max.Path : min.Path, DocumentNode.Reason(refused));
        }
    }

    private static void WriteQuota(Utf8JsonWriter writer, CommitteeQuota quota)
    {
        writer.WriteStartObject();
        if (quota.IsSplitSpecified)
        {
            writer.WritePropertyName("fullTime");
            WriteRange(writer, quota.FullTime);
            writer.WritePropertyName("partTime");
            WriteRange(writer, quota.PartTime);
        }
        else
        {
            writer.WritePropertyName("total");
            WriteRange(writer, quota.Total);
        }

        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, CountRange range)
    {
        writer.WriteStartObject();
        writer.WriteNumber("min", range.Min);
        writer.WriteNumber("max", range.Max);
        writer.WriteEndObject();
    }

    private static DocumentSchema CreateSchema()
    {
        var range = DocumentSchema.Object(
            "A range of members.",
            DocumentMember.Required("min", DocumentSchema.Integer("The fewest members.", minimum: 0)),
            DocumentMember.Required("max", DocumentSchema.Integer("The most members; at least min.", minimum: 0))).Define("committees.range");
        return DocumentSchema.Object(
            "How many members a residents' committee has: an overall range and, by population, the full-time and part-time members (3+X); or full-time and part-time counts by formulas.",
            DocumentMember.Required("overall", range.Describe("The range of members overall.")),
            DocumentMember.Optional("bands", DocumentSchema.BandTable(
                "For a quota by population: a band table of residents whose values are quotas.",
                DocumentSchema.Object(
                    "The band's quota: a total, or full-time and part-time members.",
                    DocumentMember.Optional("total", range.Describe("The members in all, where the source does not split them.")),
                    DocumentMember.Optional("fullTime", range.Describe("The full-time members; with partTime.")),
                    DocumentMember.Optional("partTime", range.Describe("The part-time members; with fullTime.")))
                    .WithMemberCount(1, 2))),
            DocumentMember.Optional("unit", DocumentSchema.Name<CountUnit>("For a quota by formulas: what they count, Residents or Households.")),
            DocumentMember.Optional("fullTime", DocumentSchema.CountFormula("For a quota by formulas: the full-time members.")),
            DocumentMember.Optional("partTime", DocumentSchema.CountFormula("For a quota by formulas: the part-time members.")));
    }
}
