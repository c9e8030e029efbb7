using System.Diagnostics;
using System.Reflection;
using System.Text;
using Community.Domain.Policies;
using Community.Domain.Workflows;
using CsCheck;

namespace Community.Domain.Tests.Contract;

/// <summary>
/// The exception contract of docs/errors.md, held over every public member of the library: called
/// with generated ordinary, extreme, default and null arguments (CsCheck), a member returns or
/// throws only the exceptions the contract lists, and an argument exception names the caller's
/// parameter (or an element or member of it, <c>members[2]</c>, <c>communities[3].Jurisdiction</c>)
/// in its <see cref="ArgumentException.ParamName"/> and its message.
/// </summary>
public sealed class ExceptionContractTests
{
    private const int Iterations = 120;

    /// <summary>Members that throw <see cref="InvalidOperationException"/> when asked for something their state has not, each documented with the property to check first.</summary>
    internal static readonly HashSet<string> StateErrors =
    [
        "Proportion.Percent",
        "Proportion.RoundedPercent",
        "StatisticalRate.WithApproximateWhole",
        "EffectivePeriod.ToDateInterval",
        "DocumentSchema.Define",
        "DocumentSchema.WithMemberCount",
    ];

    public static TheoryData<string> PublicTypes() =>
        [.. PublicSurface.Types.Where(t => !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void EveryMember_ThrowsOnlyDocumentedExceptions_NamingTheCallersParameter(string typeName)
    {
        var pool = SamplePool.Shared;
        var open = PublicSurface.Library.GetType(typeName, throwOnError: true)!;
        var failures = new List<string>();
        foreach (var type in PublicSurface.ClosedForms(open, pool))
        {
            foreach (var member in PublicSurface.MembersOf(type, pool))
            {
                if (Check(member, pool) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        failures.Should().BeEmpty("every public member keeps the exception contract of docs/errors.md");
    }

    /// <summary>Structs whose default value is no real value: an argument left at the default is refused, the message saying so.</summary>
    internal static readonly HashSet<Type> InvalidDefaults =
    [
        typeof(Domain.Jurisdictions.JurisdictionCode),
        typeof(Domain.Sources.RuleId),
        typeof(Domain.Assessments.FindingCode),
        typeof(Domain.Sources.SourceDate),
        typeof(Domain.Committees.CommitteeQuota),
        typeof(Domain.Primitives.ShareThreshold),
        typeof(Domain.Committees.Honour),
        typeof(Domain.Committees.AssessmentRank),
        typeof(Domain.Communities.CountRange),
        typeof(Domain.Documents.DocumentMember),
        typeof(Domain.Budgets.BudgetItem),
        typeof(Domain.Admission.AdmissionDecision),
        typeof(Domain.Grids.GridCoverage),
        typeof(Domain.Policies.PolicyResolution<>),
        typeof(Domain.Policies.BandMatch<,>),
    ];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void EveryMember_RefusesNullsUndefinedEnumsAndDefaults_NamingTheArgument(string typeName)
    {
        var pool = SamplePool.Shared;
        var open = PublicSurface.Library.GetType(typeName, throwOnError: true)!;
        var nullability = new NullabilityInfoContext();
        var failures = new List<string>();
        foreach (var type in PublicSurface.ClosedForms(open, pool))
        {
            foreach (var member in PublicSurface.MembersOf(type, pool))
            {
                if (CheckRefusals(member, pool, nullability) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        failures.Should().BeEmpty("a member refuses a null, an undefined enum value or a meaningless default, naming the argument (docs/errors.md)");
    }

    private static string? CheckRefusals(Invocable member, SamplePool pool, NullabilityInfoContext nullability)
    {
        var inputs = member.Parameters;
        var receiver = member.IsStatic ? null : pool.Ordinary(member.DeclaringType).FirstOrDefault(r => r is not null);
        if (!member.IsStatic && receiver is null || Baseline(member, receiver, pool) is not { } ordinary)
        {
            return null; // no call with ordinary arguments succeeds, so a refusal could not be told from another
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            var parameter = inputs[i];
            if (parameter.IsOut)
            {
                continue;
            }

            foreach (var (refused, why, expectedName) in Refusals(parameter, nullability))
            {
                if (why.StartsWith("the default", StringComparison.Ordinal) && member.Member.Name is "Equals" or "op_Equality" or "op_Inequality")
                {
                    continue; // comparing a value with the default is how a caller asks whether it is the default
                }

                var arguments = (object?[])ordinary.Clone();
                arguments[i] = refused;
                Exception? thrown = null;
                try
                {
                    var result = member.Invoke(receiver, arguments);
                    if (result is CountFormula { IsValid: false })
                    {
                        continue; // a formula holds its problems, which the policy built on it lists when defined
                    }

                    if (result is not null && result.GetType().Name.EndsWith("Builder", StringComparison.Ordinal) && result.GetType().GetMethod("Build", Type.EmptyTypes) is { } build)
                    {
                        try
                        {
                            build.Invoke(result, null);
                        }
                        catch (TargetInvocationException wrapped) when (wrapped.InnerException is PolicyDefinitionException)
                        {
                            continue; // a builder lists every problem when it builds
                        }
                    }
                }
                catch (Exception caught)
                {
                    thrown = caught;
                }

                if (thrown is PolicyDefinitionException definition && definition.Message.Contains(parameter.Name!, StringComparison.Ordinal))
                {
                    continue; // a policy definition lists its problems, this argument's among them
                }

                if (thrown is not ArgumentException argument || argument.ParamName is null || !argument.ParamName.StartsWith(expectedName, StringComparison.Ordinal))
                {
                    return $"{member}: {why} for {parameter.Name} was {(thrown is null ? "accepted" : $"answered with {thrown.GetType().Name} naming {(thrown as ArgumentException)?.ParamName ?? "nothing"}: {thrown.Message.ReplaceLineEndings(" ")}")}";
                }

                if (why.StartsWith("the default", StringComparison.Ordinal) && !argument.Message.Contains("default", StringComparison.Ordinal))
                {
                    return $"{member}: {why} for {parameter.Name} was refused without saying it is the default: {argument.Message}";
                }
            }
        }

        return null;
    }

    // Ordinary arguments with which the member answers without an exception, found by trying a few.
    private static object?[]? Baseline(Invocable member, object? receiver, SamplePool pool)
    {
        var choices = member.Parameters.Select(p => p.IsOut ? [null] : pool.Ordinary(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType).Where(v => v is not null).ToList()).ToArray();
        if (choices.Any(c => c.Count == 0))
        {
            return null;
        }

        var random = new Random(7);
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var arguments = choices.Select(c => attempt == 0 ? c[0] : c[random.Next(c.Count)]).ToArray();
            try
            {
                member.Invoke(receiver, (object?[])arguments.Clone());
                return arguments;
            }
            catch (Exception)
            {
                // try another mixture
            }
        }

        return null;
    }

    private static bool IsInvalidDefault(Type type) =>
        InvalidDefaults.Contains(type) || (type.IsGenericType && InvalidDefaults.Contains(type.GetGenericTypeDefinition()));

    private static IEnumerable<(object? Value, string Why, string ExpectedName)> Refusals(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
        var name = parameter.Name!;
        if (!type.IsValueType && nullability.Create(parameter).WriteState == NullabilityState.NotNull)
        {
            yield return (null, "null", name);
        }

        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain.IsEnum)
        {
            var flags = plain.IsDefined(typeof(FlagsAttribute));
            yield return (Enum.ToObject(plain, flags ? 1 << 30 : 999), "an undefined enum value", name);
        }

        if (IsInvalidDefault(plain))
        {
            yield return (Activator.CreateInstance(plain), "the default " + plain.Name, name);
        }

        if (SamplePool.ElementType(type) is { IsValueType: true } structElement && IsInvalidDefault(structElement))
        {
            var withDefault = Array.CreateInstance(structElement, 1);
            yield return (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>) ? null : withDefault, "the default " + structElement.Name + " as an element", name + "[0]");
        }

        if (SamplePool.ElementType(type) is { IsValueType: false } element && nullability.Create(parameter) is { } info)
        {
            var elementInfo = type.IsArray ? info.ElementType : info.GenericTypeArguments.FirstOrDefault();
            if (elementInfo?.ReadState == NullabilityState.NotNull)
            {
                var withNull = Array.CreateInstance(element, 1);
                yield return (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>) ? null : withNull, "a collection holding null", name + "[0]");
            }
        }
    }

    [Fact]
    public void EveryPublicMember_IsReachedByTheContractTests_ExceptThoseTakingSpans()
    {
        var pool = SamplePool.Shared;
        PublicSurface.NotInvocable(pool).Should().OnlyContain(
            name => name.StartsWith("AdmissionPolicyBuilder.", StringComparison.Ordinal) || name.EndsWith("JsonConverter.Read", StringComparison.Ordinal) || name.EndsWith("JsonConverter`1.Read", StringComparison.Ordinal) || name.EndsWith("JsonConverter`1.ReadAsPropertyName", StringComparison.Ordinal) || name.StartsWith("PolicyDocument.", StringComparison.Ordinal) || name.StartsWith("GoldenCaseDocument.", StringComparison.Ordinal)
                || name.StartsWith("DeclaredEvaluator.", StringComparison.Ordinal) || GenericReaders.Contains(name),
            "only methods taking spans or readers by reference, or whose type arguments no sample fixes, cannot be called by reflection: the builder's span methods are tested directly, the converters by the JSON round trips, the documents' UTF-8 forms by PolicyDocumentTests and GoldenCaseTests, the module contract's generic readers by ModuleContractTests, the declared evaluator's questions (inputs as a span) by DeclaredRuleTests and DeclaredEvaluatorContractTests");

        var reached = PublicSurface.Invocables(pool).Select(i => i.DeclaringType.IsConstructedGenericType ? i.DeclaringType.GetGenericTypeDefinition() : i.DeclaringType).ToHashSet();
        var unreached = PublicSurface.Types.Where(t => !t.IsEnum && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t) && !reached.Contains(t) && t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Length > 0);
        unreached.Should().BeEmpty("the sample pool holds a value of every generic type's closed form");
    }

    // The module contract's generic readers, whose type arguments no sample fixes; ModuleContractTests calls them.
    private static readonly string[] GenericReaders = ["DocumentNode.Name", "DocumentNode.Kind", "DocumentNode.Value", "CommunityDomainJson.TypeInfo", "CaseEvaluation.Create", "PolicyVersionJsonConverter.As", "DocumentSchema.Name"];

    private static string? Check(Invocable member, SamplePool pool)
    {
        var inputs = member.Parameters;
        var choices = inputs.Select(p => p.IsOut ? [null] : Candidates(p.ParameterType, pool)).ToArray();
        var receivers = member.IsStatic ? [null] : Receivers(member.DeclaringType, pool);
        if (receivers.Count == 0 || choices.Any(c => c.Count == 0))
        {
            return $"{member}: the pool has no value for {(receivers.Count == 0 ? "the receiver" : "a parameter")}";
        }

        // One hostile argument at a time, the others ordinary: every check of every parameter is reached.
        foreach (var receiver in receivers)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                foreach (var value in choices[i])
                {
                    var arguments = choices.Select(c => c[0]).ToArray();
                    arguments[i] = value;
                    if (Call(member, receiver, arguments) is { } failure)
                    {
                        return failure;
                    }
                }
            }

            if (inputs.Length == 0 && Call(member, receiver, []) is { } alone)
            {
                return alone;
            }
        }

        // Then any mixture of them, generated and shrunk by CsCheck.
        string? found = null;
        var gen = Gen.Select(Gen.Int[0, receivers.Count - 1], Gen.Int[0, int.MaxValue].Array[inputs.Length]);
        try
        {
            gen.Sample(
                (r, picks) =>
                {
                    var arguments = picks.Select((p, i) => choices[i][p % choices[i].Count]).ToArray();
                    var failure = Call(member, receivers[r], arguments);
                    found = failure ?? found;
                    return failure is null;
                },
                iter: Iterations,
                threads: 1,
                seed: "0N0XIzNsQ0O2");
        }
        catch (Exception failed) when (failed is not OutOfMemoryException)
        {
            return found ?? $"{member}: {failed.Message}";
        }

        return null;
    }

    private static List<object?> Candidates(Type type, SamplePool pool)
    {
        var element = type.IsByRef ? type.GetElementType()! : type;
        return [.. pool.Ordinary(element).Take(6), .. pool.Hostile(element)];
    }

    private static List<object?> Receivers(Type type, SamplePool pool)
    {
        var receivers = pool.Ordinary(type).Where(r => r is not null).Take(3).ToList();
        if (type.IsValueType)
        {
            receivers.Add(Activator.CreateInstance(type));
        }

        return receivers;
    }

    private static string? Call(Invocable member, object? receiver, object?[] arguments)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            member.Invoke(receiver, (object?[])arguments.Clone());
        }
        catch (Exception thrown)
        {
            return Judge(member, receiver, thrown) is { } verdict ? Describe(member, receiver, arguments, thrown, verdict) : null;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return elapsed > TimeSpan.FromSeconds(2)
            ? Describe(member, receiver, arguments, null, $"took {elapsed.TotalSeconds:0.0} s")
            : null;
    }

    private static string? Judge(Invocable member, object? receiver, Exception thrown)
    {
        var memberName = $"{member.DeclaringType.Name.Split('`')[0]}.{member.Member.Name}";
        var isTry = member.Member.Name.StartsWith("Try", StringComparison.Ordinal);
        switch (thrown)
        {
            case ArgumentException argument:
                if (string.IsNullOrEmpty(argument.ParamName))
                {
                    return "an argument exception without a parameter name";
                }

                var root = argument.ParamName.Split('[', '.')[0];
                var names = member.Parameters.Select(p => p.Name).ToHashSet();
                if (!member.IsStatic)
                {
                    names.Add("this"); // an operation on the value itself, such as Money.MonthlyToAnnual
                }

                if (!names.Contains(root))
                {
                    return $"names \"{argument.ParamName}\", which is not a parameter of the member ({string.Join(", ", names)})";
                }

                return argument.Message.Contains(argument.ParamName, StringComparison.Ordinal)
                    ? null
                    : $"the message does not name {argument.ParamName}";
            case PolicyDefinitionException:
                return null;
            case Domain.Json.DocumentException:
                return isTry ? "a Try method threw for what it tries" : null;
            case Domain.Documents.DocumentNodeException when member.DeclaringType == typeof(Domain.Documents.DocumentNode) || member.DeclaringType == typeof(Domain.Documents.DocumentBands):
                return null; // what a module's codec reads refuses a document's value at its path, as documented; a document's reader collects it

            case PolicyNotInForceException or IllegalTransitionException:
                return isTry ? "a Try method threw for what it tries" : null;
            case FormatException when member.Member.Name == "Parse":
                return null;
            case InvalidOperationException when StateErrors.Contains(memberName):
                return null;
            case InvalidOperationException when receiver is not null && receiver.GetType().IsValueType && receiver.Equals(Activator.CreateInstance(receiver.GetType())):
                return thrown.Message.Contains("is the default value", StringComparison.Ordinal) ? null : "a default instance refused without saying it is the default";
            default:
                return "an exception outside the contract";
        }
    }

    private static string Describe(Invocable member, object? receiver, object?[] arguments, Exception? thrown, string verdict)
    {
        var text = new StringBuilder();
        text.Append(member.Name).Append(": ").Append(verdict);
        if (receiver is not null)
        {
            text.Append("; on ").Append(Show(receiver));
        }

        text.Append("; with (").Append(string.Join(", ", arguments.Select(Show))).Append(')');
        if (thrown is not null)
        {
            text.Append("; threw ").Append(thrown.GetType().Name).Append(": ").Append(thrown.Message.ReplaceLineEndings(" "));
            var frame = thrown.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Community.Domain.", StringComparison.Ordinal));
            if (frame is not null)
            {
                text.Append(" at ").Append(frame.Trim());
            }
        }

        return text.ToString();
    }

    private static string Show(object? value)
    {
        if (value is null)
        {
            return "null";
        }

        string shown;
        try
        {
            shown = value is System.Collections.IEnumerable sequence and not string
                ? "[" + string.Join(", ", sequence.Cast<object?>().Take(4).Select(v => v?.ToString() ?? "null")) + "]"
                : value.ToString() ?? "?";
        }
        catch (Exception)
        {
            shown = "(unprintable)";
        }

        shown = shown.ReplaceLineEndings(" ");
        return shown.Length > 80 ? shown[..77] + "…" : shown;
    }
}
