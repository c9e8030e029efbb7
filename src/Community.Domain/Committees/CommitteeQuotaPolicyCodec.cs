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
            ? CommitteeQuotaPolicy.ByPopulation(overall, DocumentBands.Read(bands, node => Population.Of(node.Int32()), Quota))
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
                : throw new DocumentNodeException(quota.Path, "gives a total and a split; expected either \"total\" or \"fullTime\" with \"partTime\".")
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
}
