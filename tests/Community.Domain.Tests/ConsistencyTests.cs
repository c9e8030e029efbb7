using System.Reflection;
using Community.Domain.Policies;

namespace Community.Domain.Tests;

public class ConsistencyTests
{
    private static readonly Type[] PublicTypes = typeof(PolicyCatalog).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_HaveNoPublicSetters()
    {
        var settable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        settable.Should().BeEmpty("the library's types are immutable");
    }

    [Fact]
    public void PublicTypes_HaveNoPublicMutableFields()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        fields.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_HaveNoStaticMutableFieldsAnywhere()
    {
        var fields = typeof(PolicyCatalog).Assembly.GetTypes()
            .Where(t => !t.Name.StartsWith('<'))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains('<'))
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        fields.Should().BeEmpty("there is no static mutable state");
    }

    [Fact]
    public void ValueTypes_AreEquatableWithOperators()
    {
        var missing = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !typeof(System.Collections.IEnumerator).IsAssignableFrom(t)) // an enumerator is a cursor, not a value
            .Where(t => !t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)) || t.GetMethod("op_Equality") is null)
            .Select(t => t.Name);

        missing.Should().BeEmpty();
    }

    [Fact]
    public void ComparableTypes_DefineAllFourOrderOperators()
    {
        var missing = PublicTypes
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IComparable<>)))
            .Where(t => new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" }.Any(op => t.GetMethod(op) is null))
            .Select(t => t.Name);

        missing.Should().BeEmpty();
    }

    [Fact]
    public void PublicMethods_AreNeverAsync()
    {
        var asyncMethods = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => m.Name);

        asyncMethods.Should().BeEmpty();
    }
}
