using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/Community.Domain.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
