using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A committee size policy in a policy document: <c>{"minimum":5,"maximum":11}</c>, optionally with the severity of each side (<c>"aboveMaximum":"Warning"</c> for a recommended most; Error if left out).</summary>
internal sealed class CommitteeSizePolicyCodec() : PolicyCodec<CommitteeSizePolicy>(CommitteeKinds.Size)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The size of a residents' committee: its fewest and most members.",
        DocumentMember.Required("minimum", DocumentSchema.Integer("The fewest members.")),
        DocumentMember.Required("maximum", DocumentSchema.Integer("The most members; at least the minimum.")),
        DocumentMember.Optional("belowMinimum", DocumentSchema.Name("How grave fewer members are: Error for a required least, Warning for a recommended one; Error if left out.", "Error", "Warning")),
        DocumentMember.Optional("aboveMaximum", DocumentSchema.Name("How grave more members are: Error for a required most, Warning for a recommended one committees may pass; Error if left out.", "Error", "Warning")));

    /// <inheritdoc />
    protected override CommitteeSizePolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("minimum", "maximum", "belowMinimum", "aboveMaximum");
        var minimum = policy.Required("minimum").Int32();
        var maximum = policy.Required("maximum").Int32();

        // A least above the most is a conflict of both members, so it is the policy's problem, not whichever was read last.
        return minimum > maximum && minimum >= 0
            ? throw new DocumentNodeException(policy.Path, DocumentProblemKind.InvalidValue, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gives a minimum of {minimum} above its maximum of {maximum}; expected the least no greater than the most."))
            : policy.Made(p => CommitteeSizePolicy.Between(minimum, maximum).WithSeverities(
                p.Optional("belowMinimum")?.Name<Assessments.FindingSeverity>() ?? Assessments.FindingSeverity.Error,
                p.Optional("aboveMaximum")?.Name<Assessments.FindingSeverity>() ?? Assessments.FindingSeverity.Error));
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CommitteeSizePolicy policy)
    {
        writer.WriteNumber("minimum", policy.Members.Min);
        writer.WriteNumber("maximum", policy.Members.Max);
        if (policy.BelowMinimum != Assessments.FindingSeverity.Error)
        {
            writer.WriteString("belowMinimum", policy.BelowMinimum.ToString());
        }

        if (policy.AboveMaximum != Assessments.FindingSeverity.Error)
        {
            writer.WriteString("aboveMaximum", policy.AboveMaximum.ToString());
        }
    }
}
