using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>
/// A subsidy policy in a policy document:
/// <c>{"nature":"Floor","lines":[{"role":"Director","wage":"wages.minimum","percent":150,"sourceText":"…"}]}</c>
/// or <c>{"nature":"Amount","lines":[{"role":"Secretary","monthly":2000}]}</c>. A line may carry
/// <c>"conditions"</c> (<c>{"yearsOfServiceAtLeast":3}</c>, <c>{"appointedBefore":"2020-01-01"}</c>,
/// <c>{"notReceiving":"…"}</c>); the policy may carry a <c>"rounding"</c> (<c>{"step":1,"mode":"Up"}</c>)
/// other than its nature's usual one and a <c>"costShare"</c>.
/// </summary>
internal sealed class SubsidyPolicyCodec(PolicyKind<SubsidyPolicy> kind) : PolicyCodec<SubsidyPolicy>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "What community workers are paid, or at least paid, per month: a line per role, each a fixed amount or a percentage of a reference wage.",
        DocumentMember.Required("nature", DocumentSchema.Name<SubsidyNature>("Whether the lines are floors (Floor, at least) or the amounts paid (Amount).")),
        DocumentMember.Optional("rounding", DocumentSchema.Object(
            "How amounts round, where the source says otherwise than the usual (floors up to 0.01 yuan, amounts half away from zero to 0.01 yuan).",
            DocumentMember.Required("step", DocumentSchema.Number("The step rounded to, in yuan, such as 1 or 0.01.")),
            DocumentMember.Required("mode", DocumentSchema.Name<RoundingMode>("The direction: Up, Down or HalfAwayFromZero.")))),
        DocumentMember.Required("lines", DocumentSchema.Array(
            "The lines, one per role (and per set of conditions).",
            DocumentSchema.Object(
                "One line: a monthly amount, or a percentage of a reference wage.",
                DocumentMember.Required("role", DocumentSchema.Name<PayRole>("The role paid.")),
                DocumentMember.Optional("monthly", DocumentSchema.Number("A fixed amount a month, in yuan; instead of wage and percent.")),
                DocumentMember.Optional("wage", DocumentSchema.Name("The reference wage the amount is a percentage of; instead of monthly.", ReferenceWageKinds.MinimumWage.Name, ReferenceWageKinds.AverageSocialWage.Name)),
                DocumentMember.Optional("percent", DocumentSchema.Number("The percentage of the wage, such as 150; required with wage.")),
                DocumentMember.Optional("sourceText", DocumentSchema.Text("The words of the source that state the line.")),
                DocumentMember.Optional("conditions", DocumentSchema.Array(
                    "The conditions a worker must meet for the line; none if left out.",
                    DocumentSchema.OneOf(
                        "One condition.",
                        DocumentSchema.Object("Years of service.", DocumentMember.Required("yearsOfServiceAtLeast", DocumentSchema.Integer("The fewest years of service."))),
                        DocumentSchema.Object("Appointment before a day.", DocumentMember.Required("appointedBefore", DocumentSchema.Date("The day before which the worker was appointed."))),
                        DocumentSchema.Object("Not receiving another allowance.", DocumentMember.Required("notReceiving", DocumentSchema.Text("The allowance the worker must not receive, as the source names it."))))))))),
        DocumentMember.Optional("costShare", DocumentSchema.CostShare("Who pays which part of the amounts; not split if left out.")));

    // The wage kinds a line may be a multiple of, by name.
    private static readonly PolicyKind<ReferenceWage>[] Wages = [ReferenceWageKinds.MinimumWage, ReferenceWageKinds.AverageSocialWage];

    protected override SubsidyPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("nature", "rounding", "lines", "costShare");
        var nature = policy.Required("nature").Name<SubsidyNature>();
        var rounding = policy.Optional("rounding") is { } given ? ReadRounding(given) : Usual(nature);
        var lines = policy.Required("lines").Items().Select(ReadLine).ToList();
        var read = SubsidyPolicy.Define(nature, rounding, lines);
        return policy.Optional("costShare") is { } share ? read.WithCostShare(share.CostShare()) : read;
    }

    protected override void WritePolicy(Utf8JsonWriter writer, SubsidyPolicy policy)
    {
        writer.WriteString("nature", policy.Nature.ToString());
        if (policy.Rounding != Usual(policy.Nature))
        {
            writer.WriteStartObject("rounding");
            writer.WriteNumber("step", policy.Rounding.Step);
            writer.WriteString("mode", policy.Rounding.Mode.ToString());
            writer.WriteEndObject();
        }

        writer.WriteStartArray("lines");
        foreach (var line in policy.Lines)
        {
            WriteLine(writer, line);
        }

        writer.WriteEndArray();
        if (policy.CostShare is { } share)
        {
            DocumentNode.WriteCostShare(writer, "costShare", share);
        }
    }

    private static Rounding Usual(SubsidyNature nature) => nature == SubsidyNature.Floor ? Rounding.Floor : Rounding.Amount;

    private static Rounding ReadRounding(DocumentNode rounding)
    {
        rounding.OnlyMembers("step", "mode");
        var step = rounding.Required("step").Number();
        var mode = rounding.Required("mode").Name<RoundingMode>();
        return rounding.Required("step").Made(_ => Rounding.To(step, mode));
    }

    private static SubsidyLine ReadLine(DocumentNode line)
    {
        line.OnlyMembers("role", "monthly", "wage", "percent", "sourceText", "conditions");
        var role = line.Required("role").Name<PayRole>();
        var text = line.OptionalText("sourceText");
        SubsidyLine read;
        if (line.Optional("monthly") is { } monthly)
        {
            if (line.Optional("wage") is not null || line.Optional("percent") is not null)
            {
                throw new DocumentNodeException(line.Path, DocumentProblemKind.NotApplying, "gives both \"monthly\" and a multiple of a wage; expected one of them.");
            }

            read = SubsidyLine.Fixed(role, monthly.Yuan(), text);
        }
        else if (line.Optional("wage") is { } wage)
        {
            var name = wage.Text();
            var kind = Array.Find(Wages, w => w.Name == name)
                ?? throw new DocumentNodeException(wage.Path, DocumentProblemKind.UnknownName, $"is \"{name}\"; expected one of {string.Join(", ", Wages.Select(w => w.Name))}.");
            var rate = line.Required("percent").Made(p => Rate.FromPercent(p.Number()));
            read = SubsidyLine.MultipleOf(role, kind, rate, text);
        }
        else
        {
            throw new DocumentNodeException(line.Path, DocumentProblemKind.Missing, "gives neither \"monthly\" nor \"wage\"; expected a monthly amount or a percentage of a wage.");
        }

        return line.Optional("conditions") is { } conditions
            ? read.WithConditions([.. conditions.Items().Select(ReadCondition)])
            : read;
    }

    private static EligibilityCondition ReadCondition(DocumentNode condition)
    {
        condition.OnlyMembers("yearsOfServiceAtLeast", "appointedBefore", "notReceiving");
        return (condition.Optional("yearsOfServiceAtLeast"), condition.Optional("appointedBefore"), condition.Optional("notReceiving")) switch
        {
            ({ } years, null, null) => years.Made(y => EligibilityCondition.YearsOfServiceAtLeast(y.Int32())),
            (null, { } date, null) => date.Made(d => EligibilityCondition.AppointedBefore(d.Date())),
            (null, null, { } allowance) => allowance.Made(a => EligibilityCondition.NotReceiving(a.Text())),
            _ => throw condition.NotOneOf("yearsOfServiceAtLeast", "appointedBefore", "notReceiving"),
        };
    }

    private static void WriteLine(Utf8JsonWriter writer, SubsidyLine line)
    {
        writer.WriteStartObject();
        writer.WriteString("role", line.Role.ToString());
        if (line.Wage is { } wage)
        {
            writer.WriteString("wage", wage.Name);
            writer.WriteNumber("percent", line.Rate.Percent);
        }
        else
        {
            writer.WriteNumber("monthly", line.FixedMonthly!.Value.Yuan);
        }

        if (line.SourceText is { } text)
        {
            writer.WriteString("sourceText", text);
        }

        if (!line.Conditions.IsEmpty)
        {
            writer.WriteStartArray("conditions");
            foreach (var condition in line.Conditions)
            {
                writer.WriteStartObject();
                switch (condition.Kind)
                {
                    case EligibilityConditionKind.YearsOfService:
                        writer.WriteNumber("yearsOfServiceAtLeast", condition.Years);
                        break;
                    case EligibilityConditionKind.AppointedBefore:
                        writer.WriteString("appointedBefore", NodaTime.Text.LocalDatePattern.Iso.Format(condition.Date));
                        break;
                    default:
                        writer.WriteString("notReceiving", condition.Allowance);
                        break;
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
