using BenchmarkDotNet.Running;
using Community.Domain.Benchmarks;

// Run: dotnet run -c Release --project tests/Community.Domain.Benchmarks -- --filter '*'
// The working set of a process holding the national tables and catalogs (issue 16), each in a fresh process:
//   dotnet run -c Release --project tests/Community.Domain.Benchmarks -- --working-set divisions|national|villages
if (args is ["--working-set", var what])
{
    WorkingSet.Print(what);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
