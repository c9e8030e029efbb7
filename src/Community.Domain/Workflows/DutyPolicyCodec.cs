using System.Collections.Immutable;
using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Workflows;

/// <summary>
/// A duty policy in a policy document:
/// <c>{"mustAttend":[{"code":"emergency","chinese":"…","english":"…"}],"mustVisit":[{"code":"inpatient",…}]}</c>.
/// </summary>
internal sealed class DutyPolicyCodec() : PolicyCodec<DutyPolicy>(WorkflowKinds.Duties)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "The occasions community workers must attend and the households they must visit.",
        DocumentMember.Optional("mustAttend", DocumentSchema.Array("The occasions the workers must attend; none if left out.", Occasion)),
        DocumentMember.Optional("mustVisit", DocumentSchema.Array("The occasions on which they must visit; none if left out.", Occasion)));

    private static DocumentSchema Occasion => DocumentSchema.NamedObject(
        "One occasion.",
        "The occasion",
        DocumentMember.Required("code", DocumentSchema.Text("The occasion's code, unique in the policy, such as emergency.")));

    protected override DutyPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("mustAttend", "mustVisit");
        var attend = Occasions(policy.Optional("mustAttend"));
        var visit = Occasions(policy.Optional("mustVisit"));
        return DutyPolicy.Of(attend, visit);
    }

    protected override void WritePolicy(Utf8JsonWriter writer, DutyPolicy policy)
    {
        WriteOccasions(writer, "mustAttend", policy.MustAttend);
        WriteOccasions(writer, "mustVisit", policy.MustVisit);
    }

    private static List<DutyOccasion> Occasions(DocumentNode? list) =>
        list?.Items().Select(item =>
        {
            item.OnlyMembers("code", "chinese", "english");
            var code = item.Required("code").Text();
            var chinese = item.Required("chinese").Text();
            var english = item.Required("english").Text();
            return item.Made(_ => DutyOccasion.Of(code, chinese, english));
        }).ToList() ?? [];

    private static void WriteOccasions(Utf8JsonWriter writer, string name, ImmutableArray<DutyOccasion> occasions)
    {
        writer.WriteStartArray(name);
        foreach (var occasion in occasions)
        {
            writer.WriteStartObject();
            writer.WriteString("code", occasion.Code);
            writer.WriteString("chinese", occasion.Chinese);
            writer.WriteString("english", occasion.English);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
