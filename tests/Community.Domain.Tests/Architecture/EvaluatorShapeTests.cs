using System.Reflection;
using Community.Domain.BuiltIn;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Tests.Architecture;

/// <summary>One evaluator shape: every question has X, TryX and ExplainX with the same arguments, in one order (kind, jurisdiction, date, input).</summary>
public sealed class EvaluatorShapeTests
{
    // Questions without an explained form, and forms that serve composition.
    private static readonly HashSet<string> Others = ["Floor", "TryFloor", "Gaps", "ScheduleGaps", "Burden", "TryExplainAmount"];

    // Every service a registered module offers is an evaluator: the library's modules and the user's
    // sample module (samples/Community.Domain.VolunteerHours) are held to the same shape.
    private static readonly Type[] EvaluatorTypes =
        [.. BuiltInModules.Registry.With(new Samples.VolunteerHours.VolunteerHoursModule()).Services.Select(s => s.ServiceType)];

    // Each evaluator's questions, read from its public methods: every X that is not a Try or Explain form.
    private static readonly (Type Evaluator, string Plain)[] QuestionList =
    [
        .. EvaluatorTypes.SelectMany(evaluator => PublicMethods(evaluator).Select(m => m.Name).Distinct()
            .Where(n => !n.StartsWith("Try", StringComparison.Ordinal) && !n.StartsWith("Explain", StringComparison.Ordinal) && !Others.Contains(n))
            .Select(name => (evaluator, name))),
    ];

    public static TheoryData<Type, string> Questions
    {
        get
        {
            var data = new TheoryData<Type, string>();
            foreach (var (evaluator, plain) in QuestionList)
            {
                data.Add(evaluator, plain);
            }

            return data;
        }
    }

    public static TheoryData<Type> Evaluators => [.. EvaluatorTypes];

    [Fact]
    public void EveryRegisteredModule_OffersAnEvaluator_WithQuestions() =>
        QuestionList.Select(row => row.Evaluator).Distinct().Should().BeEquivalentTo(EvaluatorTypes);

    [Theory]
    [MemberData(nameof(Questions))]
    public void Question_HasTheSameArgumentsInItsThreeForms(Type evaluator, string plain)
    {
        var plains = Methods(evaluator, plain);
        plains.Should().NotBeEmpty();
        foreach (var method in plains)
        {
            var parameters = Signature(method);
            method.ReturnType.Should().NotBe(typeof(void));
            var explained = typeof(Explained<>).MakeGenericType(method.ReturnType);
            PublicMethods(evaluator).Where(m => m.Name.StartsWith("Explain", StringComparison.Ordinal))
                .Should().Contain(m => Signature(m).SequenceEqual(parameters) && m.ReturnType == explained, $"an Explain form takes what {method} takes and gives its result explained");
        }

        // The Try form takes the explicit arguments (not a community that carries them) and an out result.
        var tries = Methods(evaluator, "Try" + plain);
        tries.Should().NotBeEmpty();
        foreach (var method in tries)
        {
            var parameters = method.GetParameters();
            method.ReturnType.Should().Be<bool>();
            parameters[parameters.Length - 1].IsOut.Should().BeTrue($"{method} gives its result through its last parameter");
            plains.Should().Contain(p => Signature(p).SequenceEqual(Signature(method)), $"{method} takes what a {plain} form takes");
        }
    }

    [Theory]
    [MemberData(nameof(Evaluators))]
    public void Evaluator_TakesArgumentsInOneOrder(Type evaluator)
    {
        foreach (var method in evaluator.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var types = method.GetParameters().Select(p => p.ParameterType).ToList();
            var jurisdiction = types.IndexOf(typeof(JurisdictionCode));
            var date = types.IndexOf(typeof(LocalDate));
            var kind = types.FindIndex(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(PolicyKind<>));
            if (date < 0)
            {
                continue; // Burden reads its register's period.
            }

            (kind, jurisdiction, date).Should().Match<(int Kind, int Jurisdiction, int Date)>(
                o => (o.Kind < 0 && o.Jurisdiction < 0 && o.Date == 0)
                    || (o.Kind < 0 && o.Jurisdiction == 0 && o.Date == 1)
                    || (o.Kind == 0 && o.Jurisdiction == 1 && o.Date == 2)
                    || (o.Kind == 0 && o.Jurisdiction < 0 && o.Date == 1),
                $"{evaluator.Name}.{method.Name} takes kind, jurisdiction, date, then its input (or kind, date, then a community that carries its jurisdiction)");
        }
    }

    [Theory]
    [MemberData(nameof(Evaluators))]
    public void Evaluator_AsksOnlyItsQuestions(Type evaluator)
    {
        var questions = QuestionList.Where(row => row.Evaluator == evaluator).Select(row => row.Plain).ToList();
        var explains = PublicMethods(evaluator).Where(m => m.Name.StartsWith("Explain", StringComparison.Ordinal)).ToList();
        explains.Should().OnlyContain(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Explained<>), "an Explain form gives an explained result");
        explains.Should().OnlyContain(
            e => questions.Any(q => Methods(evaluator, q).Any(m => Signature(m).SequenceEqual(Signature(e)) && e.ReturnType == typeof(Explained<>).MakeGenericType(m.ReturnType))),
            "every Explain form explains a question");
        PublicMethods(evaluator).Select(m => m.Name)
            .Where(name => name.StartsWith("Try", StringComparison.Ordinal) && !Others.Contains(name))
            .Should().OnlyContain(name => questions.Contains(name.Substring(3)), "every Try form tries a question");
    }

    private static IEnumerable<MethodInfo> PublicMethods(Type evaluator) =>
        evaluator.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);

    private static List<MethodInfo> Methods(Type evaluator, string name) =>
        [.. PublicMethods(evaluator).Where(m => m.Name == name)];

    private static List<Type> Signature(MethodInfo method) => [.. method.GetParameters().Where(p => !p.IsOut).Select(p => p.ParameterType)];
}
