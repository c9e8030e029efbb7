using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>
/// A premises standard in a policy document: its <c>floorArea</c> rule (<c>{"fixed":100}</c> m²,
/// <c>{"byBand":{"unit":"Households","bands":band table of units whose values are m²}}</c> or
/// <c>{"perUnits":{"unit":"Households","perStep":20,"stepUnits":100,"minimum":300}}</c>), and optionally
/// <c>minimumRooms</c>, <c>minimumHalls</c>, <c>minimumLand</c> (m²) and <c>requiredFacilities</c>.
/// </summary>
internal sealed class PremisesStandardCodec(PolicyKind<PremisesStandard> kind) : PolicyCodec<PremisesStandard>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "A standard for community premises: the floor area they need, and optionally rooms, halls, land and facilities.",
        DocumentMember.Required("floorArea", DocumentSchema.Object(
            "The floor area the premises need, in exactly one form: fixed, by a band table, or per so many units.",
            DocumentMember.Optional("fixed", DocumentSchema.Number("A fixed floor area, in square metres.")),
            DocumentMember.Optional("byBand", DocumentSchema.Object(
                "A floor area by bands of residents or households.",
                DocumentMember.Required("unit", DocumentSchema.Name<CountUnit>("What the bands count: Residents or Households.")),
                DocumentMember.Required("bands", DocumentSchema.BandTable("A band table of the unit whose values are floor areas.", DocumentSchema.Number("The band's floor area, in square metres."))))),
            DocumentMember.Optional("perUnits", DocumentSchema.Object(
                "So many square metres per step of units, with a least area.",
                DocumentMember.Required("unit", DocumentSchema.Name<CountUnit>("What the steps count: Residents or Households.")),
                DocumentMember.Required("perStep", DocumentSchema.Number("The square metres per step.")),
                DocumentMember.Required("stepUnits", DocumentSchema.Integer("The units of one step.")),
                DocumentMember.Required("minimum", DocumentSchema.Number("The least floor area, in square metres.")))))
            .WithMemberCount(1, 1)),
        DocumentMember.Optional("minimumRooms", DocumentSchema.Integer("The fewest rooms; none required if left out.")),
        DocumentMember.Optional("minimumHalls", DocumentSchema.Integer("The fewest halls; none required if left out.")),
        DocumentMember.Optional("minimumLand", DocumentSchema.Number("The least land, in square metres; none required if left out.")),
        DocumentMember.Optional("requiredFacilities", DocumentSchema.Array("The facilities the premises must have.", DocumentSchema.Name<Facility>("A facility."))));

    /// <inheritdoc />
    protected override PremisesStandard ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("floorArea", "minimumRooms", "minimumHalls", "minimumLand", "requiredFacilities");
        var rule = FloorArea(policy.Required("floorArea"));
        var land = policy.Optional("minimumLand") is { } given ? SquareMetres(given) : (Area?)null;
        var facilities = (policy.Optional("requiredFacilities")?.Items() ?? []).Select(item => item.Name<Facility>()).ToList();
        return PremisesStandard.Scaled(rule, policy.Optional("minimumRooms")?.Int32() ?? 0, policy.Optional("minimumHalls")?.Int32() ?? 0, land, facilities);
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, PremisesStandard policy)
    {
        var rule = policy.FloorArea;
        writer.WriteStartObject("floorArea");
        if (rule.Bands is { } bands)
        {
            writer.WriteStartObject("byBand");
            writer.WriteString("unit", rule.Unit.ToString());
            writer.WritePropertyName("bands");
            DocumentBands.Write(writer, bands, (w, units) => w.WriteNumberValue(units), (w, area) => w.WriteNumberValue(area.SquareMetres));
            writer.WriteEndObject();
        }
        else if (rule.StepUnits > 0)
        {
            writer.WriteStartObject("perUnits");
            writer.WriteString("unit", rule.Unit.ToString());
            writer.WriteNumber("perStep", rule.PerStep.SquareMetres);
            writer.WriteNumber("stepUnits", rule.StepUnits);
            writer.WriteNumber("minimum", rule.FixedArea.SquareMetres);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNumber("fixed", rule.FixedArea.SquareMetres);
        }

        writer.WriteEndObject();
        if (policy.MinimumRooms != 0)
        {
            writer.WriteNumber("minimumRooms", policy.MinimumRooms);
        }

        if (policy.MinimumHalls != 0)
        {
            writer.WriteNumber("minimumHalls", policy.MinimumHalls);
        }

        if (policy.MinimumLand is { } land)
        {
            writer.WriteNumber("minimumLand", land.SquareMetres);
        }

        if (!policy.RequiredFacilities.IsEmpty)
        {
            writer.WriteStartArray("requiredFacilities");
            foreach (var facility in policy.RequiredFacilities)
            {
                writer.WriteStringValue(facility.ToString());
            }

            writer.WriteEndArray();
        }
    }

    private static FloorAreaRule FloorArea(DocumentNode rule)
    {
        rule.OnlyMembers("fixed", "byBand", "perUnits");
        if (rule.Element.EnumerateObject().Count() != 1)
        {
            throw rule.NotOneOf("fixed", "byBand", "perUnits");
        }

        if (rule.Optional("fixed") is { } fixedArea)
        {
            return FloorAreaRule.Fixed(SquareMetres(fixedArea));
        }

        if (rule.Optional("byBand") is { } byBand)
        {
            byBand.OnlyMembers("unit", "bands");
            return FloorAreaRule.ByBand(byBand.Required("unit").Name<CountUnit>(), DocumentBands.Read(byBand.Required("bands"), units => units.Whole(), SquareMetres));
        }

        var perUnits = rule.Required("perUnits");
        perUnits.OnlyMembers("unit", "perStep", "stepUnits", "minimum");
        return FloorAreaRule.PerUnits(perUnits.Required("unit").Name<CountUnit>(), SquareMetres(perUnits.Required("perStep")), perUnits.Required("stepUnits").Whole(), SquareMetres(perUnits.Required("minimum")));
    }

    private static Area SquareMetres(DocumentNode node) => node.Made(n => Area.FromSquareMetres(n.Number()));
}
