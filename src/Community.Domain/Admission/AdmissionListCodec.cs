using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Admission;

/// <summary>
/// An admission list in a policy document:
/// <c>{"chineseName":"…","englishName":"…","items":[{"id":"1","chinese":"…","english":"…","category":"…","standing":"OwnDuty"}]}</c>.
/// </summary>
internal sealed class AdmissionListCodec() : PolicyCodec<AdmissionList>(AdmissionKinds.List)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.Object(
        "An admission list: the named items of work a jurisdiction lists, each with its standing.",
        DocumentMember.Required("chineseName", DocumentSchema.Text("The list's name in Chinese.")),
        DocumentMember.Required("englishName", DocumentSchema.Text("The list's name in English.")),
        DocumentMember.Required("items", DocumentSchema.Array(
            "The items listed, in the list's order.",
            DocumentSchema.NamedObject(
                "One item of the list.",
                "The item",
                DocumentMember.Required("id", DocumentSchema.Text("The item's id, unique in the list, such as its number in the source.")),
                DocumentMember.Required("category", DocumentSchema.Text("The category the source lists the item under.")),
                DocumentMember.Required("standing", DocumentSchema.Name<ListStanding>("The item's standing: OwnDuty (the community's own duty), Assisting (work it assists with) or Excluded (work kept out of the community)."))))));

    protected override AdmissionList ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("chineseName", "englishName", "items");
        var chinese = policy.Required("chineseName").Text();
        var english = policy.Required("englishName").Text();
        var items = policy.Required("items").Items().Select(ReadItem).ToList();
        return policy.Made(_ => AdmissionList.Define(chinese, english, items));
    }

    protected override void WritePolicy(Utf8JsonWriter writer, AdmissionList policy)
    {
        writer.WriteString("chineseName", policy.ChineseName);
        writer.WriteString("englishName", policy.EnglishName);
        writer.WriteStartArray("items");
        foreach (var item in policy.Items)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("chinese", item.Chinese);
            writer.WriteString("english", item.English);
            writer.WriteString("category", item.Category);
            writer.WriteString("standing", item.Standing.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static AdmissionListItem ReadItem(DocumentNode item)
    {
        item.OnlyMembers("id", "chinese", "english", "category", "standing");
        var id = item.Required("id").Text();
        var chinese = item.Required("chinese").Text();
        var english = item.Required("english").Text();
        var category = item.Required("category").Text();
        var standing = item.Required("standing").Name<ListStanding>();
        return item.Made(_ => AdmissionListItem.Create(id, chinese, english, category, standing));
    }
}
