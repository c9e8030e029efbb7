using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Tests;

public class ConcurrencyTests
{
    [Fact]
    public void SharedCatalog_EvaluatedFromManyThreads_GivesTheSequentialAnswers()
    {
        var evaluator = new FundingEvaluator(PolicyCatalog.BuiltIn);
        var cases = Enumerable.Range(0, 4000).Select(i => (
            Kind: i % 2 == 0 ? FundingKinds.OfficeFunds : FundingKinds.WorkFunds,
            Where: i % 2 == 0 ? KnownJurisdictions.Xinluo.Code : KnownJurisdictions.Shashi.Code,
            Date: new LocalDate(2006, 1, 1).PlusDays(i % 1000),
            Population: Population.Of(i * 7 % 12000))).ToArray();

        var sequential = cases.Select(c => evaluator.Evaluate(c.Kind, c.Where, c.Date, c.Population)).ToArray();
        var parallel = new FundingAmount[cases.Length];
        var explained = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var c = cases[i];
            parallel[i] = evaluator.Evaluate(c.Kind, c.Where, c.Date, c.Population);
            explained[i] = evaluator.Explain(c.Kind, c.Where, c.Date, c.Population).Explanation.Result.English;
        });

        parallel.Should().Equal(sequential);
        explained.Select((e, i) => e.Contains(sequential[i].Annual.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Should().AllBeEquivalentTo(true);
    }
}
