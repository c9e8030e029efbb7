using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Tests;

public class AllocationTests
{
    [Fact]
    public void Evaluate_WithoutExplanation_AllocatesNothing()
    {
        var evaluator = new FundingEvaluator(PolicyCatalog.BuiltIn);
        var date = new LocalDate(2008, 6, 30);
        var total = 0m;

        // Warm up: JIT, tiering and the frozen dictionaries' first lookups.
        for (var i = 0; i < 2000; i++)
        {
            total += evaluator.Evaluate(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, date, Population.Of(i)).Annual.Yuan;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            total += evaluator.Evaluate(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, date, Population.Of(i)).Annual.Yuan;
            total += evaluator.Evaluate(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, date, Population.Of(i)).Annual.Yuan;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        total.Should().BePositive();
    }

    [Fact]
    public void ResolveAndBandLookup_AllocateNothing()
    {
        var catalog = PolicyCatalog.BuiltIn;
        var date = new LocalDate(2008, 6, 30);
        var hits = 0;
        for (var i = 0; i < 2000; i++)
        {
            hits += catalog.Resolve(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, date).Policy.AnnualAmounts.Find(Population.Of(i)).ListedIndex;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            var resolution = catalog.Resolve(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, date);
            hits += resolution.Policy.AnnualAmounts.TryFind(Population.Of(i), out var match) ? match.ListedIndex : 0;
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        hits.Should().BePositive();
    }
}
