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

    [Fact]
    public void EveryPublicMember_IsReachedByTheContractTests_ExceptThoseTakingSpans()
    {
        var pool = SamplePool.Shared;
        PublicSurface.NotInvocable(pool).Should().OnlyContain(
            name => name.StartsWith("AdmissionPolicyBuilder.", StringComparison.Ordinal) || name.EndsWith("JsonConverter.Read", StringComparison.Ordinal),
            "only methods taking spans or readers by reference cannot be called by reflection: the builder's span methods are tested directly, the converters by the JSON round trips");

        var reached = PublicSurface.Invocables(pool).Select(i => i.DeclaringType.IsConstructedGenericType ? i.DeclaringType.GetGenericTypeDefinition() : i.DeclaringType).ToHashSet();
        var unreached = PublicSurface.Types.Where(t => !t.IsEnum && !t.IsAbstract && !reached.Contains(t) && t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Length > 0);
        unreached.Should().BeEmpty("the sample pool holds a value of every generic type's closed form");
    }

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
            case PolicyNotInForceException or IllegalTransitionException:
                return isTry ? "a Try method threw for what it tries" : null;
            case FormatException when member.Member.Name == "Parse":
                return null;
            case InvalidOperationException when StateErrors.Contains(memberName):
                return null;
            case InvalidOperationException when receiver is not null && receiver.Equals(Activator.CreateInstance(receiver.GetType())):
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
