using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;
using Community.Domain.Workflows;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>Workflow transitions and target checks: a move allocates its new history entry and nothing else; a guard check, a share check and a reported-rate check allocate nothing.</summary>
[MemoryDiagnoser]
public class WorkflowBenchmarks
{
    private static readonly LocalDate Day = new(2017, 3, 1);
    private static readonly CaseAction AtGrid = CaseAction.None.At(HandlingLevel.Grid);
    private static readonly ShareThreshold Sixty = ShareThreshold.AtLeast(Rate.FromPercent(60));
    private WorkflowCase _opened = null!;
    private int _next;

    [GlobalSetup]
    public void Setup() =>
        _opened = new WorkflowEvaluator(BuiltInCatalog.Instance).Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, Day, "E-1", MatterSize.Small);

    /// <summary>One guarded move: the transition looked up, its requirements and the level bound checked, the new entry made.</summary>
    [Benchmark(Baseline = true)]
    public WorkflowCase Move() => _opened.MoveTo("dispatch", Day, AtGrid);

    /// <summary>The same checks without moving.</summary>
    [Benchmark]
    public bool CanMove() => _opened.CanMoveTo("dispatch", AtGrid);

    /// <summary>A whole grid event, register to close: four moves.</summary>
    [Benchmark]
    public WorkflowCase WholeCase() => _opened
        .MoveTo("dispatch", Day, AtGrid)
        .MoveTo("handle", Day, CaseAction.None.By("网格员"))
        .MoveTo("follow-up", Day)
        .MoveTo("close", Day);

    /// <summary>A coverage target's share check (GRD-02), exact.</summary>
    [Benchmark]
    public bool ShareCheck() => Sixty.IsMetBy(Proportion.Of(++_next % 1000, 1000));

    /// <summary>A reported rate against its counts at its precision (WF-03: 51 of 52 as 98%).</summary>
    [Benchmark]
    public bool ReportedRate() => Proportion.Of(51, 52 + (++_next & 1)).IsReportedAs(98, 0);
}
