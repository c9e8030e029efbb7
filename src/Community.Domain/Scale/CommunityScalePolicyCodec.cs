using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Primitives;

namespace Community.Domain.Scale;

/// <summary>A community scale policy in a policy document: <c>{"unit":"Households","minimum":1000,"maximum":3000}</c>, either bound left out when the rule gives none.</summary>
internal sealed class CommunityScalePolicyCodec() : PolicyCodec<CommunityScalePolicy>(ScaleKinds.Community)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The size a community should have, in residents or households: at least, at most or between.",
        DocumentMember.Required("unit", DocumentSchema.Name<CountUnit>("What is counted: Residents or Households.")),
        DocumentMember.Optional("minimum", DocumentSchema.Integer("The fewest of the unit; no least if left out, but at least one bound is given.")),
        DocumentMember.Optional("maximum", DocumentSchema.Integer("The most of the unit; no most if left out, but at least one bound is given.")))
        .WithMemberCount(2, null);

    /// <inheritdoc />
    protected override CommunityScalePolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("unit", "minimum", "maximum");
        var unit = policy.Required("unit").Name<CountUnit>();
        var minimum = policy.Optional("minimum")?.Whole();
        var maximum = policy.Optional("maximum")?.Whole();
        if (minimum is { } lower && maximum is { } upper && lower > upper && lower >= 0 && upper > 0)
        {
            // A least above the most is a conflict of both members, so it is the policy's problem, not whichever was read last.
            throw new DocumentNodeException(policy.Path, DocumentProblemKind.InvalidValue, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gives a minimum of {lower} above its maximum of {upper}; expected the least no greater than the most."));
        }

        return (minimum, maximum) switch
        {
            ({ } least, { } most) => CommunityScalePolicy.Between(unit, least, most),
            ({ } least, null) => CommunityScalePolicy.AtLeast(unit, least),
            (null, { } most) => CommunityScalePolicy.AtMost(unit, most),
            _ => throw new DocumentNodeException(policy.Path, DocumentProblemKind.Missing, "gives neither \"minimum\" nor \"maximum\"; expected at least one bound."),
        };
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CommunityScalePolicy policy)
    {
        writer.WriteString("unit", policy.Unit.ToString());
        if (policy.Minimum is { } minimum)
        {
            writer.WriteNumber("minimum", minimum);
        }

        if (policy.Maximum is { } maximum)
        {
            writer.WriteNumber("maximum", maximum);
        }
    }
}
