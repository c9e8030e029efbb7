using System.Reflection;
using Community.Domain.Admission;
using Community.Domain.Committees;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Staffing;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Tests.Architecture;

/// <summary>One evaluator shape: every question has X, TryX and ExplainX with the same arguments, in one order (kind, jurisdiction, date, input).</summary>
public sealed class EvaluatorShapeTests
{
    // Each module's questions: (evaluator, X, TryX, ExplainX). An overload of X that reads a
    // community has an ExplainX but no TryX of its own: the explicit overload's TryX serves it.
    private static readonly (Type Evaluator, string Plain, string Try, string Explain)[] Table =
    [
        (typeof(CommitteeEvaluator), "Quota", "TryQuota", "ExplainQuota"),
        (typeof(CommitteeEvaluator), "Assess", "TryAssess", "ExplainAssessment"),
        (typeof(CommitteeEvaluator), "Recommend", "TryRecommend", "ExplainRecommendation"),
        (typeof(CommitteeEvaluator), "Review", "TryReview", "ExplainReview"),
        (typeof(FundingEvaluator), "Amount", "TryAmount", "ExplainAmount"),
        (typeof(SubsidyEvaluator), "Amount", "TryAmount", "ExplainAmount"),
        (typeof(SubsidyEvaluator), "Gap", "TryGap", "ExplainGap"),
        (typeof(SubsidyEvaluator), "Entitlement", "TryEntitlement", "ExplainEntitlement"),
        (typeof(GridEvaluator), "Plan", "TryPlan", "ExplainPlan"),
        (typeof(GridEvaluator), "Assess", "TryAssess", "ExplainAssessment"),
        (typeof(GridEvaluator), "AssessCoverage", "TryAssessCoverage", "ExplainCoverage"),
        (typeof(PremisesEvaluator), "Assess", "TryAssess", "ExplainAssessment"),
        (typeof(PremisesEvaluator), "Reservation", "TryReservation", "ExplainReservation"),
        (typeof(PremisesEvaluator), "BuildingCost", "TryBuildingCost", "ExplainBuildingCost"),
        (typeof(PremisesEvaluator), "InLieuPayment", "TryInLieuPayment", "ExplainInLieuPayment"),
        (typeof(AdmissionEvaluator), "Decide", "TryDecide", "ExplainDecision"),
        (typeof(AdmissionEvaluator), "Timeliness", "TryTimeliness", "ExplainTimeliness"),
        (typeof(StaffingEvaluator), "Requirement", "TryRequirement", "ExplainRequirement"),
        (typeof(StaffingEvaluator), "Assess", "TryAssess", "ExplainAssessment"),
        (typeof(Community.Domain.Scale.ScaleEvaluator), "Assess", "TryAssess", "ExplainAssessment"),
        (typeof(Community.Domain.Participation.ParticipationEvaluator), "Assess", "TryAssess", "ExplainAssessment"),
        (typeof(Community.Domain.Statistics.StatisticsEvaluator), "Check", "TryCheck", "ExplainCheck"),
        (typeof(Community.Domain.Workflows.WorkflowEvaluator), "Open", "TryOpen", "ExplainOpen"),
        (typeof(Community.Domain.Workflows.WorkflowEvaluator), "Assess", "TryAssess", "ExplainAssessment"),
    ];

    public static TheoryData<Type, string, string, string> Questions
    {
        get
        {
            var data = new TheoryData<Type, string, string, string>();
            foreach (var (evaluator, plain, attempt, explain) in Table)
            {
                data.Add(evaluator, plain, attempt, explain);
            }

            return data;
        }
    }

    // Questions without an explained form, and forms that serve composition.
    private static readonly HashSet<string> Others = ["Floor", "TryFloor", "Gaps", "ScheduleGaps", "Burden", "TryExplainAmount"];

    public static TheoryData<Type> Evaluators => [.. Table.Select(row => row.Evaluator).Distinct()];

    [Theory]
    [MemberData(nameof(Questions))]
    public void Question_HasTheSameArgumentsInItsThreeForms(Type evaluator, string plain, string attempt, string explain)
    {
        var plains = Methods(evaluator, plain);
        plains.Should().NotBeEmpty();
        foreach (var method in plains)
        {
            var parameters = Signature(method);
            Methods(evaluator, explain).Should().Contain(m => Signature(m).SequenceEqual(parameters), $"{explain} takes what {method} takes");
            method.ReturnType.Should().NotBe(typeof(void));
            Methods(evaluator, explain).Should().OnlyContain(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Explained<>));
        }

        // The Try form takes the explicit arguments (not a community that carries them) and an out result.
        var tries = Methods(evaluator, attempt);
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
        var known = Table.Where(row => row.Evaluator == evaluator).SelectMany(row => new[] { row.Plain, row.Try, row.Explain }).ToHashSet();
        evaluator.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name)
            .Where(name => !known.Contains(name) && !Others.Contains(name))
            .Should().BeEmpty("every public method of an evaluator is one of its questions' three forms");
    }

    private static List<MethodInfo> Methods(Type evaluator, string name) =>
        [.. evaluator.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name == name)];

    private static List<Type> Signature(MethodInfo method) => [.. method.GetParameters().Where(p => !p.IsOut).Select(p => p.ParameterType)];
}
