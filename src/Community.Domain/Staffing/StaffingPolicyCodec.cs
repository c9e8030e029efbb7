using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Staffing;

/// <summary>
/// A staffing policy in a policy document: the <c>unit</c> counted and either <c>exactly</c> a count
/// formula, or a <c>minimum</c> formula with an optional <c>maximum</c> one, such as
/// <c>{"unit":"Households","exactly":{"bounded":{"formula":{"perUnits":{"units":300,"rounding":"Up"}},"minimum":5,"maximum":9}}}</c>.
/// </summary>
internal sealed class StaffingPolicyCodec(PolicyKind<StaffingPolicy> kind) : PolicyCodec<StaffingPolicy>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.OneOf(
        "How many workers of this kind a community has, by a count formula of its residents or households: exactly, or at least and optionally at most.",
        DocumentSchema.Object(
            "Exactly the count a formula gives.",
            DocumentMember.Required("unit", DocumentSchema.Name<CountUnit>("What the formula counts: Residents or Households.")),
            DocumentMember.Required("exactly", DocumentSchema.CountFormula("The number of workers.")),
            DocumentMember.Optional("belowMinimum", Severity("too few workers")),
            DocumentMember.Optional("aboveMaximum", Severity("too many workers"))),
        DocumentSchema.Object(
            "At least the count of one formula and optionally at most that of another.",
            DocumentMember.Required("unit", DocumentSchema.Name<CountUnit>("What the formulas count: Residents or Households.")),
            DocumentMember.Required("minimum", DocumentSchema.CountFormula("The fewest workers.")),
            DocumentMember.Optional("maximum", DocumentSchema.CountFormula("The most workers; no most if left out.")),
            DocumentMember.Optional("belowMinimum", Severity("too few workers")),
            DocumentMember.Optional("aboveMaximum", Severity("too many workers; only with a maximum"))));

    private static DocumentSchema Severity(string what) =>
        DocumentSchema.Name<Assessments.FindingSeverity>($"How grave {what} is: Error for a required limit, Warning for a recommended one that communities may pass; Error if left out.");

    /// <inheritdoc />
    protected override StaffingPolicy ReadPolicy(DocumentNode policy)
    {
        var unit = policy.Required("unit").Name<CountUnit>();
        if (policy.Optional("exactly") is { } exactly)
        {
            policy.OnlyMembers("unit", "exactly", "belowMinimum", "aboveMaximum");
            return Severities(policy, StaffingPolicy.Exactly(unit, CountFormulaDocument.Read(exactly)));
        }

        policy.OnlyMembers("unit", "minimum", "maximum", "belowMinimum", "aboveMaximum");
        var minimum = CountFormulaDocument.Read(policy.Required("minimum"));
        if (policy.Optional("maximum") is { } maximum)
        {
            return Severities(policy, StaffingPolicy.Between(unit, minimum, CountFormulaDocument.Read(maximum)));
        }

        policy.NotApplying("a policy with no \"maximum\"", "aboveMaximum");
        return Severities(policy, StaffingPolicy.AtLeast(unit, minimum));
    }

    private static StaffingPolicy Severities(DocumentNode policy, StaffingPolicy read)
    {
        var below = policy.Optional("belowMinimum")?.Name<Assessments.FindingSeverity>() ?? Assessments.FindingSeverity.Error;
        var above = policy.Optional("aboveMaximum")?.Name<Assessments.FindingSeverity>() ?? Assessments.FindingSeverity.Error;
        return below == Assessments.FindingSeverity.Error && above == Assessments.FindingSeverity.Error
            ? read
            : policy.Made(_ => read.WithSeverities(below, above));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, StaffingPolicy policy)
    {
        writer.WriteString("unit", policy.Unit.ToString());
        if (policy.BelowMinimum != Assessments.FindingSeverity.Error)
        {
            writer.WriteString("belowMinimum", policy.BelowMinimum.ToString());
        }

        if (policy.AboveMaximum != Assessments.FindingSeverity.Error)
        {
            writer.WriteString("aboveMaximum", policy.AboveMaximum.ToString());
        }

        if (ReferenceEquals(policy.Minimum, policy.Maximum))
        {
            writer.WritePropertyName("exactly");
            CountFormulaDocument.Write(writer, policy.Minimum);
            return;
        }

        writer.WritePropertyName("minimum");
        CountFormulaDocument.Write(writer, policy.Minimum);
        if (policy.Maximum is { } maximum)
        {
            writer.WritePropertyName("maximum");
            CountFormulaDocument.Write(writer, maximum);
        }
    }
}
