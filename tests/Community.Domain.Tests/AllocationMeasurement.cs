namespace Community.Domain.Tests;

/// <summary>The tests that count the bytes a thread allocates run alone, after the others: on a loaded machine, tiered compilation of code the other tests run allocates on the measuring thread.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurement
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Allocation";
}
