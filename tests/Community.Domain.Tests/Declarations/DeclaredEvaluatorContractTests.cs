using Community.Domain.BuiltIn;
using Community.Domain.Declarations;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;
using static Community.Domain.Tests.Declarations.DeclaredSamples;

namespace Community.Domain.Tests.Declarations;

/// <summary>The declared evaluator's questions take their inputs as a span, which the reflective contract tests cannot pass: each form keeps the contract here, by hand.</summary>
public sealed class DeclaredEvaluatorContractTests
{
    private static readonly DeclaredEvaluator Evaluator = new(Catalog((Council, CouncilRule)));

    public static TheoryData<string> Forms => ["Evaluate", "TryEvaluate", "ExplainEvaluation", "Assess", "TryAssess", "ExplainAssessment"];

    private static object? Ask(string form, DeclaredKind? kind, JurisdictionCode place, LocalDate day, DeclaredValue[] inputs) => form switch
    {
        "Evaluate" => Evaluator.Evaluate(kind!, place, day, inputs),
        "TryEvaluate" => Evaluator.TryEvaluate(kind!, place, day, inputs, out var outcome) ? outcome : null,
        "ExplainEvaluation" => Evaluator.ExplainEvaluation(kind!, place, day, inputs),
        "Assess" => Evaluator.Assess(kind!, place, day, inputs),
        "TryAssess" => Evaluator.TryAssess(kind!, place, day, inputs, out var assessment) ? assessment : null,
        _ => Evaluator.ExplainAssessment(kind!, place, day, inputs),
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryForm_RefusesANullKind_NamingIt(string form) =>
        FluentActions.Invoking(() => Ask(form, null, Province, Day, [21, 14, 8])).Should().Throw<ArgumentNullException>().WithParameterName("kind");

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryForm_RefusesAnUnknownOrDefaultPlace_NamingIt(string form)
    {
        FluentActions.Invoking(() => Ask(form, Council, default, Day, [21, 14, 8])).Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
        FluentActions.Invoking(() => Ask(form, Council, JurisdictionCode.Of(980000), Day, [21, 14, 8])).Should().Throw<ArgumentException>().WithParameterName("jurisdiction");
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryForm_RefusesInputsItCannotTake_NamingThem(string form)
    {
        FluentActions.Invoking(() => Ask(form, Council, Province, Day, [21, 14])).Should().Throw<ArgumentException>().WithParameterName("inputs");
        FluentActions.Invoking(() => Ask(form, Council, Province, Day, [21, 14, default])).Should().Throw<ArgumentException>().WithParameterName("inputs");
        FluentActions.Invoking(() => Ask(form, Council, Province, Day, [21, 14, new LocalDate(2020, 1, 1)])).Should().Throw<ArgumentException>().WithParameterName("inputs");
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryForm_GivesTheSameAnswer(string form)
    {
        var answer = Ask(form, Council, Province, Day, [21, 13, 8]);

        var expected = form.EndsWith("Evaluate", StringComparison.Ordinal) || form == "ExplainEvaluation"
            ? (object)Evaluator.Evaluate(Council, Province, Day, [21, 13, 8])
            : Evaluator.Assess(Council, Province, Day, [21, 13, 8]);
        (answer switch
        {
            Explained<DeclaredOutcome> e => e.Value,
            Explained<DeclaredAssessment> e => e.Value,
            _ => answer,
        }).Should().Be(expected);
    }

    [Fact]
    public void TheEvaluator_RefusesANullCatalogOrCalendar()
    {
        FluentActions.Invoking(() => new DeclaredEvaluator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        FluentActions.Invoking(() => new DeclaredEvaluator(BuiltInCatalog.Instance, null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }

    [Fact]
    public void AnOutcome_IsAskedOfADateOutsideTheIsoCalendar_Refused() =>
        FluentActions.Invoking(() => Evaluator.Evaluate(Council, Province, new LocalDate(2026, 1, 1, CalendarSystem.Julian), [21, 14, 8])).Should().Throw<ArgumentException>();
}
