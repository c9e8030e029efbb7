using System.Reflection;

namespace Community.Domain.Tests.Contract;

/// <summary>
/// Defaults never answer: every public member of a public struct left at its default value throws an
/// InvalidOperationException that names the factory (docs/errors.md, default-result), except the structs
/// whose default means something (zero money, no residents, the always-open period…), listed here with why.
/// </summary>
public sealed class DefaultStructTests
{
    /// <summary>Structs whose default is a real value.</summary>
    private static readonly Dictionary<Type, string> MeaningfulDefaults = new()
    {
        [typeof(Domain.Primitives.Money)] = "zero yuan",
        [typeof(Domain.Primitives.Population)] = "no residents",
        [typeof(Domain.Primitives.HouseholdCount)] = "no households",
        [typeof(Domain.Primitives.Area)] = "no floor area",
        [typeof(Domain.Primitives.Rate)] = "a rate of zero",
        [typeof(Domain.Primitives.Rounding)] = "rounding half away from zero to whole yuan, as documented",
        [typeof(Domain.Policies.EffectivePeriod)] = "the period always in force",
        [typeof(Domain.Documents.DocumentNode)] = "the root of an empty document",
        [typeof(Domain.Workflows.CaseTally)] = "no cases",
        [typeof(Domain.Policies.PolicyLineage<object>).GetGenericTypeDefinition()] = "an enumerator of no versions",
        [typeof(Domain.Admission.UnmetConditions.Enumerator)] = "an enumerator, which foreach makes and moves",
        [typeof(Domain.Admission.UnmetConditions)] = "no unmet conditions, like an empty list",
        [typeof(Domain.Primitives.Proportion)] = "the empty proportion 0 of 0, which IsEmpty tells",
        [typeof(Domain.Workflows.CaseAction)] = "CaseAction.None, a move that states nothing",
        [typeof(Domain.Sources.RuleId)] = "the empty rule id, which IsEmpty tells and every argument check refuses (issue 26 leaves it)",
        [typeof(Domain.Assessments.FindingCode)] = "the empty finding code, refused as an argument (issue 26 leaves it)",
        [typeof(Domain.Jurisdictions.JurisdictionCode)] = "the code 0, refused as an argument (issue 26 leaves it)",
        [typeof(Domain.Sources.SourceDate)] = "no date, refused as an argument (issue 26 leaves it)",
    };

    public static TheoryData<string> Structs() =>
        [.. PublicSurface.Types.Where(t => t.IsValueType && !t.IsEnum && !MeaningfulDefaults.ContainsKey(t)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Structs))]
    public void EveryMemberOfADefaultStruct_Throws_NamingTheFactory(string typeName)
    {
        var type = Closed(PublicSurface.Types.Single(t => t.FullName == typeName));
        var value = Activator.CreateInstance(type);
        var answered = new List<string>();
        foreach (var member in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName || m.Name.StartsWith("get_", StringComparison.Ordinal)))
        {
            if (member.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "get_EqualityContract" or "PrintMembers" || member.ContainsGenericParameters
                || member.GetParameters().Any(p => p.ParameterType.IsByRef || !Samples.ContainsKey(p.ParameterType)))
            {
                continue;
            }

            try
            {
                member.Invoke(value, [.. member.GetParameters().Select(p => Samples[p.ParameterType])]);
                answered.Add(member.Name);
            }
            catch (TargetInvocationException thrown) when (thrown.InnerException is InvalidOperationException refused)
            {
                refused.Message.Should().Contain("default", "{0}.{1} says the value is the default", type.Name, member.Name);
            }
        }

        answered.Should().BeEmpty("a default {0} holds no result; its members throw InvalidOperationException as docs/errors.md promises", type.Name);
    }

    /// <summary>A generic struct closed over types its constraints take: <see cref="string"/> where a class is required, <see cref="int"/> otherwise.</summary>
    private static Type Closed(Type type) => type.IsGenericTypeDefinition
        ? type.MakeGenericType([.. type.GetGenericArguments().Select(a => a.GenericParameterAttributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint) ? typeof(string) : typeof(int))])
        : type;

    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(int)] = 1,
        [typeof(long)] = 2L,
        [typeof(decimal)] = 1m,
        [typeof(bool)] = true,
        [typeof(NodaTime.LocalDate)] = new NodaTime.LocalDate(2016, 6, 30),
        [typeof(Domain.Primitives.Population)] = Domain.Primitives.Population.Of(1000),
        [typeof(Domain.Primitives.HouseholdCount)] = Domain.Primitives.HouseholdCount.Of(300),
        [typeof(Domain.Primitives.Money)] = Domain.Primitives.Money.FromYuan(100),
    };
}
