using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;
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

    [Fact]
    public void SubsidyFloorsAmountsAndGaps_AllocateNothing()
    {
        var evaluator = new SubsidyEvaluator(PolicyCatalog.BuiltIn);
        var xinluo = KnownJurisdictions.Xinluo.Code;
        var date = new LocalDate(2008, 6, 30);
        var total = 0m;
        for (var pass = 0; pass < 2; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 5_000; i++)
            {
                total += evaluator.Floor(xinluo, date, PayRole.Director).Monthly.Yuan;
                total += evaluator.Amount(SubsidyKinds.Pay, xinluo, date, PayRole.FullTimeMember).Monthly.Yuan;
                total += evaluator.Gap(xinluo, date, PayRole.FullTimeMember, Money.FromYuan(i)).ShortfallMonthly.Yuan;
                total += evaluator.TryAmount(SubsidyKinds.Floor, xinluo, date, PayRole.DeputyDirector, out var floor) ? floor.Monthly.Yuan : 0m;
            }

            // The first pass warms up the JIT; the second must allocate nothing.
            if (pass == 1)
            {
                (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
            }
        }

        total.Should().BePositive();
    }
}
