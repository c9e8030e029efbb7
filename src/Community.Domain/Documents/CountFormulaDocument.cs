using System.Text.Json;
using Community.Domain.Primitives;
using static Community.Domain.Policies.CountFormula;
using CountFormula = Community.Domain.Policies.CountFormula;

namespace Community.Domain.Documents;

/// <summary>
/// Count formulas in a policy document, one form per object: <c>{"fixed":3}</c>,
/// <c>{"perUnits":{"units":300,"rounding":"Up"}}</c> (or <c>{"perUnits":{"count":12,"units":10000,"rounding":"Up"}}</c>, 12 per 10,000),
/// <c>{"stepped":{"base":5,"firstUnits":3000,"stepUnits":1000,"rounding":"Up"}}</c>,
/// <c>{"larger":[…,…]}</c>, <c>{"smaller":[…,…]}</c>,
/// <c>{"bounded":{"formula":…,"minimum":5,"maximum":9}}</c> and <c>{"banded":{band table of units}}</c>.
/// A formula with problems is refused at its path, listing them.
/// </summary>
internal static class CountFormulaDocument
{
    private static readonly string[] Forms = ["fixed", "perUnits", "stepped", "larger", "smaller", "bounded", "banded"];

    /// <summary>Reads a formula.</summary>
    public static CountFormula Read(DocumentNode node)
    {
        node.OnlyMembers(Forms);
        var name = node.OneOf(Forms);
        var body = node.Required(name);
        var formula = name switch
        {
            "fixed" => Fixed(body.Int32()),
            "perUnits" => PerUnits(body, b => CountFormula.PerUnits(b.Optional("count")?.Int32() ?? 1, b.Required("units").Whole(), Rounding(b)), "count", "units", "rounding"),
            "stepped" => PerUnits(body, b => CountFormula.Stepped(b.Required("base").Int32(), b.Required("firstUnits").Whole(), b.Required("stepUnits").Whole(), Rounding(b)), "base", "firstUnits", "stepUnits", "rounding"),
            "larger" or "smaller" => Choice(body, name == "larger"),
            "bounded" => Bounded(body),
            _ => CountFormula.Banded(DocumentBands.Read(body, unit => unit.Whole(), Read)),
        };
        return formula.IsValid
            ? formula
            : throw new DocumentNodeException(node, new Policies.PolicyDefinitionException("The count formula", formula.Problems));
    }

    /// <summary>Writes a formula.</summary>
    public static void Write(Utf8JsonWriter writer, CountFormula formula)
    {
        writer.WriteStartObject();
        switch (formula)
        {
            case FixedNode fixedCount:
                writer.WriteNumber("fixed", fixedCount.Value);
                break;
            case PerUnitsNode perUnits:
                writer.WriteStartObject("perUnits");
                if (perUnits.PerCount != 1)
                {
                    writer.WriteNumber("count", perUnits.PerCount);
                }

                writer.WriteNumber("units", perUnits.Units);
                writer.WriteString("rounding", perUnits.Rounding.ToString());
                writer.WriteEndObject();
                break;
            case SteppedNode stepped:
                writer.WriteStartObject("stepped");
                writer.WriteNumber("base", stepped.BaseCount);
                writer.WriteNumber("firstUnits", stepped.FirstUnits);
                writer.WriteNumber("stepUnits", stepped.StepUnits);
                writer.WriteString("rounding", stepped.Rounding.ToString());
                writer.WriteEndObject();
                break;
            case ChoiceNode choice:
                writer.WriteStartArray(choice.IsLarger ? "larger" : "smaller");
                Write(writer, choice.First);
                Write(writer, choice.Second);
                writer.WriteEndArray();
                break;
            case BoundedNode bounded:
                writer.WriteStartObject("bounded");
                writer.WritePropertyName("formula");
                Write(writer, bounded.Inner);
                if (bounded.Minimum is { } minimum)
                {
                    writer.WriteNumber("minimum", minimum);
                }

                if (bounded.Maximum is { } maximum)
                {
                    writer.WriteNumber("maximum", maximum);
                }

                writer.WriteEndObject();
                break;
            case BandedNode banded:
                writer.WritePropertyName("banded");
                DocumentBands.Write(writer, banded.Bands, (w, units) => w.WriteNumberValue(units), Write);
                break;
        }

        writer.WriteEndObject();
    }

    private static CountFormula PerUnits(DocumentNode body, Func<DocumentNode, CountFormula> read, params string[] members)
    {
        body.OnlyMembers(members);
        return read(body);
    }

    private static RoundingMode Rounding(DocumentNode body) => body.Optional("rounding")?.Name<RoundingMode>() ?? RoundingMode.Up;

    private static CountFormula Choice(DocumentNode body, bool larger)
    {
        var items = body.Items().ToList();
        if (items.Count != 2)
        {
            throw new DocumentNodeException(body.Path, $"holds {items.Count} formulas; expected two to choose between.");
        }

        return larger ? Larger(Read(items[0]), Read(items[1])) : Smaller(Read(items[0]), Read(items[1]));
    }

    private static CountFormula Bounded(DocumentNode body)
    {
        body.OnlyMembers("formula", "minimum", "maximum");
        var inner = Read(body.Required("formula"));
        return (body.Optional("minimum")?.Int32(), body.Optional("maximum")?.Int32()) switch
        {
            ({ } least, { } most) => inner.Between(least, most),
            ({ } least, null) => inner.AtLeast(least),
            (null, { } most) => inner.AtMost(most),
            _ => throw new DocumentNodeException(body.Path, DocumentProblemKind.Missing, "gives neither \"minimum\" nor \"maximum\"; expected at least one bound."),
        };
    }
}
