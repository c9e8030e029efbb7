using System.Globalization;
using System.Text.Json;
using Community.Domain.Assessments;
using Community.Domain.Documents;

namespace Community.Domain.Declarations;

/// <summary>
/// The rule of a declared kind in a catalog document, one form per object: <c>{"threshold":{…}}</c>,
/// <c>{"condition":{…}}</c>, <c>{"range":{…}}</c>, <c>{"table":{…}}</c>, <c>{"count":{…}}</c>,
/// <c>{"amount":{…}}</c>, <c>{"timetable":{…}}</c>, or <c>{"allOf":[…]}</c>, <c>{"anyOf":[…]}</c>,
/// <c>{"largerOf":[…]}</c>, <c>{"smallerOf":[…]}</c> of rules. The rule is checked against its kind as
/// it is read, each problem at its member.
/// </summary>
internal sealed class DeclaredRuleCodec(DeclaredKind kind) : PolicyCodec<DeclaredPolicy>(kind.Kind)
{
    private static readonly string[] Forms = ["threshold", "condition", "range", "table", "count", "amount", "timetable", "allOf", "anyOf", "largerOf", "smallerOf"];

    private static readonly string[] Comparisons = ["atLeast", "moreThan", "atMost", "lessThan"];

    private static readonly string[] Combinations = ["allOf", "anyOf", "largerOf", "smallerOf"];

    private static readonly string[] PeriodUnits = ["calendarDays", "workingDays", "weeks", "months", "years"];

    /// <inheritdoc />
    public override DocumentSchema Schema => RuleSchema;

    /// <summary>Gets the schema of a declared rule, defined once as <c>declaredRule</c>.</summary>
    internal static DocumentSchema RuleSchema { get; } = CreateSchema();

    /// <summary>Gets the kind the codec reads rules of.</summary>
    public DeclaredKind Declared => kind;

    /// <summary>Reads a rule, not yet checked against a kind.</summary>
    internal static DeclaredRule ReadRule(DocumentNode node)
    {
        node.OnlyMembers(Forms);
        var name = node.OneOf(Forms);
        var body = node.Required(name);
        return name switch
        {
            "threshold" => Threshold(body),
            "condition" => Condition(body),
            "range" => Range(body),
            "table" => Table(body),
            "count" => Count(body),
            "amount" => Amount(body),
            "timetable" => Timetable(body),
            _ => Combination(body, name),
        };
    }

    /// <summary>Writes a rule as <see cref="ReadRule"/> reads it.</summary>
    internal static void WriteRule(Utf8JsonWriter writer, DeclaredRule rule)
    {
        writer.WriteStartObject();
        WriteForm(writer, rule);
        writer.WriteEndObject();
    }

    /// <summary>Writes a rule's one member, its form, into the object being written.</summary>
    private static void WriteForm(Utf8JsonWriter writer, DeclaredRule rule)
    {
        switch (rule)
        {
            case DeclaredRule.ThresholdNode threshold:
                writer.WriteStartObject("threshold");
                writer.WriteString("measure", threshold.Measure);
                if (threshold.Denominator == 1m)
                {
                    writer.WriteNumber(DeclaredRule.Member(threshold.Comparison), threshold.Numerator);
                }
                else
                {
                    writer.WriteString(DeclaredRule.Member(threshold.Comparison), DeclaredText.Fraction(threshold.Numerator, threshold.Denominator));
                }

                WriteFinding(writer, threshold.Finding, threshold.Severity);
                writer.WriteEndObject();
                break;
            case DeclaredRule.ConditionNode condition:
                writer.WriteStartObject("condition");
                writer.WriteString("measure", condition.Measure);
                writer.WriteBoolean("is", condition.Expected);
                WriteFinding(writer, condition.Finding, condition.Severity);
                writer.WriteEndObject();
                break;
            case DeclaredRule.RangeNode range:
                writer.WriteStartObject("range");
                writer.WriteString("measure", range.Measure);
                WriteLimit(writer, "minimum", range.Minimum);
                WriteLimit(writer, "maximum", range.Maximum);
                writer.WriteEndObject();
                break;
            case DeclaredRule.TableNode table:
                writer.WriteStartObject("table");
                writer.WriteString("measure", table.Measure);
                if (table.Numbers is { } numbers)
                {
                    writer.WriteString("outcome", table.Outcome!.Value.ToString());
                    writer.WritePropertyName("bands");
                    DocumentBands.Write(writer, numbers, static (w, q) => w.WriteNumberValue(q), static (w, v) => w.WriteNumberValue(v));
                }
                else
                {
                    writer.WritePropertyName("bands");
                    DocumentBands.Write(writer, table.Texts!, static (w, q) => w.WriteNumberValue(q), static (w, v) => w.WriteStringValue(v));
                }

                WriteCheck(writer, table.ActualCheck);
                writer.WriteEndObject();
                break;
            case DeclaredRule.CountNode count:
                writer.WriteStartObject("count");
                writer.WriteString("measure", count.Measure);
                writer.WriteString("outcome", count.Outcome.ToString());
                writer.WritePropertyName("formula");
                CountFormulaDocument.Write(writer, count.Formula);
                WriteCheck(writer, count.ActualCheck);
                writer.WriteEndObject();
                break;
            case DeclaredRule.AmountNode amount:
                writer.WriteStartObject("amount");
                writer.WriteString("measure", amount.Measure);
                writer.WriteNumber("yuan", amount.PerUnits.Yuan);
                writer.WriteNumber("perUnits", amount.Units);
                if (amount.Floor is { } floor)
                {
                    writer.WriteNumber("floor", floor.Yuan);
                }

                if (amount.Cap is { } cap)
                {
                    writer.WriteNumber("cap", cap.Yuan);
                }

                WriteCheck(writer, amount.ActualCheck);
                writer.WriteEndObject();
                break;
            case DeclaredRule.TimetableNode timetable:
                writer.WriteStartObject("timetable");
                writer.WriteString("event", timetable.Event);
                writer.WriteNumber(DeclaredRule.Member(timetable.Unit), timetable.Offset);
                writer.WriteString("direction", timetable.Direction.ToString());
                if (timetable.Recorded is { } recorded)
                {
                    writer.WriteString("recorded", recorded);
                    WriteFinding(writer, timetable.Finding!, timetable.Severity);
                }

                writer.WriteEndObject();
                break;
            case DeclaredRule.CombinationNode combination:
                writer.WriteStartArray(DeclaredRule.Member(combination.Combination));
                foreach (var part in combination.Rules)
                {
                    WriteRule(writer, part);
                }

                writer.WriteEndArray();
                break;
        }
    }

    /// <inheritdoc />
    protected override DeclaredPolicy ReadPolicy(DocumentNode policy) => kind.Policy(ReadRule(policy));

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, DeclaredPolicy policy) => WriteForm(writer, policy.Rule);

    private static DeclaredRule.ThresholdNode Threshold(DocumentNode body)
    {
        body.OnlyMembers(["measure", .. Comparisons, "finding", "severity"]);
        var given = body.OneOf(Comparisons);
        var measure = body.Required("measure").Text();
        var comparison = (DeclaredComparison)(Array.IndexOf(Comparisons, given) + 1);
        var (numerator, denominator) = Bound(body.Required(given));
        var finding = body.Required("finding").Text();
        var severity = body.Required("severity").Name<FindingSeverity>();
        return new DeclaredRule.ThresholdNode(measure, comparison, numerator, denominator, finding, severity);
    }

    private static (decimal Numerator, decimal Denominator) Bound(DocumentNode node)
    {
        if (node.Element.ValueKind != JsonValueKind.String)
        {
            return (node.Number(), 1m);
        }

        var text = node.Text();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
                ? (numerator, denominator)
                : throw new DocumentNodeException(node.Path, DocumentProblemKind.InvalidValue, $"is \"{text}\"; expected a number, or a share as a fraction of whole numbers such as \"2/3\".");
    }

    private static DeclaredRule.ConditionNode Condition(DocumentNode body)
    {
        body.OnlyMembers("measure", "is", "finding", "severity");
        return new DeclaredRule.ConditionNode(body.Required("measure").Text(), body.Required("is").Boolean(), body.Required("finding").Text(), body.Required("severity").Name<FindingSeverity>());
    }

    private static DeclaredRule.RangeNode Range(DocumentNode body)
    {
        body.OnlyMembers("measure", "minimum", "maximum");
        var measure = body.Required("measure").Text();
        var minimum = body.Optional("minimum") is { } least ? Limit(least) : null;
        var maximum = body.Optional("maximum") is { } most ? Limit(most) : null;
        return minimum is null && maximum is null
            ? throw new DocumentNodeException(body.Path, DocumentProblemKind.Missing, "gives neither \"minimum\" nor \"maximum\"; expected at least one.")
            : new DeclaredRule.RangeNode(measure, minimum, maximum);
    }

    private static DeclaredLimit Limit(DocumentNode node)
    {
        node.OnlyMembers("value", "finding", "severity");
        var value = node.Required("value").Number();
        var finding = node.Required("finding").Text();
        return DeclaredLimit.Of(value, finding, node.Required("severity").Name<FindingSeverity>());
    }

    private static DeclaredRule.TableNode Table(DocumentNode body)
    {
        body.OnlyMembers("measure", "outcome", "bands", "check");
        var measure = body.Required("measure").Text();
        var bands = body.Required("bands");
        if (body.Optional("outcome") is { } outcome)
        {
            var unit = outcome.Name<MeasureUnit>();
            var numbers = DocumentBands.Read(bands, static q => q.Number(), static v => v.Number());
            return new DeclaredRule.TableNode(measure, unit, numbers, null, body.Optional("check") is { } check ? Check(check) : null);
        }

        if (body.Optional("check") is { } refused)
        {
            throw new DocumentNodeException(refused.Path, DocumentProblemKind.NotApplying, "does not apply to a table of texts, which gives no number to check against; give \"outcome\" for a table of numbers.");
        }

        var texts = DocumentBands.Read(bands, static q => q.Number(), static v => v.Text());
        return new DeclaredRule.TableNode(measure, null, null, texts, null);
    }

    private static DeclaredRule.CountNode Count(DocumentNode body)
    {
        body.OnlyMembers("measure", "outcome", "formula", "check");
        return new DeclaredRule.CountNode(
            body.Required("measure").Text(),
            body.Required("outcome").Name<MeasureUnit>(),
            CountFormulaDocument.Read(body.Required("formula")),
            body.Optional("check") is { } check ? Check(check) : null);
    }

    private static DeclaredRule.AmountNode Amount(DocumentNode body)
    {
        body.OnlyMembers("measure", "yuan", "perUnits", "floor", "cap", "check");
        return new DeclaredRule.AmountNode(
            body.Required("measure").Text(),
            body.Required("yuan").Yuan(),
            body.Required("perUnits").Whole(),
            body.Optional("floor")?.Yuan(),
            body.Optional("cap")?.Yuan(),
            body.Optional("check") is { } check ? Check(check) : null);
    }

    private static DeclaredRule.TimetableNode Timetable(DocumentNode body)
    {
        body.OnlyMembers(["event", .. PeriodUnits, "direction", "recorded", "finding", "severity"]);
        var given = body.OneOf(PeriodUnits);
        var @event = body.Required("event").Text();
        var unit = (DeclaredPeriodUnit)(Array.IndexOf(PeriodUnits, given) + 1);
        var amount = body.Required(given).Int32();
        var direction = body.Required("direction").Name<DeclaredDirection>();
        if (body.Optional("recorded") is not { } recorded)
        {
            body.NotApplying("a timetable without \"recorded\"", "finding", "severity");
            return new DeclaredRule.TimetableNode(@event, amount, unit, direction, null, null, default);
        }

        return new DeclaredRule.TimetableNode(@event, amount, unit, direction, recorded.Text(), body.Required("finding").Text(), body.Required("severity").Name<FindingSeverity>());
    }

    private static DeclaredRule.CombinationNode Combination(DocumentNode body, string name)
    {
        var combination = name switch
        {
            "allOf" => DeclaredCombination.AllOf,
            "anyOf" => DeclaredCombination.AnyOf,
            "largerOf" => DeclaredCombination.LargerOf,
            _ => DeclaredCombination.SmallerOf,
        };
        return new DeclaredRule.CombinationNode(combination, [.. body.Items().Select(ReadRule)]);
    }

    private static DeclaredCheck Check(DocumentNode node)
    {
        node.OnlyMembers("actual", "comparison", "finding", "severity");
        return DeclaredCheck.Of(node.Required("actual").Text(), node.Required("comparison").Name<DeclaredComparison>(), node.Required("finding").Text(), node.Required("severity").Name<FindingSeverity>());
    }

    private static void WriteFinding(Utf8JsonWriter writer, string finding, FindingSeverity severity)
    {
        writer.WriteString("finding", finding);
        writer.WriteString("severity", severity.ToString());
    }

    private static void WriteLimit(Utf8JsonWriter writer, string name, DeclaredLimit? limit)
    {
        if (limit is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("value", limit.Value);
        WriteFinding(writer, limit.Finding, limit.Severity);
        writer.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter writer, DeclaredCheck? check)
    {
        if (check is null)
        {
            return;
        }

        writer.WriteStartObject("check");
        writer.WriteString("actual", check.Actual);
        writer.WriteString("comparison", check.Comparison.ToString());
        WriteFinding(writer, check.Finding, check.Severity);
        writer.WriteEndObject();
    }

    private static DocumentSchema CreateSchema()
    {
        var measure = DocumentSchema.Text("The name of an input the kind declares.", minimumLength: 1);
        var finding = DocumentSchema.Text("The code of a finding the kind declares, raised when the check is not met.", minimumLength: 1);
        var severity = DocumentSchema.Name<FindingSeverity>("How grave the finding is: Error for a binding rule, Warning for a recommended one.");
        var bound = DocumentSchema.OneOf(
            "The bound; the measure equal to it meets atLeast and atMost, not moreThan or lessThan.",
            DocumentSchema.Number("A number in the measure's unit; for a share, from 0 to 1."),
            DocumentSchema.Text("A share as a fraction of whole numbers, such as \"2/3\".", "^[0-9]+/[0-9]+$"));
        var check = DocumentSchema.Object(
            "A check of an actual measure against the outcome.",
            DocumentMember.Required("actual", DocumentSchema.Text("The input holding the actual measure, in the outcome's unit.", minimumLength: 1)),
            DocumentMember.Required("comparison", DocumentSchema.Name<DeclaredComparison>("How the actual measure must stand to the outcome.")),
            DocumentMember.Required("finding", finding),
            DocumentMember.Required("severity", severity));
        var limit = DocumentSchema.Object(
            "One side of a range.",
            DocumentMember.Required("value", DocumentSchema.Number("The bound, in the measure's unit; a measure equal to it is within.")),
            DocumentMember.Required("finding", finding),
            DocumentMember.Required("severity", severity));
        var rules = DocumentSchema.Array("The rules combined.", DocumentSchema.Reference("declaredRule", "A rule."));
        var forms = new List<DocumentSchema>
        {
            Form("threshold", "A threshold on a measure: give exactly one of atLeast, moreThan, atMost, lessThan.", DocumentSchema.Object(
                "The threshold.",
                DocumentMember.Required("measure", measure),
                DocumentMember.Optional("atLeast", bound),
                DocumentMember.Optional("moreThan", bound),
                DocumentMember.Optional("atMost", bound),
                DocumentMember.Optional("lessThan", bound),
                DocumentMember.Required("finding", finding),
                DocumentMember.Required("severity", severity)).WithMemberCount(4, 4)),
            Form("condition", "A condition on a yes or no.", DocumentSchema.Object(
                "The condition.",
                DocumentMember.Required("measure", measure),
                DocumentMember.Required("is", DocumentSchema.Boolean("The answer the rule requires.")),
                DocumentMember.Required("finding", finding),
                DocumentMember.Required("severity", severity))),
            Form("range", "A range on a measure, each side with its finding and severity.", DocumentSchema.Object(
                "The range.",
                DocumentMember.Required("measure", measure),
                DocumentMember.Optional("minimum", limit),
                DocumentMember.Optional("maximum", limit)).WithMemberCount(2, null)),
            Form("table", "Bands over a measure, each giving a number in the outcome's unit, or a text when outcome is left out.", DocumentSchema.Object(
                "The table.",
                DocumentMember.Required("measure", measure),
                DocumentMember.Optional("outcome", DocumentSchema.Name<MeasureUnit>("The unit of the numbers the bands give; left out for a table of texts.")),
                DocumentMember.Required("bands", DocumentSchema.BandTable("The bands over the measure, covering every value it can take.", DocumentSchema.OneOf("The band's outcome.", DocumentSchema.Number("A number in the outcome's unit."), DocumentSchema.Text("A text, for a table of texts.", minimumLength: 1)))),
                DocumentMember.Optional("check", check))),
            Form("count", "A count given by a count formula over a count.", DocumentSchema.Object(
                "The count.",
                DocumentMember.Required("measure", measure),
                DocumentMember.Required("outcome", DocumentSchema.Name<MeasureUnit>("The unit of the count given, such as Persons.")),
                DocumentMember.Required("formula", DocumentSchema.CountFormula("The formula, over the measure.")),
                DocumentMember.Optional("check", check))),
            Form("amount", "An amount per units of a measure, pro rata, rounded up to the fen, within a floor and a cap.", DocumentSchema.Object(
                "The amount.",
                DocumentMember.Required("measure", measure),
                DocumentMember.Required("yuan", DocumentSchema.Number("The amount per perUnits of the measure, in yuan.", minimum: 0m)),
                DocumentMember.Required("perUnits", DocumentSchema.Integer("How many of the measure the amount is for.", minimum: 1)),
                DocumentMember.Optional("floor", DocumentSchema.Number("The least amount, in yuan.", minimum: 0m)),
                DocumentMember.Optional("cap", DocumentSchema.Number("The most amount, in yuan.", minimum: 0m)),
                DocumentMember.Optional("check", check))),
            Form("timetable", "A date due relative to an event: give exactly one of calendarDays, workingDays, weeks, months, years; with recorded, finding and severity, a recorded date must fall on or before it.", DocumentSchema.Object(
                "The timetable.",
                DocumentMember.Required("event", DocumentSchema.Text("The input holding the event's date.", minimumLength: 1)),
                DocumentMember.Optional("calendarDays", DocumentSchema.Integer("Calendar days from the event.", minimum: 0)),
                DocumentMember.Optional("workingDays", DocumentSchema.Integer("Working days from the event.", minimum: 0, maximum: 3650)),
                DocumentMember.Optional("weeks", DocumentSchema.Integer("Weeks from the event.", minimum: 0)),
                DocumentMember.Optional("months", DocumentSchema.Integer("Months from the event.", minimum: 0)),
                DocumentMember.Optional("years", DocumentSchema.Integer("Years from the event; every N years is N years after the last time.", minimum: 0)),
                DocumentMember.Required("direction", DocumentSchema.Name<DeclaredDirection>("Before or after the event.")),
                DocumentMember.Optional("recorded", DocumentSchema.Text("The input holding the recorded date, which must be on or before the date due.", minimumLength: 1)),
                DocumentMember.Optional("finding", finding),
                DocumentMember.Optional("severity", severity))),
        };
        forms.AddRange(Combinations.Select(name => Form(name, name switch
        {
            "allOf" => "Every rule must hold.",
            "anyOf" => "One rule holding is enough.",
            "largerOf" => "The larger of the rules' outcomes, numbers of one unit.",
            _ => "The smaller of the rules' outcomes, numbers of one unit.",
        }, rules)));
        return DocumentSchema.OneOf("A declared rule, in exactly one of its forms.", forms).Define("declaredRule");
    }

    private static DocumentSchema Form(string name, string description, DocumentSchema body) =>
        DocumentSchema.Object(description, DocumentMember.Required(name, body));
}
