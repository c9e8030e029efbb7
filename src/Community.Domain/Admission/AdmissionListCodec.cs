using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Admission;

/// <summary>
/// An admission list in a policy document:
/// <c>{"chineseName":"…","englishName":"…","items":[{"id":"1","chinese":"…","english":"…","category":"…","standing":"OwnDuty"}]}</c>.
/// </summary>
internal sealed class AdmissionListCodec() : PolicyCodec<AdmissionList>(AdmissionKinds.List)
{
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
