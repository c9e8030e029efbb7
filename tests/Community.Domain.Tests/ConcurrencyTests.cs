using Community.Domain.BuiltIn;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests;

public class ConcurrencyTests
{
    [Fact]
    public void SharedCatalog_EvaluatedFromManyThreads_GivesTheSequentialAnswers()
    {
        var evaluator = new FundingEvaluator(BuiltInCatalog.Instance);
        var cases = Enumerable.Range(0, 4000).Select(i => (
            Kind: i % 2 == 0 ? FundingKinds.OfficeFunds : FundingKinds.WorkFunds,
            Where: i % 2 == 0 ? KnownJurisdictions.Xinluo.Code : KnownJurisdictions.Shashi.Code,
            Date: new LocalDate(2006, 1, 1).PlusDays(i % 1000),
            Population: Population.Of(i * 7 % 12000))).ToArray();

        var sequential = cases.Select(c => evaluator.Amount(c.Kind, c.Where, c.Date, c.Population)).ToArray();
        var parallel = new FundingAmount[cases.Length];
        var explained = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var c = cases[i];
            parallel[i] = evaluator.Amount(c.Kind, c.Where, c.Date, c.Population);
            explained[i] = evaluator.ExplainAmount(c.Kind, c.Where, c.Date, c.Population).Explanation.Result.English;
        });

        parallel.Should().Equal(sequential);
        explained.Select((e, i) => e.Contains(sequential[i].Annual.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void AdmissionDecisions_FromManyThreads_GiveTheSequentialAnswers()
    {
        var evaluator = new Community.Domain.Admission.AdmissionEvaluator(Admission.AdmissionFixtures.Catalog);
        var requests = Gen.Int[0, 13].Select(i => (Community.Domain.Admission.WorkItemKind)i);
        var cases = Admission.AdmissionFixtures.Requests(requests).Array[3000].Single();
        var places = Admission.AdmissionFixtures.PolicyJurisdictions;

        var sequential = cases.Select((r, i) => evaluator.Decide(places[i % 3], Admission.AdmissionFixtures.Decided, r)).ToArray();
        var parallel = new Community.Domain.Admission.AdmissionDecision[cases.Length];
        var explained = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            parallel[i] = evaluator.Decide(places[i % 3], Admission.AdmissionFixtures.Decided, cases[i]);
            explained[i] = evaluator.ExplainDecision(places[i % 3], Admission.AdmissionFixtures.Decided, cases[i]).Explanation.Result.English;
        });

        parallel.Should().Equal(sequential);
        explained.Select((e, i) => e.StartsWith(sequential[i].Describe(Community.Domain.Explanations.ExplanationLanguage.English), StringComparison.Ordinal))
            .Should().AllBeEquivalentTo(true);
    }
}
