using Community.Domain.Declarations;
using NodaTime;
using static Community.Domain.Tests.Declarations.DeclaredSamples;

namespace Community.Domain.Tests.Declarations;

/// <summary>A declared rule evaluated without an explanation allocates nothing: thresholds over ratios, ranges, tables, formulas, amounts and timetables alike.</summary>
[Collection(AllocationMeasurement.Name)]
public sealed class DeclaredAllocationTests
{
    [Fact]
    public void EveryForm_EvaluatedWithoutExplanation_AllocatesNothing()
    {
        var evaluator = new DeclaredEvaluator(Catalog(
            (Council, CouncilRule), (ProjectPremises, PremisesRule), (Workers, WorkersRule), (Fund, FundRule), (Notice, NoticeRule), (Households, HouseholdsRule)));
        var held = 0;

        void Pass()
        {
            for (var i = 0; i < 2_000; i++)
            {
                held += evaluator.Evaluate(Council, Province, Day, [21, 14 - (i & 1), 8]).Holds ? 1 : 0;
                held += evaluator.Evaluate(ProjectPremises, Province, Day, [100_000m + (i & 1), 300]).Holds ? 1 : 0;
                held += evaluator.Evaluate(Workers, Province, Day, [10_000 + i, 12]).Holds ? 1 : 0;
                held += evaluator.Evaluate(Fund, Province, Day, [i]).Holds ? 1 : 0;
                held += evaluator.Evaluate(Notice, Province, Day, [new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 2).PlusDays(i & 1)]).Holds ? 1 : 0;
                held += evaluator.Evaluate(Households, Province, Day, [999 + i]).Holds ? 1 : 0;
            }
        }

        Pass();
        var measured = new List<long>();
        while (measured.Count < 6 && !measured.Contains(0))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Pass();
            measured.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        measured.Should().Contain(0, "a pass after the warm-up allocates nothing");
        held.Should().BePositive();
    }
}
