using System.Diagnostics;
using Community.Domain.Batches;
using Community.Domain.BuiltIn;
using Community.Domain.Divisions.Villages;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;

namespace Community.Domain.Benchmarks;

/// <summary>
/// Measures what a process holding the national tables costs in memory: the working set and the
/// managed heap after a full collection, against the same process before loading anything.
/// </summary>
internal static class WorkingSet
{
    public static void Print(string what)
    {
        var (baseline, baseHeap) = Measure();
        object held = what switch
        {
            // The county and township table and the built-in catalog.
            "divisions" => (DivisionTable.National, BuiltInCatalog.Instance),

            // The same, with the built-in catalog built on the national tree.
            "national" => (DivisionTable.National, BuiltInCatalog.Instance, BuiltInCatalog.CreateBuilder().IncludeDivisions(DivisionTable.National).Build()),

            // Everything a national batch holds: the village-level table too, and the 126,794 committees made up.
            "villages" => (DivisionTable.National, BuiltInCatalog.CreateBuilder().IncludeDivisions(DivisionTable.National).Build(), VillageTable.National,
                SyntheticCommunities.WithSeed(2023).Generate(VillageTable.National.ResidentsCommittees.Select(v => v.Township))),
            _ => throw new ArgumentException($"what is \"{what}\"; expected divisions, national or villages.", nameof(what)),
        };
        var (after, heap) = Measure();
        GC.KeepAlive(held);
        Console.WriteLine($"{what}: working set {after / 1e6:0.0} MB ({(after - baseline) / 1e6:0.0} MB over an empty process of {baseline / 1e6:0.0} MB); managed heap {heap / 1e6:0.0} MB (+{(heap - baseHeap) / 1e6:0.0} MB)");
    }

    private static (long WorkingSet, long Heap) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return (process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false));
    }
}
