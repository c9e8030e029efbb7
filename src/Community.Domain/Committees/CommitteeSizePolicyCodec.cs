using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Committees;

/// <summary>A committee size policy in a policy document: <c>{"minimum":5,"maximum":11}</c>.</summary>
internal sealed class CommitteeSizePolicyCodec() : PolicyCodec<CommitteeSizePolicy>(CommitteeKinds.Size)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The size of a residents' committee: its fewest and most members.",
        DocumentMember.Required("minimum", DocumentSchema.Integer("The fewest members.")),
        DocumentMember.Required("maximum", DocumentSchema.Integer("The most members; at least the minimum.")));

    /// <inheritdoc />
    protected override CommitteeSizePolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("minimum", "maximum");
        var minimum = policy.Required("minimum").Int32();
        var maximum = policy.Required("maximum").Int32();

        // A least above the most is a conflict of both members, so it is the policy's problem, not whichever was read last.
        return minimum > maximum && minimum >= 0
            ? throw new DocumentNodeException(policy.Path, DocumentProblemKind.InvalidValue, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gives a minimum of {minimum} above its maximum of {maximum}; expected the least no greater than the most."))
            : CommitteeSizePolicy.Between(minimum, maximum);
    }

    /// <inheritdoc />
    protected override void WritePolicy(Utf8JsonWriter writer, CommitteeSizePolicy policy)
    {
        writer.WriteNumber("minimum", policy.Members.Min);
        writer.WriteNumber("maximum", policy.Members.Max);
    }
}
