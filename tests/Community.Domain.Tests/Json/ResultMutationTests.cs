using System.Text.Json;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Json;
using Community.Domain.Tests.Contract;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Results read back keep every meaning or refuse: for every result type the library's options know
/// (each built-in case's result and every value the contract's seeds reach), every member of its JSON,
/// duplicated or misspelt in turn, is refused; dropped, it is refused or it was a member at its
/// default, so the value read is the value written.
/// </summary>
public sealed class ResultMutationTests
{
    internal static readonly JsonSerializerOptions Options = CommunityDomainJson.Options(Seeds.Catalog);

    private static readonly MutationKind[] Kinds = [MutationKind.Drop, MutationKind.Duplicate, MutationKind.Misspell, MutationKind.Extend];

    /// <summary>A written value of every type the options know, a few of each: the seeds' values and the built-in cases' results.</summary>
    internal static IEnumerable<(Type Type, string Json)> Samples()
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        var perType = new Dictionary<Type, int>();
        foreach (var value in Seeds.All())
        {
            if (value is null || !Knows(value.GetType()))
            {
                continue;
            }

            var json = JsonSerializer.Serialize(value, value.GetType(), Options);
            if (json.StartsWith('{') && written.Add(json) && perType.GetValueOrDefault(value.GetType()) < 3)
            {
                perType[value.GetType()] = perType.GetValueOrDefault(value.GetType()) + 1;
                yield return (value.GetType(), json);
            }
        }

        var catalog = BuiltInCatalog.Instance;
        foreach (var goldenCase in BuiltInGoldenCases.Document.Cases)
        {
            var type = BuiltInModules.Registry.EvaluationOf(goldenCase.Evaluation)!.ResultType;
            if (goldenCase.Run(catalog).ActualResult is { } json && written.Add(json) && perType.GetValueOrDefault(type) < 3)
            {
                perType[type] = perType.GetValueOrDefault(type) + 1;
                yield return (type, json);
            }
        }
    }

    /// <summary>Whether a member may be left out: an entry of a dictionary (data, like an item of a list), or a member the constructor takes with a default, as the C# factory does (a community's grid count).</summary>
    private static bool IsOptional(Type root, string path, string member)
    {
        var info = Options.GetTypeInfo(root);
        foreach (var segment in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[\d+\]").Select(m => m.Groups[1].Success ? m.Groups[1].Value : null))
        {
            info = Options.GetTypeInfo(Nullable.GetUnderlyingType(info.Type) ?? info.Type);
            var next = segment is null || info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Dictionary
                ? info.ElementType!
                : info.Properties.Single(p => p.Name == segment).PropertyType;
            info = Options.GetTypeInfo(next);
        }

        info = Options.GetTypeInfo(Nullable.GetUnderlyingType(info.Type) ?? info.Type);
        return info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Dictionary
            || info.Properties.Single(p => p.Name == member).AssociatedParameter is { HasDefaultValue: true, IsMemberInitializer: false };
    }

    private static bool Knows(Type type)
    {
        try
        {
            return Options.GetTypeInfo(type).Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    [Fact]
    public void EveryMemberOfEveryResult_DuplicatedOrMisspelt_IsRefused_AndDropped_IsRefusedOrWasAtItsDefault()
    {
        var samples = Samples().ToList();
        var failures = new List<string>();
        foreach (var (type, json) in samples)
        {
            JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type, Options), type, Options).Should().Be(json, "{0} reads back as written", type.Name);
            foreach (var mutation in JsonMutations.Of(json, Kinds))
            {
                object? read;
                try
                {
                    read = JsonSerializer.Deserialize(mutation.Json, type, Options);
                }
                catch (Exception refused) when (refused is JsonException or ArgumentException)
                {
                    continue;
                }
                catch (Exception other)
                {
                    failures.Add($"{type.Name} {mutation}: {other.GetType().Name}: {other.Message}");
                    continue;
                }

                if (mutation.Kind != MutationKind.Drop)
                {
                    failures.Add($"{type.Name} {mutation}: read without a refusal");
                }
                else if (JsonSerializer.Serialize(read, type, Options) != json && !IsOptional(type, mutation.Path, mutation.Member))
                {
                    failures.Add($"{type.Name} {mutation}: read as another value");
                }
            }
        }

        samples.Select(s => s.Type).Distinct().Should().HaveCountGreaterThan(30, "the samples reach the result types (the values inside them are changed as members of theirs)");
        failures.Should().BeEmpty(string.Join("\n", failures.Take(200)));
    }
}
