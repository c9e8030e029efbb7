using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;
using static Community.Domain.Tests.Committees.CommitteeFixtures;

namespace Community.Domain.Tests.Committees;

public class CommitteeAssessmentTests
{
    private static readonly CommitteeEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly LocalDate AsOf = new(2016, 11, 22);

    private static CommitteeAssessment Assess(ResidentsCommittee committee) => Evaluator.Assess(AsOf, committee);

    private static IEnumerable<FindingCode> Codes(CommitteeAssessment assessment) => assessment.Findings.Select(f => f.Code);

    [Theory]
    [InlineData(4000, 3, 2)]
    [InlineData(5000, 3, 2)]
    [InlineData(8000, 3, 3)]
    [InlineData(10000, 3, 3)]
    [InlineData(12000, 3, 4)]
    public void Assess_CommitteeMatchingItsBand_IsCompliantWithNoFindings(int residents, int fullTime, int partTime)
    {
        var assessment = Assess(Committee(Xiantao(residents), fullTime, partTime));

        assessment.IsCompliant.Should().BeTrue();
        assessment.Findings.Should().BeEmpty();
        assessment.ToString().Should().Be("compliant; 0 findings");
    }

    [Fact]
    public void Assess_TooFewMembersAndPartTime()
    {
        var assessment = Assess(Committee(Xiantao(8000), 3, 2));

        assessment.IsCompliant.Should().BeFalse();
        Codes(assessment).Should().BeEquivalentTo([CommitteeFindingCodes.TooFewMembers, CommitteeFindingCodes.TooFewPartTime]);
        var finding = assessment.Findings.First(f => f.Code == CommitteeFindingCodes.TooFewMembers);
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.RuleId.Should().Be(RuleId.Com01);
        finding.Citations.Should().ContainSingle().Which.Title.Should().Be("仙桃市社区工作现状及改善对策");
        finding.English.Should().Be("The committee has 5 members, fewer than the quota of 6.");
        finding.Chinese.Should().Be("居委会现有成员5人,少于职数6人。");
        finding.In(ExplanationLanguage.Chinese).Should().Be(finding.Chinese);
        finding.In(ExplanationLanguage.English).Should().Be(finding.English);
        finding.ToString().Should().StartWith("Error committees.too-few-members (COM-01): ");
    }

    [Fact]
    public void Assess_TooManyMembersBeyondTheOverallRange()
    {
        var assessment = Assess(Committee(Xiantao(12000), 3, 5));

        Codes(assessment).Should().BeEquivalentTo([CommitteeFindingCodes.TooManyMembers, CommitteeFindingCodes.OutsideOverallRange, CommitteeFindingCodes.TooManyPartTime]);
    }

    [Fact]
    public void Assess_WrongFullTimeCount_BothWays()
    {
        Codes(Assess(Committee(Xiantao(4000), 2, 3))).Should().BeEquivalentTo([CommitteeFindingCodes.TooFewFullTime, CommitteeFindingCodes.TooManyPartTime]);
        Codes(Assess(Committee(Xiantao(4000), 4, 1))).Should().BeEquivalentTo([CommitteeFindingCodes.TooManyFullTime, CommitteeFindingCodes.TooFewPartTime]);
    }

    [Fact]
    public void Assess_PartTimeMemberFromAnotherSource_IsAFindingOfCom02()
    {
        var committee = Committee(Xiantao(4000), 3, 1).WithMember(CommitteeMember.PartTime("外来", CommitteePost.Member, PartTimeSource.Other));

        var finding = Assess(committee).Findings.Should().ContainSingle().Which;

        finding.Code.Should().Be(CommitteeFindingCodes.PartTimeSourceNotAllowed);
        finding.RuleId.Should().Be(RuleId.Com02);
        finding.English.Should().Contain("\"外来\"").And.Contain("elected from among other sources (其他)").And.Contain("allowed: grid workers (网格员), resident group leaders (居民小组长)").And.NotContain("GridWorker");
        finding.Chinese.Should().Contain("其他").And.Contain("网格员、居民小组长、社区成员单位代表、业主委员会主任");
    }

    [Theory]
    [InlineData(PartTimeSource.GridWorker)]
    [InlineData(PartTimeSource.ResidentGroupLeader)]
    [InlineData(PartTimeSource.MemberUnitRepresentative)]
    [InlineData(PartTimeSource.OwnersCommitteeChair)]
    public void Assess_EveryAllowedSource_IsFine(PartTimeSource source) =>
        Assess(Committee(Xiantao(4000), 3, 2, source)).IsCompliant.Should().BeTrue();

    [Fact]
    public void Assess_NoDirector()
    {
        var members = new[]
        {
            CommitteeMember.FullTime("甲", CommitteePost.DeputyDirector, PartyPost.Secretary),
            FullTimeMember("乙"), FullTimeMember("丙"), PartTimeMember("丁"), PartTimeMember("戊"),
        };

        var finding = Assess(ResidentsCommittee.Create(Xiantao(4000), members)).Findings.Should().ContainSingle().Which;

        finding.Code.Should().Be(CommitteeFindingCodes.NoDirector);
        finding.RuleId.Should().Be(RuleId.Com01);
    }

    [Fact]
    public void Assess_TwoDirectors()
    {
        var members = new[] { Director("甲"), Director("乙"), FullTimeMember("丙"), PartTimeMember("丁"), PartTimeMember("戊") };

        var finding = Assess(ResidentsCommittee.Create(Xiantao(4000), members)).Findings.Should().ContainSingle().Which;

        finding.Code.Should().Be(CommitteeFindingCodes.MoreThanOneDirector);
        finding.English.Should().StartWith("2 members hold the post of director");
    }

    [Fact]
    public void Assess_UnnamedCity_ChecksOnlyTheOverallRange()
    {
        var city = Jurisdiction.Below(KnownJurisdictions.Fujian.Code, JurisdictionCode.Of(350900), "某市", "An unnamed city", JurisdictionLevel.City);
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(city).Add(CommitteePolicies.UnnamedCityQuota(city.Code, EffectivePeriod.Always)).Build();
        var community = CommunityProfile.Create(city.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));
        var evaluator = new CommitteeEvaluator(catalog);

        var fine = evaluator.Assess(AsOf, Committee(community, 5, 0));
        var tooMany = evaluator.Assess(AsOf, Committee(community, 6, 2));
        var withPartTime = evaluator.Assess(AsOf, Committee(community, 3, 2));

        fine.IsCompliant.Should().BeTrue();
        Codes(fine).Should().Equal(CommitteeFindingCodes.SplitNotSpecified);
        fine.Findings[0].Severity.Should().Be(FindingSeverity.Info);
        fine.Findings[0].RuleId.Should().Be(RuleId.Com03);
        tooMany.IsCompliant.Should().BeFalse();
        Codes(tooMany).Should().BeEquivalentTo([CommitteeFindingCodes.OutsideOverallRange, CommitteeFindingCodes.SplitNotSpecified, CommitteeFindingCodes.SourcesNotChecked]);
        withPartTime.IsCompliant.Should().BeTrue();
        Codes(withPartTime).Should().BeEquivalentTo([CommitteeFindingCodes.SplitNotSpecified, CommitteeFindingCodes.SourcesNotChecked]);
        evaluator.Assess(AsOf, Committee(community, 3, 0)).Findings.Should().Contain(f => f.Code == CommitteeFindingCodes.OutsideOverallRange && f.English.Contains("overall size of 4-7"));
    }

    [Fact]
    public void Assess_EveryFindingCode_IsProducedSomewhere()
    {
        var city = Jurisdiction.Below(KnownJurisdictions.Fujian.Code, JurisdictionCode.Of(350900), "某市", "An unnamed city", JurisdictionLevel.City);
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(city).Add(CommitteePolicies.UnnamedCityQuota(city.Code, EffectivePeriod.Always)).Build();
        var evaluator = new CommitteeEvaluator(catalog);
        var unnamed = CommunityProfile.Create(city.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));
        var committees = new[]
        {
            Committee(Xiantao(8000), 3, 2),
            Committee(Xiantao(12000), 3, 5),
            Committee(Xiantao(4000), 2, 3),
            Committee(Xiantao(4000), 4, 1),
            Committee(Xiantao(4000), 3, 2, PartTimeSource.Other),
            ResidentsCommittee.Create(Xiantao(4000), [FullTimeMember("甲")]),
            ResidentsCommittee.Create(Xiantao(4000), [Director("甲"), Director("乙")]),
            Committee(unnamed, 6, 2),
            Committee(Xiantao(4000), 3, 2).WithOfficeRooms(2),
        };

        // Every code the committees module defines for assessments (the others are the review's) is produced by one of these committees.
        var defined = typeof(CommitteeFindingCodes).GetProperties().Select(p => (FindingCode)p.GetValue(null)!).Except(CommitteeReviewTests.ReviewCodes);
        committees.SelectMany(c => evaluator.Assess(AsOf, c).Findings).Select(f => f.Code).Distinct()
            .Should().BeEquivalentTo(defined);
    }

    [Fact]
    public void Assess_NullCommittee_Throws()
    {
        FluentActions.Invoking(() => Evaluator.Assess(AsOf, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "committee");
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(AsOf, null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "committee");
    }

    [Fact]
    public void ExplainAssessment_GivesTheSameFindings_AndEveryCheck()
    {
        var committee = Committee(Xiantao(10000), 3, 2).WithMember(CommitteeMember.PartTime("外来", CommitteePost.Member, PartTimeSource.Other));

        var explained = Evaluator.ExplainAssessment(AsOf, committee);
        var plain = Assess(committee);

        explained.Value.Findings.Should().Equal(plain.Findings);
        var explanation = explained.Explanation;
        explanation.Inputs.Select(i => i.Name).Should().Equal("population", "composition");
        explanation.Inputs[1].English.Should().Be("6 members: 3 full-time, 3 part-time, 1 director(s)");
        explanation.Steps.Select(s => s.Kind).Should().StartWith([ExplanationStepKind.Resolution, ExplanationStepKind.Remark, ExplanationStepKind.Band, ExplanationStepKind.BoundaryReading]);
        explanation.Steps.Count(s => s.Kind == ExplanationStepKind.Condition).Should().Be(4 + 1 + 3);
        explanation.Steps.Should().Contain(s => s.English.StartsWith("Fails: [committees.part-time-source-not-allowed, COM-02]"));
        explanation.Steps.Should().Contain(s => s.Chinese.StartsWith("符合:居委会设主任一名"));
        explanation.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Resolution && s.English.StartsWith("COM-02 (part-time member sources) also applies. The version in force is defined by Xiantao (429004)"));
        explanation.Citations.Should().ContainSingle("COM-01 and COM-02 cite the same passage");
        explanation.Result.English.Should().Be("not compliant: 1 error finding(s) of 1");
        explanation.Result.Chinese.Should().Be("不符合规定:1项违规(共1项)");
    }

    [Fact]
    public void ExplainAssessment_Compliant_SaysSo()
    {
        var explanation = Evaluator.ExplainAssessment(AsOf, Committee(Xiantao(4000), 3, 2)).Explanation;

        explanation.Result.English.Should().Be("compliant (0 findings, none an error)");
        explanation.Result.Chinese.Should().Be("符合规定(共0项提示,无违规)");
        explanation.ToText(ExplanationLanguage.Chinese).Should().Contain("符合:成员:5人,在5人以内。");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Assess_AtMostOneOfficeRoom_IsFine(int rooms) =>
        Assess(Committee(Xiantao(4000), 3, 2).WithOfficeRooms(rooms)).Findings.Should().BeEmpty();

    [Fact]
    public void Assess_TwoOfficeRooms_IsAFindingOfCom05()
    {
        var committee = Committee(Xiantao(4000), 3, 2).WithOfficeRooms(2);

        var finding = Assess(committee).Findings.Should().ContainSingle().Which;

        finding.Code.Should().Be(CommitteeFindingCodes.TooManyOfficeRooms);
        finding.RuleId.Should().Be(RuleId.Com05);
        finding.Citations.Single().Section.Should().Contain("升级场所功能");
        finding.English.Should().Be("The committee keeps 2 rooms as dedicated offices; the policy allows at most 1, the other rooms to serve residents' activities.");
        finding.Chinese.Should().Be("居委会有专门办公室2间;规定只允许1间,其余场所应腾出作为居民活动室。");
        var explanation = Evaluator.ExplainAssessment(AsOf, committee).Explanation;
        explanation.Citations.Should().HaveCount(2);
        explanation.Steps.Should().Contain(s => s.English.StartsWith("COM-05 (committee office rooms) also applies."));
    }

    [Fact]
    public void OfficeRooms_AreKeptThroughChanges_AndValidated()
    {
        var committee = Committee(Xiantao(4000), 3, 2).WithOfficeRooms(1);

        committee.OfficeRooms.Should().Be(1);
        committee.WithMember(PartTimeMember("新人")).OfficeRooms.Should().Be(1);
        committee.WithoutMember("兼职0").OfficeRooms.Should().Be(1);
        committee.WithOfficeRooms(null).OfficeRooms.Should().BeNull();
        FluentActions.Invoking(() => committee.WithOfficeRooms(-1)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "officeRooms");
        FluentActions.Invoking(() => OfficeRoomPolicy.AtMost(0)).Should().Throw<PolicyDefinitionException>();
        OfficeRoomPolicy.AtMost(1).ToString().Should().Be("at most 1 office room(s)");
    }

    [Fact]
    public void Assess_OfficeRoomsWhereNoPolicyIsInForce_AreNotChecked()
    {
        var city = Jurisdiction.Below(KnownJurisdictions.Fujian.Code, JurisdictionCode.Of(350900), "某市", "An unnamed city", JurisdictionLevel.City);
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(city).Add(CommitteePolicies.UnnamedCityQuota(city.Code, EffectivePeriod.Always)).Build();
        var community = CommunityProfile.Create(city.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));

        new CommitteeEvaluator(catalog).Assess(AsOf, Committee(community, 5, 0).WithOfficeRooms(3)).Findings.Select(f => f.Code)
            .Should().Equal(CommitteeFindingCodes.SplitNotSpecified);
    }

    [Theory]
    [InlineData(8000, 3, 2, "committees.too-few-members", "The committee has 5 members, fewer than the quota of 6.", "居委会现有成员5人,少于职数6人。")]
    [InlineData(4000, 3, 3, "committees.too-many-members", "The committee has 6 members, more than the quota of 5.", "居委会现有成员6人,超过职数5人。")]
    [InlineData(4000, 2, 3, "committees.too-few-full-time", "The committee has 2 full-time members, fewer than the quota of 3.", "现有专职成员2人,少于专职职数3人。")]
    [InlineData(4000, 4, 1, "committees.too-many-full-time", "The committee has 4 full-time members, more than the quota of 3.", "现有专职成员4人,超过专职职数3人。")]
    [InlineData(4000, 4, 1, "committees.too-few-part-time", "The committee has 1 part-time members, fewer than the quota of 2.", "现有兼职成员1人,少于兼职职数2人。")]
    [InlineData(4000, 2, 3, "committees.too-many-part-time", "The committee has 3 part-time members, more than the quota of 2.", "现有兼职成员3人,超过兼职职数2人。")]
    [InlineData(12000, 3, 5, "committees.outside-overall-range", "The committee has 8 members, outside the policy's overall size of 5-7.", "居委会现有成员8人,不在政策规定的5-7人范围内。")]
    public void Findings_CountMessages_NameActualAndQuota(int residents, int fullTime, int partTime, string code, string english, string chinese)
    {
        var finding = Assess(Committee(Xiantao(residents), fullTime, partTime)).Findings.Single(f => f.Code.Value == code);

        finding.English.Should().Be(english);
        finding.Chinese.Should().Be(chinese);
    }

    [Fact]
    public void Findings_DirectorAndRangeMessages_AreExact()
    {
        Assess(ResidentsCommittee.Create(Xiantao(4000), [FullTimeMember("甲")])).Findings.Single(f => f.Code == CommitteeFindingCodes.NoDirector).Chinese
            .Should().Be("居委会没有主任;居委会应设主任一名。");
        Assess(ResidentsCommittee.Create(Xiantao(4000), [Director("甲"), Director("乙")])).Findings.Single(f => f.Code == CommitteeFindingCodes.MoreThanOneDirector).Chinese
            .Should().Be("有2名成员担任主任;居委会应设主任一名。");

        var city = Jurisdiction.Below(KnownJurisdictions.Fujian.Code, JurisdictionCode.Of(350900), "某市", "An unnamed city", JurisdictionLevel.City);
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(city).Add(CommitteePolicies.UnnamedCityQuota(city.Code, EffectivePeriod.Always)).Build();
        var community = CommunityProfile.Create(city.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));
        var findings = new CommitteeEvaluator(catalog).Assess(AsOf, Committee(community, 3, 2)).Findings;
        findings.Single(f => f.Code == CommitteeFindingCodes.SplitNotSpecified).English
            .Should().Be("The policy gives only the overall size (4-7), not how many members are full-time or part-time, so the split was not checked.");
        findings.Single(f => f.Code == CommitteeFindingCodes.SplitNotSpecified).Chinese.Should().Be("政策只规定总人数(4-7人),未规定专兼职人数,故未检查专兼职构成。");
        findings.Single(f => f.Code == CommitteeFindingCodes.SourcesNotChecked).English.Should().Be("No part-time source policy is in force here, so the part-time members' sources were not checked.");
        findings.Single(f => f.Code == CommitteeFindingCodes.SourcesNotChecked).Chinese.Should().Be("本地无兼职成员来源的有效规定,故未检查兼职成员来源。");
    }

    [Fact]
    public void Findings_SourceNames_AreChinese()
    {
        var committee = ResidentsCommittee.Create(Xiantao(4000),
        [
            Director("甲"), FullTimeMember("乙"), FullTimeMember("丙"),
            PartTimeMember("丁", PartTimeSource.Other), PartTimeMember("戊", PartTimeSource.Other),
        ]);
        var explanation = Evaluator.ExplainAssessment(AsOf, Committee(Xiantao(4000), 3, 2, PartTimeSource.MemberUnitRepresentative)).Explanation;

        Assess(committee).Findings.Select(f => f.Chinese).Should().AllSatisfy(text => text.Should().Contain("来源为其他"));
        explanation.Steps.Should().Contain(s => s.Chinese == "符合:兼职成员“兼职0”来源为社区成员单位代表,属允许的来源。");
        explanation.Steps.Should().Contain(s => s.English == "Holds: Part-time members: 2, within 2.");
        explanation.Steps.Should().Contain(s => s.Chinese == "符合:兼职成员:2人,在2人以内。");
        explanation.Steps.Should().Contain(s => s.Chinese == "符合:专职成员:3人,在3人以内。");
        explanation.Steps.Should().Contain(s => s.English == "Holds: Full-time members: 3, within 3.");
        explanation.Steps.Should().Contain(s => s.English == "Holds: Members against the overall size: 5, within 5-7.");
    }
}
