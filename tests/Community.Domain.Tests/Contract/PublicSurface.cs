using System.Reflection;
using System.Runtime.CompilerServices;
using Community.Domain.Primitives;

namespace Community.Domain.Tests.Contract;

/// <summary>A public member of the library that a caller can invoke: a constructor, a method or a property.</summary>
internal sealed record Invocable(MemberInfo Member, Type DeclaringType, ParameterInfo[] Parameters, bool IsStatic)
{
    /// <summary>Gets the parameters a caller passes in (not the <c>out</c> ones).</summary>
    public IEnumerable<ParameterInfo> Inputs => Parameters.Where(p => !p.IsOut);

    /// <summary>Gets the member's name with its parameter types, as a reader of a failure wants it.</summary>
    public string Name => $"{Describe(DeclaringType)}.{(Member is ConstructorInfo ? "new" : Member.Name)}({string.Join(", ", Parameters.Select(p => Describe(p.ParameterType) + " " + p.Name))})";

    /// <summary>Invokes the member, unwrapping the exception reflection wraps.</summary>
    public object? Invoke(object? receiver, object?[] arguments)
    {
        try
        {
            return Member switch
            {
                ConstructorInfo constructor => constructor.Invoke(arguments),
                MethodInfo method => method.Invoke(receiver, arguments),
                PropertyInfo property => property.GetValue(receiver, arguments.Length == 0 ? null : arguments),
                _ => throw new NotSupportedException(Member.ToString()),
            };
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }

    public override string ToString() => Name;

    public static string Describe(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
            : type.Name;
}

/// <summary>The library's public surface, found by reflection.</summary>
internal static class PublicSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Gets the library's assembly.</summary>
    public static Assembly Library => typeof(Money).Assembly;

    /// <summary>Gets every public type of the library.</summary>
    public static IReadOnlyList<Type> Types { get; } = [.. Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Gets the members of every public type (generic ones closed over the types the pool holds).</summary>
    public static IEnumerable<Invocable> Invocables(SamplePool pool) =>
        Types.SelectMany(t => ClosedForms(t, pool)).Distinct().SelectMany(t => MembersOf(t, pool));

    /// <summary>Gets the public types (a generic type in each closed form the pool holds).</summary>
    public static IEnumerable<Type> ClosedForms(Type type, SamplePool pool) =>
        !type.ContainsGenericParameters
            ? [type]
            : pool.Types.Where(t => t.IsConstructedGenericType && t.GetGenericTypeDefinition() == type).Take(4);

    /// <summary>The members a caller can invoke on a closed public type.</summary>
    public static IEnumerable<Invocable> MembersOf(Type type, SamplePool pool)
    {
        if (type.IsEnum || typeof(Delegate).IsAssignableFrom(type))
        {
            yield break;
        }

        if (!type.IsAbstract)
        {
            foreach (var constructor in type.GetConstructors())
            {
                if (Invocable(constructor.GetParameters()))
                {
                    yield return new Invocable(constructor, type, constructor.GetParameters(), IsStatic: true);
                }
            }
        }

        foreach (var property in type.GetProperties(Declared))
        {
            if (property.GetMethod is { IsPublic: true } getter && Invocable(property.GetIndexParameters()))
            {
                yield return new Invocable(property, type, property.GetIndexParameters(), getter.IsStatic);
            }
        }

        foreach (var method in type.GetMethods(Declared))
        {
            if (method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal)
                || method.IsDefined(typeof(CompilerGeneratedAttribute)) || method.Name.StartsWith('<'))
            {
                continue;
            }

            foreach (var closed in Close(method, pool))
            {
                if (Invocable(closed.GetParameters()))
                {
                    yield return new Invocable(closed, type, closed.GetParameters(), closed.IsStatic);
                }
            }
        }
    }

    /// <summary>Gets the members reflection cannot call, so the tests name them rather than skip them silently.</summary>
    public static IEnumerable<string> NotInvocable(SamplePool pool) =>
        Types.SelectMany(t => ClosedForms(t, pool)).Distinct()
            .SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors()))
            .Where(m => m is MethodInfo { IsGenericMethodDefinition: true } generic ? Close(generic, pool).Count == 0 : !Invocable(m.GetParameters()))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Distinct();

    private static bool Invocable(ParameterInfo[] parameters) =>
        parameters.All(p =>
        {
            var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            return !type.IsByRefLike && !type.IsPointer && !type.ContainsGenericParameters;
        });

    private static List<MethodInfo> Close(MethodInfo method, SamplePool pool)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return [method];
        }

        var arguments = method.GetGenericArguments();
        var generic = method.GetParameters().Select(p => p.ParameterType).Where(t => t.ContainsGenericParameters).ToArray();
        var closings = new List<MethodInfo>();
        if (generic.Length == 0)
        {
            return closings;
        }

        var types = pool.Types;
        if (generic[0].IsGenericType && generic[0].GetGenericTypeDefinition() == typeof(Func<,>))
        {
            // A projection (BandTable.Select): its result type is free; close it over a quantity, or over
            // a class where the method asks for one (ModuleRegistration.AddService).
            foreach (var free in new[] { typeof(Population), typeof(string) })
            {
                try
                {
                    return [method.MakeGenericMethod([.. arguments.Select(_ => free)])];
                }
                catch (ArgumentException)
                {
                    // the type does not meet the method's constraints; try the next
                }
            }

            return closings;
        }

        foreach (var first in types)
        {
            var map = new Dictionary<Type, Type>();
            if (!Unify(generic[0], first, map))
            {
                continue;
            }

            // Every other generic parameter takes the first pool type that agrees with the map so far.
            foreach (var rest in generic.Skip(1))
            {
                foreach (var candidate in types)
                {
                    var trial = new Dictionary<Type, Type>(map);
                    if (rest.IsGenericType && rest.GetGenericTypeDefinition() == typeof(Func<,>) || Unify(rest, candidate, trial))
                    {
                        map = trial;
                        break;
                    }
                }
            }

            foreach (var unbound in arguments.Where(a => !map.ContainsKey(a)))
            {
                map[unbound] = typeof(Population); // a type argument no parameter fixes, such as a band's quantity
            }

            try
            {
                var closed = method.MakeGenericMethod([.. arguments.Select(a => map[a])]);
                if (!closings.Contains(closed))
                {
                    closings.Add(closed);
                }
            }
            catch (ArgumentException)
            {
                // the pool's type does not meet the method's constraints
            }

            if (closings.Count == 3)
            {
                break;
            }
        }

        return closings;
    }

    private static bool Unify(Type open, Type concrete, Dictionary<Type, Type> map)
    {
        if (open.IsGenericParameter)
        {
            map.TryAdd(open, concrete);
            return map[open] == concrete;
        }

        if (!open.ContainsGenericParameters)
        {
            return open.IsAssignableFrom(concrete);
        }

        if (SamplePool.ElementType(open) is { } openElement)
        {
            // A sequence parameter unifies through its element, which the pool makes sequences of.
            return Unify(openElement, SamplePool.ElementType(concrete) ?? concrete, map);
        }

        if (!open.IsGenericType)
        {
            return false;
        }

        var definition = open.GetGenericTypeDefinition();
        for (var candidate = concrete; candidate is not null; candidate = candidate.BaseType)
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition)
            {
                return open.GetGenericArguments().Zip(candidate.GetGenericArguments()).All(pair => Unify(pair.First, pair.Second, map));
            }
        }

        return false;
    }
}
