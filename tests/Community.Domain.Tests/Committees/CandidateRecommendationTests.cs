using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Committees;

public class CandidateRecommendationTests
{
    private static readonly CommitteeEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly DateInterval Term = new(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31));
    private static readonly LocalDate InTerm = new(2012, 6, 1);
    private static readonly LocalDate BeforeTerm = new(2010, 12, 31);
    private static readonly LocalDate AfterTerm = new(2014, 1, 1);

    private static CandidateRecommendation Recommend(IEnumerable<Honour> honours, IEnumerable<AssessmentRank>? ranks = null) =>
        Evaluator.Recommend(KnownJurisdictions.Xiantao.Code, Term.End, DirectorRecord.Create(Term, honours, ranks ?? []));

    [Theory]
    [InlineData(HonourLevel.Provincial)]
    [InlineData(HonourLevel.National)]
    public void OneProvincialOrAboveHonour_Qualifies(HonourLevel level)
    {
        var result = Recommend([Honour.Of(level, InTerm)]);

        result.IsRecommended.Should().BeTrue();
        result.Clause.Should().Be(RecommendationClause.ProvincialHonours);
        result.RuleId.Should().Be(RuleId.Com04);
        result.ToString().Should().Be("recommended by ProvincialHonours (COM-04)");
    }

    [Fact]
    public void ThreeCityHonours_Qualify_TwoDoNot()
    {
        Recommend([Honour.Of(HonourLevel.City, InTerm), Honour.Of(HonourLevel.City, InTerm), Honour.Of(HonourLevel.City, InTerm)])
            .Clause.Should().Be(RecommendationClause.CityHonours);
        Recommend([Honour.Of(HonourLevel.City, InTerm), Honour.Of(HonourLevel.City, InTerm)])
            .IsRecommended.Should().BeFalse();
    }

    [Fact]
    public void HonoursBelowCity_DoNotCount() =>
        Recommend(Enumerable.Repeat(Honour.Of(HonourLevel.BelowCity, InTerm), 10)).Should().Match<CandidateRecommendation>(r => !r.IsRecommended && r.CityHonours == 0);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void AssessmentRank_FirstOrSecond_Qualifies(int rank, bool qualifies)
    {
        var result = Recommend([], [AssessmentRank.Of(rank, InTerm), AssessmentRank.Of(5, InTerm)]);

        result.IsRecommended.Should().Be(qualifies);
        result.BestRank.Should().Be(rank);
        result.Clause.Should().Be(qualifies ? RecommendationClause.AssessmentRank : RecommendationClause.None);
    }

    [Fact]
    public void HonoursAndRanksOutsideTheTerm_DoNotCount()
    {
        var result = Recommend(
            [Honour.Of(HonourLevel.Provincial, BeforeTerm), Honour.Of(HonourLevel.National, AfterTerm), Honour.Of(HonourLevel.City, InTerm)],
            [AssessmentRank.Of(1, AfterTerm)]);

        result.IsRecommended.Should().BeFalse();
        result.ProvincialHonours.Should().Be(0);
        result.CityHonours.Should().Be(1);
        result.BestRank.Should().BeNull();
        result.ToString().Should().Be("not recommended (COM-04)");
    }

    [Fact]
    public void TermEnds_AreIncluded()
    {
        Recommend([Honour.Of(HonourLevel.Provincial, Term.Start)]).IsRecommended.Should().BeTrue();
        Recommend([Honour.Of(HonourLevel.Provincial, Term.End)]).IsRecommended.Should().BeTrue();
    }

    [Fact]
    public void Clauses_AreCheckedInTheRulesOrder()
    {
        var all = Recommend(
            [Honour.Of(HonourLevel.Provincial, InTerm), Honour.Of(HonourLevel.City, InTerm), Honour.Of(HonourLevel.City, InTerm)],
            [AssessmentRank.Of(1, InTerm)]);

        all.Clause.Should().Be(RecommendationClause.ProvincialHonours);
        all.CityHonours.Should().Be(3);
    }

    [Fact]
    public void ExplainCandidate_ListsEachClauseAndTheResult()
    {
        var record = DirectorRecord.Create(Term, [Honour.Of(HonourLevel.City, InTerm), Honour.Of(HonourLevel.Provincial, BeforeTerm)], [AssessmentRank.Of(2, InTerm)]);

        var explained = Evaluator.ExplainRecommendation(KnownJurisdictions.Xiantao.Code, Term.End, record);

        explained.Value.Clause.Should().Be(RecommendationClause.AssessmentRank);
        var steps = explained.Explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Condition).ToList();
        steps.Should().HaveCount(3);
        steps[0].English.Should().StartWith("Fails: Provincial-or-above honours within the term: 0");
        steps[1].English.Should().StartWith("Fails: City-or-above honours within the term (provincial and national included): 1");
        steps[2].English.Should().StartWith("Holds: Best assessment rank within the term: 2");
        steps[2].Chinese.Should().Be("符合:届内综合考评最好名次:第二名;第一、二名即符合。", "the source says 第一、二名");
        explained.Explanation.Result.English.Should().Be("recommended, by a top rank in the street's comprehensive assessment during the term");
        explained.Explanation.Result.Chinese.Should().Be("可推荐为下一届主任候选人,依据:届内街道社区综合考评名列前茅");
        explained.Explanation.Inputs[0].English.Should().Be("term 2011-01-01 to 2013-12-31");
    }

    [Fact]
    public void ExplainCandidate_ExactlyAtEachThreshold_Holds()
    {
        var record = DirectorRecord.Create(Term, Enumerable.Repeat(Honour.Of(HonourLevel.City, InTerm), 3), []);

        var explained = Evaluator.ExplainRecommendation(KnownJurisdictions.Xiantao.Code, Term.End, record);

        explained.Value.Clause.Should().Be(RecommendationClause.CityHonours);
        explained.Explanation.Steps.Should().Contain(s => s.English.StartsWith("Holds: City-or-above honours within the term"));
        explained.Explanation.Result.English.Should().Be("recommended, by city-or-above honours during the term");
        explained.Explanation.Result.Chinese.Should().Be("可推荐为下一届主任候选人,依据:届内获得市级以上荣誉");
        Evaluator.ExplainRecommendation(KnownJurisdictions.Xiantao.Code, Term.End, DirectorRecord.Create(Term, [Honour.Of(HonourLevel.Provincial, InTerm)], []))
            .Explanation.Result.Chinese.Should().Be("可推荐为下一届主任候选人,依据:届内获得省级以上荣誉");
    }

    [Fact]
    public void ExplainCandidate_NoneMet()
    {
        var explained = Evaluator.ExplainRecommendation(KnownJurisdictions.Xiantao.Code, Term.End, DirectorRecord.Create(Term, [], []));

        explained.Explanation.Result.Chinese.Should().Be("不符合推荐条件");
        explained.Explanation.Result.English.Should().Be("not recommended: no clause is met");
        explained.Explanation.Steps.Should().Contain(s => s.Chinese.Contains("最好名次:无"));
    }

    [Fact]
    public void BadInput_IsRejected()
    {
        FluentActions.Invoking(() => Honour.Of((HonourLevel)0, InTerm)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
        FluentActions.Invoking(() => AssessmentRank.Of(0, InTerm)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "rank").WithMessage("*rank is 0*");
        FluentActions.Invoking(() => DirectorRecord.Create(null!, [], [])).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "term");
        FluentActions.Invoking(() => Evaluator.Recommend(KnownJurisdictions.Xiantao.Code, InTerm, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "record");
        FluentActions.Invoking(() => Evaluator.ExplainRecommendation(KnownJurisdictions.Xiantao.Code, InTerm, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "record");
        FluentActions.Invoking(() => CandidatePolicy.Create(0, 0, 0)).Should().Throw<PolicyDefinitionException>().Which.Problems.Should().HaveCount(3);
        FluentActions.Invoking(() => Evaluator.Recommend(KnownJurisdictions.Shashi.Code, InTerm, DirectorRecord.Create(Term, [], [])))
            .Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void Values_Format()
    {
        Honour.Of(HonourLevel.Provincial, new LocalDate(2014, 5, 4)).ToString().Should().Be("Provincial honour on 2014-05-04");
        AssessmentRank.Of(2, new LocalDate(2015, 12, 31)).ToString().Should().Be("rank 2 on 2015-12-31");
        CandidatePolicy.Create(1, 3, 2).ToString().Should().Be("1 provincial honour(s), or 3 city-or-above honours, or rank 2 or better");
    }

    [Theory]
    [InlineData(1, 1, "第一名", "第一名")]
    [InlineData(3, 3, "第一、二、三名", "第三名")]
    [InlineData(12, 11, "前12名", "第11名")]
    [InlineData(10, 10, "第一、二、三、四、五、六、七、八、九、十名", "第十名")]
    public void ExplainRecommendation_NamesTheTopRanksAsTheSourceDoes(int top, int rank, string ranks, string best)
    {
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .Override(PolicyVersion.Create(CommitteeKinds.CandidateRecommendation, KnownJurisdictions.Xiantao.Code, EffectivePeriod.Always, CandidatePolicy.Create(1, 3, top), RuleId.Com04))
            .Build();
        var record = DirectorRecord.Create(Term, [], [AssessmentRank.Of(rank, InTerm)]);

        var explained = new CommitteeEvaluator(catalog).ExplainRecommendation(KnownJurisdictions.Xiantao.Code, Term.End, record);

        explained.Explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Condition).Last().Chinese.Should().Be($"符合:届内综合考评最好名次:{best};{ranks}即符合。");
    }
}

public class PartTimeSourcePolicyTests
{
    [Fact]
    public void Allowing_ListsAndChecksSources()
    {
        var policy = PartTimeSourcePolicy.Allowing(PartTimeSource.GridWorker, PartTimeSource.ResidentGroupLeader);

        policy.IsAllowed(PartTimeSource.GridWorker).Should().BeTrue();
        policy.IsAllowed(PartTimeSource.ResidentGroupLeader).Should().BeTrue();
        policy.IsAllowed(PartTimeSource.Other).Should().BeFalse();
        FluentActions.Invoking(() => policy.IsAllowed((PartTimeSource)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("source");
        FluentActions.Invoking(() => policy.IsAllowed((PartTimeSource)(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("source");
        policy.ToString().Should().Be("allowed: GridWorker, ResidentGroupLeader");
    }

    [Fact]
    public void Allowing_BadLists_AreDefinitionErrors()
    {
        FluentActions.Invoking(() => PartTimeSourcePolicy.Allowing()).Should().Throw<PolicyDefinitionException>();
        FluentActions.Invoking(() => PartTimeSourcePolicy.Allowing(PartTimeSource.GridWorker, PartTimeSource.GridWorker, (PartTimeSource)42))
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().HaveCount(2);
        FluentActions.Invoking(() => PartTimeSourcePolicy.Allowing(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void DirectorRecord_DefaultHonourOrRank_IsRefusedByIndex_NamingTheFactory()
    {
        FluentActions.Invoking(() => DirectorRecord.Create(new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31)), [Honour.Of(HonourLevel.City, new LocalDate(2012, 6, 1)), default], []))
            .Should().Throw<ArgumentException>().WithParameterName("honours[1]").WithMessage("honours[1] is the default Honour, which holds no value; make one with Honour.Of.*");
        FluentActions.Invoking(() => DirectorRecord.Create(new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31)), [], [default]))
            .Should().Throw<ArgumentException>().WithParameterName("ranks[0]").WithMessage("*make one with AssessmentRank.Of.*");
    }
}
