using System.Globalization;
using System.Text.Json;

namespace Community.Domain.Cases;

/// <summary>Compares what a case expects of a result with the result: every member the expectation names must be there and equal; others are not compared.</summary>
internal static class JsonSubset
{
    public static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object when actual.ValueKind == JsonValueKind.Object:
                foreach (var member in expected.EnumerateObject())
                {
                    if (actual.TryGetProperty(member.Name, out var value))
                    {
                        Compare(member.Value, value, path + "." + member.Name, differences);
                    }
                    else
                    {
                        differences.Add($"{path}.{member.Name}: expected {member.Value.GetRawText()}, actual no such member");
                    }
                }

                break;
            case JsonValueKind.Array when actual.ValueKind == JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: expected {expected.GetArrayLength()} items, actual {actual.GetArrayLength()}: {actual.GetRawText()}"));
                    break;
                }

                var index = 0;
                foreach (var (item, value) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    Compare(item, value, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), differences);
                }

                break;
            case JsonValueKind.Number when actual.ValueKind == JsonValueKind.Number:
                if (expected.TryGetDecimal(out var wanted) && actual.TryGetDecimal(out var given) ? wanted != given : expected.GetRawText() != actual.GetRawText())
                {
                    differences.Add($"{path}: expected {expected.GetRawText()}, actual {actual.GetRawText()}");
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind || (expected.ValueKind == JsonValueKind.String && expected.GetString() != actual.GetString()))
                {
                    differences.Add($"{path}: expected {expected.GetRawText()}, actual {actual.GetRawText()}");
                }

                break;
        }
    }
}
