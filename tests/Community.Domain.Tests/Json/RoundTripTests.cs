using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Community.Domain.Json;
using Community.Domain.Policies;
using Community.Domain.Tests.Contract;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Every public result type (what an evaluator, the budget calculator or a register returns, and the
/// library types those results hold) writes to JSON and reads back into an equal value, through the
/// source-generated context with options bound to the catalog, and writes the same JSON with
/// System.Text.Json's default options. The values are those the contract tests harvest from the
/// library (see <see cref="SamplePool"/>), evaluated against <see cref="Seeds.Catalog"/>.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly JsonSerializerOptions Bound = CommunityDomainJson.Options(Seeds.Catalog);

    private static readonly HashSet<object> CatalogVersions = new(Seeds.Catalog.Versions, ReferenceEqualityComparer.Instance);

    /// <summary>Gets the public result types, found by reflection from what the library's evaluators return.</summary>
    public static IReadOnlyList<Type> ResultTypes { get; } = FindResultTypes();

    public static TheoryData<string> ResultTypeNames() => [.. ResultTypes.Select(Invocable.Describe)];

    [Theory]
    [MemberData(nameof(ResultTypeNames))]
    public void EveryResultType_ReadsBackEqual_ThroughTheSourceGeneratedContext(string typeName)
    {
        var type = ResultTypes.Single(t => Invocable.Describe(t) == typeName);
        var info = Bound.GetTypeInfo(type);
        var values = ValuesOf(type);
        values.Should().NotBeEmpty("the sample pool harvests values of every result type from the seeds");

        foreach (var value in values)
        {
            var json = JsonSerializer.Serialize(value, info);
            var back = JsonSerializer.Deserialize(json, info);

            back.Should().Be(value, "{0} read back from {1} writes {2}", typeName, json, JsonSerializer.Serialize(back, info));
            JsonSerializer.Serialize(back, info).Should().Be(json, "a value read back writes the same JSON");
            back!.GetHashCode().Should().Be(value.GetHashCode(), "equal values hash alike");
        }
    }

    [Theory]
    [MemberData(nameof(ResultTypeNames))]
    public void EveryResultType_TellsValuesThatWriteDifferentJsonApart(string typeName)
    {
        var type = ResultTypes.Single(t => Invocable.Describe(t) == typeName);
        var info = Bound.GetTypeInfo(type);
        var values = ValuesOf(type).Select(v => (Value: v, Json: JsonSerializer.Serialize(v, info))).ToList();

        foreach (var (one, other) in values.SelectMany((a, i) => values.Skip(i + 1).Select(b => (a, b))))
        {
            one.Value.Equals(other.Value).Should().Be(one.Json == other.Json, "{0} and {1} are equal exactly when they write the same JSON", one.Json, other.Json);
        }
    }

    [Theory]
    [MemberData(nameof(ResultTypeNames))]
    public void EveryResultType_WritesTheSameJson_WithDefaultOptions(string typeName)
    {
        var type = ResultTypes.Single(t => Invocable.Describe(t) == typeName);
        foreach (var value in ValuesOf(type))
        {
            JsonSerializer.Serialize(value, type).Should().Be(JsonSerializer.Serialize(value, Bound.GetTypeInfo(type)));
        }
    }

    [Fact]
    public void EveryVersionOfTheCatalog_ReadsBackAsTheSameInstance()
    {
        foreach (var version in Seeds.Catalog.Versions)
        {
            var json = JsonSerializer.Serialize(version, Bound.GetTypeInfo(typeof(PolicyVersion)));
            JsonSerializer.Deserialize(json, Bound.GetTypeInfo(typeof(PolicyVersion))).Should().BeSameAs(version, json);
        }
    }

    [Fact]
    public void TheResultTypes_AreTheOnesExpected()
    {
        ResultTypes.Should().Contain([typeof(Domain.Committees.QuotaResult), typeof(Domain.Admission.AdmissionDecision), typeof(Domain.Budgets.Budget), typeof(Domain.Explanations.Explanation), typeof(Domain.Workflows.WorkflowCase)]);
        ResultTypes.Should().NotContain(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(PolicyVersion<>), "results name versions by reference");
    }

    // What the evaluators return for the seeds' catalog, called as the sample pool calls members: with its ordinary arguments.
    private static readonly Lazy<List<object>> SeedResults = new(EvaluateOnTheSeedCatalog);

    private static List<object> ValuesOf(Type type) =>
        [.. SamplePool.Shared.Ordinary(type).OfType<object>().Concat(SeedResults.Value)
            .Where(v => (type.IsAbstract ? type.IsInstanceOfType(v) : v.GetType() == type) && !IsDefault(v) && VersionsAreInTheCatalog(v, new HashSet<object>(ReferenceEqualityComparer.Instance)))
            .Distinct()
            .Take(12)];

    // A default result struct is refused everywhere by the contract, and so is an explained default result
    // (which the sample pool can build through Explained's public constructor).
    private static bool IsDefault(object value)
    {
        var type = value.GetType();
        if (type.IsValueType && value.Equals(Activator.CreateInstance(type)))
        {
            return true;
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Domain.Explanations.Explained<>)
            && type.GetProperty("Value")!.GetValue(value) is { } inner && IsDefault(inner);
    }

    private static List<object> EvaluateOnTheSeedCatalog()
    {
        var results = new List<object>();
        var random = new Random(20261203);
        var pool = SamplePool.Shared;
        foreach (var type in PublicSurface.Types.Where(t => t.Name.EndsWith("Evaluator", StringComparison.Ordinal) || t == typeof(Domain.Budgets.BudgetCalculator)))
        {
            var evaluator = Activator.CreateInstance(type, Seeds.Catalog)!;
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.ContainsGenericParameters && !m.GetParameters().Any(p => p.ParameterType.IsByRefLike)))
            {
                for (var attempt = 0; attempt < 40; attempt++)
                {
                    var arguments = method.GetParameters().Select(p => p.IsOut ? null : Pick(pool.Ordinary(p.ParameterType), random)).ToArray();
                    try
                    {
                        var result = method.Invoke(evaluator, arguments);
                        if (result is not null && result is not bool)
                        {
                            results.Add(result);
                            results.AddRange(result is IEnumerable sequence and not string ? sequence.Cast<object>().Take(10) : []);
                        }

                        if (result is true)
                        {
                            results.AddRange(arguments.Where((a, i) => method.GetParameters()[i].IsOut && a is not null)!);
                        }
                    }
                    catch (TargetInvocationException)
                    {
                        // only what ordinary calls return is kept
                    }
                }
            }
        }

        // Explanations the random calls rarely reach (or reach only by chance, as the pool's order varies
        // between runs): places and dates where the seeds' catalog has the policy.
        var hefei = Domain.Jurisdictions.KnownJurisdictions.Hefei.Code;
        var grids = new Domain.Grids.GridEvaluator(Seeds.Catalog);
        results.Add(grids.ExplainPlan(hefei, new NodaTime.LocalDate(2012, 6, 30), Domain.Primitives.HouseholdCount.Of(2500)));
        results.Add(grids.ExplainAssessment(hefei, new NodaTime.LocalDate(2012, 6, 30), Domain.Primitives.HouseholdCount.Of(2500), 4, 6));
        results.Add(grids.ExplainCoverage(hefei, new NodaTime.LocalDate(2012, 8, 1), Domain.Grids.GridCoverage.Of(Domain.Primitives.Proportion.Of(400, 400), Domain.Primitives.Proportion.Of(55, 100))));
        var community = pool.Ordinary(typeof(Domain.Communities.CommunityProfile)).OfType<Domain.Communities.CommunityProfile>().First();
        var staffing = new Domain.Staffing.StaffingEvaluator(Seeds.Catalog);
        results.Add(staffing.ExplainRequirement(Domain.Staffing.StaffingKinds.CommunityWorkers, new NodaTime.LocalDate(2016, 11, 22), community));
        results.Add(staffing.ExplainAssessment(Domain.Staffing.StaffingKinds.CommunityWorkers, new NodaTime.LocalDate(2016, 11, 22), community, 3));
        results.Add(staffing.Assess(Domain.Staffing.StaffingKinds.CommunityWorkers, new NodaTime.LocalDate(2016, 11, 22), community, 14));
        var request = pool.Ordinary(typeof(Domain.Admission.WorkRequest)).OfType<Domain.Admission.WorkRequest>().First();
        results.Add(new Domain.Admission.AdmissionEvaluator(Seeds.Catalog).ExplainTimeliness(Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new NodaTime.LocalDate(2024, 11, 1), request.WithAppliedOn(new NodaTime.LocalDate(2024, 10, 8)).WithDecidedOn(new NodaTime.LocalDate(2024, 10, 12)), Domain.Primitives.WorkingCalendar.WeekdaysOnly));
        results.Add(new Domain.Workflows.WorkflowEvaluator(Seeds.Catalog).ExplainOpen(Domain.Workflows.WorkflowKinds.GridEvents, Domain.Jurisdictions.KnownJurisdictions.Xiantao.Code, new NodaTime.LocalDate(2017, 3, 1), "E-1", Domain.Workflows.MatterSize.Small));
        results.Add(new Domain.Premises.PremisesEvaluator(Seeds.Catalog).ExplainBuildingCost(Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new NodaTime.LocalDate(2008, 6, 30), Domain.Primitives.Area.FromSquareMetres(500)));
        return results;
    }

    private static object? Pick(IReadOnlyList<object?> values, Random random) => values.Count == 0 ? null : values[random.Next(values.Count)];

    // Values harvested from other catalogs name versions Seeds.Catalog does not hold, so cannot be read against it.
    private static bool VersionsAreInTheCatalog(object? value, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || (!value.GetType().IsValueType && !seen.Add(value)))
        {
            return true;
        }

        if (value is PolicyVersion version)
        {
            return CatalogVersions.Contains(version);
        }

        if (value is PolicyKind kind)
        {
            return Seeds.Catalog.Kinds.Contains(kind);
        }

        if (value is IEnumerable sequence)
        {
            return sequence.Cast<object?>().All(item => VersionsAreInTheCatalog(item, seen));
        }

        if (value.GetType().FullName?.StartsWith("System.ValueTuple", StringComparison.Ordinal) == true)
        {
            return value.GetType().GetFields().All(f => VersionsAreInTheCatalog(f.GetValue(value), seen));
        }

        return value.GetType().Assembly != PublicSurface.Library
            || value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .All(p => VersionsAreInTheCatalog(ValueOf(p, value), seen));
    }

    private static object? ValueOf(PropertyInfo property, object owner)
    {
        try
        {
            return property.GetValue(owner);
        }
        catch (TargetInvocationException)
        {
            return null; // a property with no value in this state, such as an empty proportion's percentage
        }
    }

    private static List<Type> FindResultTypes()
    {
        var roots = PublicSurface.Types
            .Where(t => t.Name.EndsWith("Evaluator", StringComparison.Ordinal) || t == typeof(Domain.Budgets.BudgetCalculator) || t == typeof(Domain.Budgets.Budget) || t == typeof(Domain.Admission.WorkloadRegister))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => m.ReturnType);
        var found = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                queue.Enqueue(underlying);
                continue;
            }

            if (SamplePool.ElementType(type) is { } element && (type.IsArray || type.Assembly != PublicSurface.Library))
            {
                queue.Enqueue(element);
                continue;
            }

            if (type.Assembly != PublicSurface.Library || type.ContainsGenericParameters || type.IsEnum || type.IsByRef
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PolicyVersion<>))
                || type == typeof(Domain.Admission.WorkloadRegister) || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                {
                    queue.Enqueue(property.PropertyType);
                }
            }

            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    queue.Enqueue(argument);
                }
            }
        }

        return [.. found.OrderBy(Invocable.Describe, StringComparer.Ordinal)];
    }
}
