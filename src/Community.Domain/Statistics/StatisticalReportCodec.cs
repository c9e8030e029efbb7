using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Statistics;

/// <summary>
/// A statistical report in a policy document: <c>totals</c>, each with <c>chinese</c>,
/// <c>english</c>, <c>value</c> and <c>breakdowns</c> (each with its names and <c>parts</c>, each with
/// its names and <c>value</c>), and <c>rates</c>, each with its names, optionally <c>counts</c>
/// (<c>{"part":56,"whole":79}</c>, <c>wholeIsApproximate</c>) and a <c>reportedPercent</c> with its
/// <c>decimals</c>.
/// </summary>
internal sealed class StatisticalReportCodec(PolicyKind<StatisticalReport> kind) : PolicyCodec<StatisticalReport>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "Figures a source reports: totals with their breakdowns, and rates, checked against each other.",
        DocumentMember.Optional("totals", DocumentSchema.Array(
            "The totals reported; none if left out.",
            DocumentSchema.NamedObject(
                "One total.",
                "What the total counts",
                DocumentMember.Required("value", DocumentSchema.Integer("The total.")),
                DocumentMember.Required("breakdowns", DocumentSchema.Array(
                    "The ways the source breaks the total down, each into parts that should add up to it.",
                    DocumentSchema.NamedObject(
                        "One breakdown.",
                        "What the breakdown is by",
                        DocumentMember.Required("parts", DocumentSchema.Array(
                            "The parts.",
                            DocumentSchema.NamedObject(
                                "One part.",
                                "The part",
                                DocumentMember.Required("value", DocumentSchema.Integer("The part's count."))))))))))),
        DocumentMember.Optional("rates", DocumentSchema.Array(
            "The rates reported; none if left out.",
            DocumentSchema.NamedObject(
                "One rate.",
                "What the rate measures",
                DocumentMember.Optional("counts", DocumentSchema.Object(
                    "The counts the rate comes from, where the source gives them.",
                    DocumentMember.Required("part", DocumentSchema.Integer("The part counted.")),
                    DocumentMember.Required("whole", DocumentSchema.Integer("The whole it is a part of.")))),
                DocumentMember.Optional("wholeIsApproximate", DocumentSchema.Boolean("Whether the source gives the whole only roughly; false if left out.")),
                DocumentMember.Optional("reportedPercent", DocumentSchema.Number("The rate the source reports, in percent; not reported if left out.")),
                DocumentMember.Optional("decimals", DocumentSchema.Integer("The decimals the reported percent is rounded to; 0 if left out."))))));

    /// <inheritdoc />
    protected override StatisticalReport ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("totals", "rates");
        var totals = (policy.Optional("totals")?.Items() ?? []).Select(Total).ToImmutableArray();
        var rates = (policy.Optional("rates")?.Items() ?? []).Select(Rate).ToImmutableArray();
        return policy.Made(_ => new StatisticalReport(totals, rates));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, StatisticalReport policy)
    {
        writer.WriteStartArray("totals");
        foreach (var total in policy.Totals)
        {
            writer.WriteStartObject();
            Names(writer, total.Chinese, total.English);
            writer.WriteNumber("value", total.Value);
            writer.WriteStartArray("breakdowns");
            foreach (var breakdown in total.Breakdowns)
            {
                writer.WriteStartObject();
                Names(writer, breakdown.Chinese, breakdown.English);
                writer.WriteStartArray("parts");
                foreach (var part in breakdown.Parts)
                {
                    writer.WriteStartObject();
                    Names(writer, part.Chinese, part.English);
                    writer.WriteNumber("value", part.Value);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rates");
        foreach (var rate in policy.Rates)
        {
            writer.WriteStartObject();
            Names(writer, rate.Chinese, rate.English);
            if (rate.Counts is { } counts)
            {
                writer.WriteStartObject("counts");
                writer.WriteNumber("part", counts.Part);
                writer.WriteNumber("whole", counts.Whole);
                writer.WriteEndObject();
                writer.WriteBoolean("wholeIsApproximate", rate.WholeIsApproximate);
            }

            if (rate.ReportedPercent is { } percent)
            {
                writer.WriteNumber("reportedPercent", percent);
                writer.WriteNumber("decimals", rate.Decimals);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static StatisticalTotal Total(DocumentNode total)
    {
        total.OnlyMembers("chinese", "english", "value", "breakdowns");
        var breakdowns = total.Required("breakdowns").Items().Select(Breakdown).ToImmutableArray();
        return total.Made(t => new StatisticalTotal(t.Required("chinese").Text(), t.Required("english").Text(), t.Required("value").Whole(), breakdowns));
    }

    private static StatisticalBreakdown Breakdown(DocumentNode breakdown)
    {
        breakdown.OnlyMembers("chinese", "english", "parts");
        var parts = breakdown.Required("parts").Items().Select(part =>
        {
            part.OnlyMembers("chinese", "english", "value");
            return part.Made(p => new StatisticalPart(p.Required("chinese").Text(), p.Required("english").Text(), p.Required("value").Whole()));
        }).ToImmutableArray();
        return breakdown.Made(b => new StatisticalBreakdown(b.Required("chinese").Text(), b.Required("english").Text(), parts));
    }

    private static StatisticalRate Rate(DocumentNode rate)
    {
        rate.OnlyMembers("chinese", "english", "counts", "wholeIsApproximate", "reportedPercent", "decimals");
        var counts = rate.Optional("counts") is { } given
            ? given.Made(c =>
            {
                c.OnlyMembers("part", "whole");
                var part = c.Required("part").Whole();
                var whole = c.Required("whole").Whole();

                // A part above its whole is a conflict of both members: the counts' problem, not whichever was read last.
                return part > whole && part >= 0 && whole >= 0
                    ? throw new DocumentNodeException(c.Path, DocumentProblemKind.InvalidValue, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gives a part of {part} above its whole of {whole}; expected a part from zero to its whole."))
                    : Proportion.Of(part, whole);
            })
            : (Proportion?)null;
        if (counts is null)
        {
            rate.NotApplying("a rate without \"counts\"", "wholeIsApproximate");
        }

        if (rate.Optional("reportedPercent") is null)
        {
            rate.NotApplying("a rate without \"reportedPercent\"", "decimals");
        }

        var approximate = rate.Optional("wholeIsApproximate")?.Boolean() ?? false;
        return rate.Made(r => new StatisticalRate(r.Required("chinese").Text(), r.Required("english").Text(), counts, approximate, r.Optional("reportedPercent")?.Number(), r.Optional("decimals")?.Int32() ?? 0));
    }

    private static void Names(Utf8JsonWriter writer, string chinese, string english)
    {
        writer.WriteString("chinese", chinese);
        writer.WriteString("english", english);
    }
}
