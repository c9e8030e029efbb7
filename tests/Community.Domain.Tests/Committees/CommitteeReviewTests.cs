using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Committees;

public class CommitteeReviewTests
{
    public static readonly FindingCode[] ReviewCodes =
    [
        CommitteeFindingCodes.SizeOutsideRange, CommitteeFindingCodes.TermDiffers, CommitteeFindingCodes.ElectionBasisDiffers,
        CommitteeFindingCodes.TurnoutTooLow, CommitteeFindingCodes.ElectedWithTooFewVotes, CommitteeFindingCodes.ElectionNotRecorded,
        CommitteeFindingCodes.TooFewMeetings, CommitteeFindingCodes.MeetingsNotRecorded,
    ];

    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);
    private static readonly Jurisdiction OtherCity = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990200), "另一市", "Other City", JurisdictionLevel.City);
    private static readonly Citation NationalSource = Citation.Create("测试用全国规定", "测试机关", "全国", SourceDate.InYear(2018));

    // The nation: 5 to 11 members, a 5-year term; the province: elections valid with more than half of
    // the voters, elected with more than half of the votes; at least 2 meetings a year. The city narrows
    // the size to 7 to 9; the other city sets 4 to 9, which contradicts the nation's 5 to 11.
    private static readonly PolicyCatalog Catalog = BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province).AddJurisdiction(City).AddJurisdiction(OtherCity)
        .Add(CommitteeKinds.Size, KnownJurisdictions.China.Code, EffectivePeriod.Always, CommitteeSizePolicy.Between(5, 11), RuleId.Of("TN-COM-01"), NationalSource)
        .Add(CommitteeKinds.Term, KnownJurisdictions.China.Code, EffectivePeriod.Always, CommitteeTermPolicy.OfYears(5), RuleId.Of("TN-COM-02"), NationalSource)
        .Add(CommitteeKinds.Election, Province.Code, EffectivePeriod.Always,
            ElectionPolicy.Create(ElectionBasis.Voters, ShareThreshold.MoreThan(1, 2), ShareThreshold.MoreThan(1, 2)), RuleId.Of("TP-COM-03"))
        .Add(CommitteeKinds.Meetings, Province.Code, EffectivePeriod.Always, MeetingPolicy.AtLeast(2), RuleId.Of("TP-COM-04"))
        .Add(CommitteeKinds.Size, City.Code, EffectivePeriod.Always, CommitteeSizePolicy.Between(7, 9), RuleId.Of("TC-COM-05"))
        .Add(CommitteeKinds.Size, OtherCity.Code, EffectivePeriod.Always, CommitteeSizePolicy.Between(4, 9), RuleId.Of("TC-COM-06"))
        .Build();

    private static readonly CommitteeEvaluator Evaluator = new(Catalog);

    private static CommitteeRecord Record(Jurisdiction at, int members, int termYears = 5, ElectionResult? election = null, int? meetings = 4) =>
        CommitteeRecord.Create(
            CommunityProfile.Create(at.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(9000), HouseholdCount.Of(3000)),
            members, termYears, election ?? ElectionResult.Create(ElectionBasis.Voters, 2000, 1500, 900), meetings);

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void Review_Size_TheNearerLevelsRangeIsInForce(int members, bool compliant)
    {
        var review = Evaluator.Review(AsOf, Record(City, members));

        review.Size.Should().Be(CountRange.Between(7, 9));
        review.IsCompliant.Should().Be(compliant);
        review.Findings.Select(f => f.Code).Should().Equal(compliant ? [] : [CommitteeFindingCodes.SizeOutsideRange]);
    }

    [Fact]
    public void Review_CitysRangeInsideTheNations_IsConsistent() =>
        Evaluator.Review(AsOf, Record(City, 8)).Findings.Should().BeEmpty();

    [Fact]
    public void Review_CitysRangeOutsideTheNations_WarnsCitingBoth()
    {
        var review = Evaluator.Review(AsOf, Record(OtherCity, 4));

        review.IsCompliant.Should().BeTrue("the nearer rule, 4 to 9, is in force");
        var warning = review.Findings.Should().ContainSingle().Which;
        warning.Code.Should().Be(AssessmentFindingCodes.ContradictsHigherLevel);
        warning.Severity.Should().Be(FindingSeverity.Warning);
        warning.RuleId.Should().Be(RuleId.Of("TC-COM-06"));
        warning.Citations.Should().Equal(NationalSource);
        warning.English.Should().Be("The rule in force, TC-COM-06 of Other City, allows 4 to 9 (committee size), which does not lie within the 5 to 11 that TN-COM-01 of People's Republic of China, a higher level, requires; the nearer rule is applied, and the two should be reconciled.");
        warning.Chinese.Should().Be("适用的另一市规则TC-COM-06规定居委会成员人数4至9,超出上级中华人民共和国规则TN-COM-01规定的5至11;现按较近一级的规则执行,两者应予协调。");
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(3, false)]
    public void Review_Term_MustBeTheYearsSet(int years, bool compliant)
    {
        var review = Evaluator.Review(AsOf, Record(City, 8, years));

        review.TermYears.Should().Be(5);
        review.IsCompliant.Should().Be(compliant);
        if (!compliant)
        {
            review.Findings.Should().ContainSingle().Which.English.Should().Be("The term is 3 years; the policy sets 5.");
        }
    }

    [Theory]
    [InlineData(2000, 1000, 600, false, true)]   // exactly half took part: not more than half
    [InlineData(2000, 1001, 600, true, true)]
    [InlineData(2000, 1500, 750, true, false)]   // exactly half the votes: not elected
    [InlineData(2000, 1500, 751, true, true)]
    public void Review_Election_MoreThanHalfAtEachBoundary(int eligible, int tookPart, int votes, bool turnoutMet, bool electedMet)
    {
        var review = Evaluator.Review(AsOf, Record(City, 8, election: ElectionResult.Create(ElectionBasis.Voters, eligible, tookPart, votes)));

        review.Findings.Any(f => f.Code == CommitteeFindingCodes.TurnoutTooLow).Should().Be(!turnoutMet);
        review.Findings.Any(f => f.Code == CommitteeFindingCodes.ElectedWithTooFewVotes).Should().Be(!electedMet);
    }

    [Fact]
    public void Review_LowTurnout_SaysHowManyWereNeeded()
    {
        var review = Evaluator.Review(AsOf, Record(City, 8, election: ElectionResult.Create(ElectionBasis.Voters, 2000, 1000, 600)));

        var finding = review.Findings.Should().ContainSingle().Which;
        finding.English.Should().Be("1000 of 2000 voters took part, not more than half (at least 1001 needed): the election is not valid.");
        finding.Chinese.Should().Be("2000人中仅1000人参加,未达到过半数(至少需1001人):选举无效。");
        finding.RuleId.Should().Be(RuleId.Of("TP-COM-03"));
    }

    [Fact]
    public void Review_ElectionByHouseholds_WherePolicyCountsVoters_WarnsItCannotCompare()
    {
        var review = Evaluator.Review(AsOf, Record(City, 8, election: ElectionResult.Create(ElectionBasis.Households, 3000, 100, 60)));

        var finding = review.Findings.Should().ContainSingle().Which;
        finding.Code.Should().Be(CommitteeFindingCodes.ElectionBasisDiffers);
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.English.Should().Be("The election was counted by households, but the policy counts voters: its shares cannot be checked.");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Review_Meetings_AtLeastTheNumberSet(int held, bool compliant)
    {
        var review = Evaluator.Review(AsOf, Record(City, 8, meetings: held));

        review.MeetingsPerYear.Should().Be(2);
        review.IsCompliant.Should().Be(compliant);
    }

    [Fact]
    public void Review_EveryReviewCode_IsProducedSomewhere()
    {
        var records = new[]
        {
            Record(City, 6, 3, ElectionResult.Create(ElectionBasis.Voters, 2000, 900, 400), 1),
            Record(OtherCity, 8, 5, ElectionResult.Create(ElectionBasis.Households, 3000, 2000, 1500), 3),
            CommitteeRecord.Create(Record(City, 8).Community, 8, 5),
        };

        records.SelectMany(r => Evaluator.Review(AsOf, r).Findings).Select(f => f.Code).Distinct()
            .Should().BeEquivalentTo(ReviewCodes.Append(AssessmentFindingCodes.ContradictsHigherLevel));
    }

    [Fact]
    public void ExplainReview_NamesEveryPolicyAndEveryLevel()
    {
        var record = Record(OtherCity, 8);

        var explained = Evaluator.ExplainReview(AsOf, record);

        explained.Value.Findings.Should().Equal(Evaluator.Review(AsOf, record).Findings);
        explained.Explanation.RuleId.Should().Be(RuleId.Of("TC-COM-06"));
        var steps = explained.Explanation.Steps.Select(s => s.English).ToList();
        steps.Should().Contain(s => s.StartsWith("TN-COM-01 (committee size) also applies.", StringComparison.Ordinal));
        steps.Should().Contain(s => s.StartsWith("TN-COM-02 (committee term) also applies.", StringComparison.Ordinal));
        steps.Should().Contain("Holds: 1500 of 2000 voters took part, more than half: the election is valid.");
        steps.Should().Contain("Holds: Every elected member had at least 900 of the 1500 votes cast, more than half.");
        steps.Should().Contain("Holds: 4 meetings were held in the year, at least the 2 required.");
        explained.Explanation.Inputs[0].Chinese.Should().Be("成员8人,任期5年,选举时2000人中1500人参加,当选者最少得900票,年内开会4次");
        explained.Explanation.Result.English.Should().Be("compliant (1 other finding(s))");
    }

    [Fact]
    public void Review_NoPolicyInForce_ThrowsAndTryReturnsFalse()
    {
        var record = CommitteeRecord.Create(CommitteeFixtures.Xiantao(), 7, 3);

        Evaluator.TryReview(AsOf, record, out var review).Should().BeTrue("the nation's size and term policies reach Xiantao");
        review!.Size.Should().Be(CountRange.Between(5, 11));
        BuiltInCatalogReviewer.TryReview(AsOf, record, out _).Should().BeFalse();
        FluentActions.Invoking(() => BuiltInCatalogReviewer.Review(AsOf, record)).Should().Throw<PolicyNotInForceException>().Which.Kind.Should().BeSameAs(CommitteeKinds.Size);
        FluentActions.Invoking(() => BuiltInCatalogReviewer.ExplainReview(AsOf, record)).Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        FluentActions.Invoking(() => Evaluator.Review(AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("record");
        FluentActions.Invoking(() => Evaluator.ExplainReview(AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("record");
        FluentActions.Invoking(() => CommitteeRecord.Create(null!, 1, 1)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => CommitteeRecord.Create(CommitteeFixtures.Xiantao(), -1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("members");
        FluentActions.Invoking(() => CommitteeRecord.Create(CommitteeFixtures.Xiantao(), 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("termYears");
        FluentActions.Invoking(() => CommitteeRecord.Create(CommitteeFixtures.Xiantao(), 1, 1, null, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("meetingsInYear");
        FluentActions.Invoking(() => ElectionResult.Create(ElectionBasis.Voters, 0, 0, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("eligible");
        FluentActions.Invoking(() => ElectionResult.Create(ElectionBasis.Voters, 10, 11, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tookPart").WithMessage("*exceed eligible (10)*");
        FluentActions.Invoking(() => ElectionResult.Create(ElectionBasis.Voters, 10, 5, 6)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fewestVotesOfTheElected");
        FluentActions.Invoking(() => ElectionResult.Create((ElectionBasis)0, 10, 5, 5)).Should().Throw<ArgumentException>().WithParameterName("basis");
        FluentActions.Invoking(() => ElectionPolicy.Create((ElectionBasis)3, ShareThreshold.MoreThan(1, 2), ShareThreshold.MoreThan(1, 2))).Should().Throw<ArgumentException>().WithParameterName("basis");
        FluentActions.Invoking(() => CommitteeTermPolicy.OfYears(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
        FluentActions.Invoking(() => CommitteeTermPolicy.OfYears(11)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
        FluentActions.Invoking(() => MeetingPolicy.AtLeast(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("perYear");
        FluentActions.Invoking(() => CommitteeSizePolicy.Between(5, 4)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
    }

    [Fact]
    public void Policies_Describe_Themselves()
    {
        CommitteeSizePolicy.Exactly(7).ToString().Should().Be("7 members");
        CommitteeTermPolicy.OfYears(5).ToString().Should().Be("a term of 5 years");
        MeetingPolicy.AtLeast(2).ToString().Should().Be("at least 2 meetings a year");
        ElectionPolicy.Create(ElectionBasis.Voters, ShareThreshold.MoreThan(1, 2), ShareThreshold.AtLeast(2, 3)).ToString().Should().Be("Voters: turnout more than 1/2, elected with at least 2/3");
        ElectionResult.Create(ElectionBasis.Voters, 2000, 1200, 700).ToString().Should().Be("1200 of 2000 Voters took part; the elected had at least 700 votes");
        Record(City, 7).ToString().Should().Be("7 members, 5-year term");
        Evaluator.Review(AsOf, Record(City, 7)).ToString().Should().Be("compliant; 0 findings");
    }

    private static CommitteeEvaluator BuiltInCatalogReviewer { get; } = new(BuiltInCatalog.Instance);
}
