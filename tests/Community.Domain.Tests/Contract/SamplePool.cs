using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Community.Domain.BuiltIn;
using Community.Domain.DependencyInjection;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Workflows;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Community.Domain.Tests.Contract;

/// <summary>
/// Values of every type the public API takes, for the exception-contract property tests: a few
/// ordinary ones (harvested from the library itself: its static members, and what its factories
/// and members return for ordinary arguments) and the extreme and default ones a careless or
/// hostile caller passes (nulls, defaults, negative and huge numbers, undefined enum values,
/// collections holding null).
/// </summary>
internal sealed class SamplePool
{
    private const int MaxPerType = 10;

    private readonly Dictionary<Type, List<object>> _ordinary = [];

    private SamplePool()
    {
    }

    /// <summary>Gets the pool harvested once for the whole run.</summary>
    public static SamplePool Shared { get; } = Harvest();

    /// <summary>Gets the types the pool holds ordinary values of.</summary>
    public IReadOnlyList<Type> Types => [.. _ordinary.Keys];

    /// <summary>Ordinary values that a parameter of <paramref name="type"/> accepts.</summary>
    public IReadOnlyList<object?> Ordinary(Type type)
    {
        if (Fresh(type) is { } fresh)
        {
            return fresh;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return [null, .. Ordinary(underlying)];
        }

        if (type.IsEnum)
        {
            return [.. Enum.GetValues(type).Cast<object>().Take(MaxPerType)];
        }

        if (ElementType(type) is { } element)
        {
            var items = Ordinary(element).Where(v => v is not null).Take(3).ToArray();
            return [MakeSequence(type, element, []), .. items.Select(i => MakeSequence(type, element, [i])), MakeSequence(type, element, items)];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Action<>))
        {
            return [MakeNoOp(type)];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Func<,>))
        {
            return [MakeConstant(type)];
        }

        var found = new List<object?>();
        foreach (var (key, values) in _ordinary)
        {
            if (type.IsAssignableFrom(key))
            {
                found.AddRange(values);
            }
        }

        return found;
    }

    /// <summary>Extreme, default and malformed values of <paramref name="type"/>.</summary>
    public IReadOnlyList<object?> Hostile(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Hostile(underlying);
        }

        if (Primitive(type) is { Hostile: var hostile })
        {
            return type.IsValueType ? [.. hostile, Activator.CreateInstance(type)] : hostile;
        }

        if (type.IsEnum)
        {
            var flags = type.IsDefined(typeof(FlagsAttribute));
            return [Enum.ToObject(type, -1), Enum.ToObject(type, 999), .. flags ? new[] { Enum.ToObject(type, 1 << 30) } : []];
        }

        if (ElementType(type) is { } element)
        {
            var hostileItems = Hostile(element).Take(4).ToArray();
            var ordinaryItem = Ordinary(element).FirstOrDefault(v => v is not null);
            var list = new List<object?>();
            if (!type.IsValueType)
            {
                list.Add(null);
            }

            list.AddRange(hostileItems.Select(h => MakeSequence(type, element, [h])));
            if (ordinaryItem is not null)
            {
                list.AddRange(hostileItems.Take(2).Select(h => MakeSequence(type, element, [ordinaryItem, ordinaryItem, h])));
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                list.Add(Activator.CreateInstance(type)); // the default, uninitialised array
            }

            return list;
        }

        return type.IsValueType ? [Activator.CreateInstance(type)] : [null];
    }

    /// <summary>Gets the element type of a sequence parameter the pool can build.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
            || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(ImmutableArray<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static object MakeSequence(Type type, Type element, object?[] items)
    {
        var array = Array.CreateInstance(element, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var create = typeof(ImmutableArray).GetMethods()
                .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
                .MakeGenericMethod(element);
            return create.Invoke(null, [array])!;
        }

        return array;
    }

    private static object MakeNoOp(Type actionType)
    {
        var parameter = System.Linq.Expressions.Expression.Parameter(actionType.GetGenericArguments()[0]);
        return System.Linq.Expressions.Expression.Lambda(actionType, System.Linq.Expressions.Expression.Empty(), parameter).Compile();
    }

    private static object MakeConstant(Type funcType)
    {
        var arguments = funcType.GetGenericArguments();
        var parameter = System.Linq.Expressions.Expression.Parameter(arguments[0]);
        var result = System.Linq.Expressions.Expression.Default(arguments[1]);
        return System.Linq.Expressions.Expression.Lambda(funcType, result, parameter).Compile();
    }

    // Mutable values are made anew for every call, so no call sees another's changes.
    private static IReadOnlyList<object?>? Fresh(Type type) =>
        type == typeof(IServiceCollection) ? [new ServiceCollection(), new ServiceCollection().AddCommunityDomain()]
        : type == typeof(PolicyCatalogBuilder) ? [new PolicyCatalogBuilder([], []), BuiltInCatalog.CreateBuilder()]
        : type == typeof(Domain.Admission.AdmissionPolicyBuilder) ? [Domain.Admission.AdmissionPolicy.CreateBuilder(), Domain.Admission.AdmissionPolicies.Xinluo.ToBuilder()]
        : type == typeof(WorkflowDefinitionBuilder) ? [WorkflowDefinition.Define("Case", "案件"), WorkflowDefinition.Define("Case", "案件").InSequence()]
        : null;

    /// <summary>Gets a value indicating whether values of the type are made anew for every call.</summary>
    public static bool IsFresh(Type type) =>
        typeof(IServiceCollection).IsAssignableFrom(type) || type.Name.EndsWith("Builder", StringComparison.Ordinal);

    private static (object?[] Ordinary, object?[] Hostile)? Primitive(Type type) =>
        type == typeof(int) ? ([0, 1, 3, 7, 12, 5000], [-1, int.MinValue, int.MaxValue, int.MaxValue - 1, 1_000_000_001])
        : type == typeof(long) ? ([0L, 1L, 5000L], [-1L, long.MinValue, long.MaxValue])
        : type == typeof(decimal) ? ([0m, 1m, 0.5m, 3m, 1800m, 1234.5678m, 100m], [-1m, -0.01m, decimal.MaxValue, decimal.MinValue, 1e15m, 1_000_000_000_000_001m, 1e-28m, 79_228_162_514_264_337_593_543_950.335m])
        : type == typeof(double) ? ([0d, 1d], [double.NaN, double.PositiveInfinity, -1d])
        : type == typeof(string) ? (["x", "Case", "社区", "420000", "COM-01", "committees.too-few-members", "2008-01-01"], [null, "", "   ", new string('x', 10_000), "\0"])
        : type == typeof(bool) ? ([true, false], [])
        : type == typeof(LocalDate) ? ([new LocalDate(2008, 1, 1), new LocalDate(2013, 7, 1), new LocalDate(2020, 1, 1), new LocalDate(2024, 6, 30)], [default(LocalDate), LocalDate.MinIsoValue, LocalDate.MaxIsoValue])
        : type == typeof(DateInterval) ? ([new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))], [null, new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)])
        : type == typeof(Type) ? ([typeof(Money)], [null])
        : type == typeof(Money) ? ([Money.FromYuan(855m), Money.Zero], [Money.FromYuan(Money.MaxYuan), Money.FromYuan(-Money.MaxYuan), Money.FromYuan(0.0000000001m)])
        : type == typeof(Area) ? ([Area.FromSquareMetres(300m)], [Area.FromSquareMetres(Area.MaxSquareMetres)])
        : type == typeof(Rate) ? ([Rate.FromPercent(150m)], [Rate.FromPercent(Rate.MaxPercent)])
        : type == typeof(Population) ? ([Population.Of(5000)], [Population.Of(int.MaxValue)])
        : type == typeof(HouseholdCount) ? ([HouseholdCount.Of(1600)], [HouseholdCount.Of(int.MaxValue)])
        : null;

    private static SamplePool Harvest()
    {
        var pool = new SamplePool();
        foreach (var type in new[] { typeof(int), typeof(long), typeof(decimal), typeof(string), typeof(bool), typeof(LocalDate), typeof(DateInterval), typeof(Money), typeof(Area), typeof(Rate), typeof(Population), typeof(HouseholdCount) })
        {
            foreach (var value in Primitive(type)!.Value.Ordinary)
            {
                pool.Add(value);
            }
        }

        foreach (var seed in Seeds.All())
        {
            pool.AddHarvested(() => seed);
        }

        var types = PublicSurface.Types;
        foreach (var type in types.Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                pool.AddHarvested(() => property.GetValue(null));
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                pool.AddHarvested(() => field.GetValue(null));
            }
        }

        var random = new Random(20261203);
        for (var round = 0; round < 3; round++)
        {
            foreach (var member in PublicSurface.Invocables(pool).ToList())
            {
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    var arguments = member.Parameters.Select(p => Pick(pool.Ordinary(p.ParameterType), random)).ToArray();
                    var receivers = member.IsStatic ? [null] : pool.Ordinary(member.DeclaringType).Take(2).ToArray();
                    foreach (var receiver in receivers)
                    {
                        if (!member.IsStatic && receiver is null)
                        {
                            continue;
                        }

                        pool.AddHarvested(() => member.Invoke(receiver, (object?[])arguments.Clone()));
                    }
                }
            }
        }

        return pool;
    }

    private static object? Pick(IReadOnlyList<object?> values, Random random) =>
        values.Count == 0 ? null : values[random.Next(values.Count)];

    private void AddHarvested(Func<object?> get)
    {
        object? value;
        try
        {
            value = get();
        }
        catch (Exception)
        {
            return; // harvesting only keeps what ordinary calls return
        }

        Add(value);
        if (value is IEnumerable sequence and not string)
        {
            foreach (var item in sequence.Cast<object?>().Take(MaxPerType))
            {
                Add(item);
            }
        }
    }

    private void Add(object? value)
    {
        if (value is null || IsFresh(value.GetType()) || value.GetType().Assembly != PublicSurface.Library && !IsKnownForeign(value.GetType()))
        {
            return;
        }

        var type = value.GetType();
        if (!_ordinary.TryGetValue(type, out var list))
        {
            list = [];
            _ordinary[type] = list;
        }

        if (list.Count < MaxPerType && !list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static bool IsKnownForeign(Type type) =>
        type.IsPrimitive || type == typeof(decimal) || type == typeof(string) || type == typeof(LocalDate) || type == typeof(DateInterval);
}
