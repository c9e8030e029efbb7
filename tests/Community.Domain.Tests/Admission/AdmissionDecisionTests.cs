using Community.Domain.Admission;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using CsCheck;
using NodaTime;
using static Community.Domain.Tests.Admission.AdmissionFixtures;

namespace Community.Domain.Tests.Admission;

public class AdmissionDecisionTests
{
    private const AdmissionCondition XinluoConditions =
        AdmissionCondition.WrittenApplication | AdmissionCondition.ApplicationToNamedOffice | AdmissionCondition.SuperiorDocument
        | AdmissionCondition.ImplementationPlan | AdmissionCondition.Approval | AdmissionCondition.ApprovalByNamedAuthority
        | AdmissionCondition.ApprovalBeforeStart | AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred;

    // Xinluo (ADM-01)

    [Fact]
    public void Xinluo_StatutoryDuty_NeedsNoAdmission()
    {
        var request = WorkRequest.ForDuty(CivilAffairs, CommunityDuty.StatutoryDuties, "调解民间纠纷", Start, End);

        var decision = Evaluator.Decide(Xinluo, Decided, request);

        decision.Outcome.Should().Be(AdmissionOutcome.NotNeeded);
        decision.UnmetConditions.IsEmpty.Should().BeTrue();
        decision.RuleId.Should().Be(RuleId.Adm01);
        decision.Citations.Should().ContainSingle().Which.Title.Should().Be(SourceDocuments.XinluoSurvey.Title);
    }

    [Fact]
    public void Xinluo_DutyXinluoDoesNotList_GoesThroughAdmission()
    {
        var request = WorkRequest.ForDuty(CivilAffairs, CommunityDuty.SafetySupervision, "安全检查", Start, End);

        var decision = Evaluator.Decide(Xinluo, Decided, request);

        decision.Outcome.Should().Be(AdmissionOutcome.Refusable);
    }

    [Theory]
    [MemberData(nameof(KindsOutsideDutiesData))]
    public void Xinluo_EveryConditionMet_Admits(WorkItemKind kind)
    {
        var decision = Evaluator.Decide(Xinluo, Decided, FullXinluo(kind));

        decision.Outcome.Should().Be(AdmissionOutcome.Admitted, "ADM-01 names no prohibited kind");
        decision.IsAdmitted.Should().BeTrue();
        decision.MayRefuse.Should().BeFalse();
        decision.Version.Policy.Should().BeSameAs(AdmissionPolicies.Xinluo);
    }

    [Fact]
    public void Xinluo_NothingMet_ListsEveryIndependentCondition()
    {
        var decision = Evaluator.Decide(Xinluo, Decided, Bare());

        decision.Outcome.Should().Be(AdmissionOutcome.Refusable);
        decision.MayRefuse.Should().BeTrue();
        decision.UnmetConditions.Conditions.Should().Be(
            AdmissionCondition.WrittenApplication | AdmissionCondition.SuperiorDocument | AdmissionCondition.ImplementationPlan
            | AdmissionCondition.Approval | AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred,
            "the office, authority and date of an application or approval that does not exist are not checked");
        decision.UnmetConditions.Count.Should().Be(6);
        decision.UnmetConditions.Select(unmet => unmet.Condition).Should().Equal(
            AdmissionCondition.WrittenApplication, AdmissionCondition.SuperiorDocument, AdmissionCondition.ImplementationPlan,
            AdmissionCondition.Approval, AdmissionCondition.FundsTransferred, AdmissionCondition.AuthorityTransferred);
    }

    public static TheoryData<string, AdmissionCondition> XinluoBreaks => new()
    {
        { "no application", AdmissionCondition.WrittenApplication },
        { "application to another body", AdmissionCondition.ApplicationToNamedOffice },
        { "no superior document", AdmissionCondition.SuperiorDocument },
        { "no implementation plan", AdmissionCondition.ImplementationPlan },
        { "no approval", AdmissionCondition.Approval },
        { "approval after the decision day", AdmissionCondition.Approval },
        { "approval by another body", AdmissionCondition.ApprovalByNamedAuthority },
        { "approval after the start", AdmissionCondition.ApprovalBeforeStart },
        { "no funds", AdmissionCondition.FundsTransferred },
        { "no authority", AdmissionCondition.AuthorityTransferred },
    };

    [Theory]
    [MemberData(nameof(XinluoBreaks))]
    public void Xinluo_OneConditionUnmet_IsRefusableNamingIt(string change, AdmissionCondition expected)
    {
        var full = FullXinluo();
        var request = change switch
        {
            "no application" => full.WithApplicationTo(null),
            "application to another body" => full.WithApplicationTo(Authority.Of("district-education-bureau", "区教育局", "the district education bureau")),
            "no superior document" => full.WithDocuments(SupportingDocuments.ImplementationPlan),
            "no implementation plan" => full.WithDocuments(SupportingDocuments.SuperiorDocument),
            "no approval" => full.WithApproval(null),
            "approval after the decision day" => full.WithApproval(Authority.DistrictPartyCommitteeAndGovernment, Decided.PlusDays(1)),
            "approval by another body" => full.WithApproval(Authority.CityCommunityBuildingOffice, Decided),
            "approval after the start" => full.WithApproval(Authority.DistrictPartyCommitteeAndGovernment, Start.PlusDays(1)),
            "no funds" => full.WithFunds(Money.Zero),
            _ => full.WithAuthorityTransferred(false),
        };
        var asOf = change == "approval after the start" ? End : Decided;

        var decision = Evaluator.Decide(Xinluo, asOf, request);

        decision.Outcome.Should().Be(AdmissionOutcome.Refusable);
        decision.UnmetConditions.Conditions.Should().Be(expected);
        var unmet = decision.UnmetConditions.Should().ContainSingle().Subject;
        unmet.Condition.Should().Be(expected);
        unmet.RuleId.Should().Be(RuleId.Adm01);
        unmet.Citations.Should().Equal(decision.Citations);
        unmet.English.Should().Be(AdmissionPolicies.Xinluo.Describe(expected, ExplanationLanguage.English)).And.EndWith(".");
        unmet.Chinese.Should().Be(AdmissionPolicies.Xinluo.Describe(expected, ExplanationLanguage.Chinese)).And.EndWith("。");
        unmet.In(ExplanationLanguage.Chinese).Should().Be(unmet.Chinese);
        unmet.In(ExplanationLanguage.English).Should().Be(unmet.English);
    }

    [Fact]
    public void Xinluo_ApprovalOnTheDayTheWorkBegins_Counts()
    {
        var request = FullXinluo().WithApproval(Authority.DistrictPartyCommitteeAndGovernment, Start);

        Evaluator.Decide(Xinluo, Start, request).Outcome.Should().Be(AdmissionOutcome.Admitted);
        Evaluator.Decide(Xinluo, Start.PlusDays(-1), request).UnmetConditions.Conditions.Should().Be(AdmissionCondition.Approval, "on the day before, the approval was not yet given");
    }

    [Fact]
    public void Xinluo_TheLeastFundsCount()
    {
        Evaluator.Decide(Xinluo, Decided, FullXinluo().WithFunds(Money.FromYuan(0.01m))).Outcome.Should().Be(AdmissionOutcome.Admitted);
        Evaluator.Decide(Xinluo, Decided, FullXinluo().WithFunds(Money.Zero)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.FundsTransferred);
    }

    [Fact]
    public void Xinluo_EmergencyHasNoException_GoesThroughTheConditions()
    {
        var emergency = Bare().WithUrgency(WorkUrgency.Emergency);

        Evaluator.Decide(Xinluo, Decided, emergency).Outcome.Should().Be(AdmissionOutcome.Refusable);
        Evaluator.Decide(Xinluo, Decided, FullXinluo().WithUrgency(WorkUrgency.TemporaryImportant)).Outcome.Should().Be(AdmissionOutcome.Admitted);
    }

    [Fact]
    public void Xinluo_IsAProposal_WithNoDateOfItsOwn_AndSaysSo()
    {
        var request = FullXinluo();

        var decision = Evaluator.Decide(Xinluo, new LocalDate(2008, 12, 31), request.WithApproval(Authority.DistrictPartyCommitteeAndGovernment, new LocalDate(2008, 12, 31)));

        decision.RuleId.Should().Be(RuleId.Adm01);
        decision.Version.Status.Should().Be(PolicyStatus.Proposed);
        decision.Version.Period.Should().Be(EffectivePeriod.Always, "the source gives no date from which anyone adopted it");
        decision.Version.ToString().Should().EndWith("(ADM-01, proposed)");
        var explanation = Evaluator.ExplainDecision(Xinluo, Decided, request).Explanation;
        explanation.Steps[1].Should().Match<ExplanationStep>(s => s.Kind == ExplanationStepKind.Remark && s.English == "ADM-01 is a proposal, not a rule in force: this answer says what the proposal would give.");
        Evaluator.Decide(KnownJurisdictions.Xiantao.Code, Decided, request).Version.Status.Should().Be(PolicyStatus.InForce);
    }

    [Fact]
    public void Xinluo_StreetBelowXinluo_InheritsTheProposal()
    {
        var decision = Evaluator.Decide(XinluoStreet.Code, Decided, FullXinluo());

        decision.Outcome.Should().Be(AdmissionOutcome.Admitted);
        decision.Jurisdiction.Should().Be(XinluoStreet.Code);
        decision.Version.Jurisdiction.Should().Be(Xinluo);
    }

    [Fact]
    public void Jurisdiction_WithoutAnAdmissionPolicy_IsNotInForce()
    {
        var shashi = Community.Domain.Jurisdictions.KnownJurisdictions.Shashi.Code;

        var decide = () => Evaluator.Decide(shashi, Decided, FullXinluo());

        decide.Should().Throw<PolicyNotInForceException>();
        Evaluator.TryDecide(shashi, Decided, FullXinluo(), out _).Should().BeFalse();
    }

    // Xiantao (ADM-03)

    [Theory]
    [InlineData(CommunityDuty.CityManagement)]
    [InlineData(CommunityDuty.PublicServices)]
    [InlineData(CommunityDuty.CommunityBuilding)]
    [InlineData(CommunityDuty.SafetySupervision)]
    [InlineData(CommunityDuty.EmergencyManagement)]
    [InlineData(CommunityDuty.SocialStability)]
    [InlineData(CommunityDuty.PublicOrder)]
    public void Xiantao_EachOwnDuty_NeedsNoAdmission(CommunityDuty duty)
    {
        var decision = Evaluator.Decide(Xiantao, Decided, WorkRequest.ForDuty(CivilAffairs, duty, "日常工作", Start, End));

        decision.Outcome.Should().Be(AdmissionOutcome.NotNeeded);
        decision.RuleId.Should().Be(RuleId.Adm03);
    }

    [Fact]
    public void Xiantao_StatutoryDutiesAreNotAmongItsList_SoNeedAdmission()
    {
        Evaluator.Decide(Xiantao, Decided, WorkRequest.ForDuty(CivilAffairs, CommunityDuty.StatutoryDuties, "x", Start, End))
            .Outcome.Should().Be(AdmissionOutcome.Refusable);
    }

    [Fact]
    public void Xiantao_AnyApprovalWithFundsAndAuthority_Admits()
    {
        var decision = Evaluator.Decide(Xiantao, Decided, FullXiantao(WorkItemKind.Plaque));

        decision.Outcome.Should().Be(AdmissionOutcome.Admitted);
        decision.RuleId.Should().Be(RuleId.Adm03);
        Evaluator.Decide(Xiantao, Decided, FullXiantao().WithUrgency(WorkUrgency.Emergency)).Outcome.Should().Be(AdmissionOutcome.Admitted, "ADM-03 has no emergency exception");
    }

    [Fact]
    public void Xiantao_EachConditionAloneAndAllTogether()
    {
        var full = FullXiantao();
        Evaluator.Decide(Xiantao, Decided, full.WithApproval(null)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.Approval);
        Evaluator.Decide(Xiantao, End, full.WithApproval(Authority.DistrictCommunityOffice, Start.PlusDays(1))).UnmetConditions.Conditions.Should().Be(AdmissionCondition.ApprovalBeforeStart);
        Evaluator.Decide(Xiantao, Decided, full.WithFunds(Money.Zero)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.FundsTransferred);
        Evaluator.Decide(Xiantao, Decided, full.WithAuthorityTransferred(false)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.AuthorityTransferred);
        Evaluator.Decide(Xiantao, Decided, Bare()).UnmetConditions.Conditions.Should().Be(
            AdmissionCondition.Approval | AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred);
    }

    // The unnamed city (ADM-02)

    [Theory]
    [InlineData(WorkItemKind.EconomicTarget)]
    [InlineData(WorkItemKind.RevenueQuota)]
    [InlineData(WorkItemKind.IrregularCharge)]
    [InlineData(WorkItemKind.ResponsibilityLetter)]
    public void UnnamedCity_ProhibitedKindWithFullApprovalAndFunds_IsStillRejected(WorkItemKind kind)
    {
        var request = FullUnnamedCity(kind).WithApplicationTo(Authority.DistrictCommunityOffice)
            .WithDocuments(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan);

        var decision = Evaluator.Decide(City.Code, Decided, request);

        decision.Outcome.Should().Be(AdmissionOutcome.Rejected);
        decision.UnmetConditions.IsEmpty.Should().BeTrue("no condition can admit it, so none is listed as missing");
        decision.MayRefuse.Should().BeTrue();
        decision.RuleId.Should().Be(RuleId.Adm02);
        Evaluator.Decide(City.Code, Decided, request.WithUrgency(WorkUrgency.Emergency)).Outcome.Should().Be(AdmissionOutcome.Rejected, "an emergency does not lift a prohibition");
    }

    [Theory]
    [InlineData(WorkUrgency.Emergency)]
    [InlineData(WorkUrgency.TemporaryImportant)]
    public void UnnamedCity_EmergencyWithoutApproval_IsCarriedOutDirectly(WorkUrgency urgency)
    {
        var decision = Evaluator.Decide(City.Code, Decided, Bare(WorkItemKind.OtherOutsideDuties).WithUrgency(urgency));

        decision.Outcome.Should().Be(AdmissionOutcome.CarriedOutDirectly);
        decision.IsAdmitted.Should().BeFalse();
        decision.MayRefuse.Should().BeFalse();
        decision.UnmetConditions.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void UnnamedCity_OwnDutyInAnEmergency_StillNeedsNoAdmission()
    {
        var request = WorkRequest.ForDuty(CivilAffairs, CommunityDuty.StatutoryDuties, "x", Start, End).WithUrgency(WorkUrgency.Emergency);

        Evaluator.Decide(City.Code, Decided, request).Outcome.Should().Be(AdmissionOutcome.NotNeeded, "own duties are settled before the emergency exception");
    }

    [Fact]
    public void UnnamedCity_EveryConditionMet_Admits_AndEachAloneIsNamed()
    {
        var full = FullUnnamedCity(WorkItemKind.Plaque);
        Evaluator.Decide(City.Code, Decided, full).Outcome.Should().Be(AdmissionOutcome.Admitted, "plaques are admitted by approval; only 'at will' is forbidden");

        Evaluator.Decide(City.Code, Decided, full.WithApproval(null)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.Approval);
        Evaluator.Decide(City.Code, Decided, full.WithApproval(Authority.DistrictPartyCommitteeAndGovernment, Decided)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.ApprovalByNamedAuthority);
        Evaluator.Decide(City.Code, End, full.WithApproval(Authority.CityCommunityBuildingOffice, Start.PlusDays(1))).UnmetConditions.Conditions.Should().Be(AdmissionCondition.ApprovalBeforeStart);
        Evaluator.Decide(City.Code, Decided, full.WithEntrustment(null)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.Entrustment);
        Evaluator.Decide(City.Code, Decided, full.WithFunds(Money.Zero)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.FundsTransferred);
        Evaluator.Decide(City.Code, Decided, full.WithAuthorityTransferred(false)).UnmetConditions.Conditions.Should().Be(AdmissionCondition.AuthorityTransferred);
        Evaluator.Decide(City.Code, Decided, Bare()).UnmetConditions.Conditions.Should().Be(
            AdmissionCondition.Approval | AdmissionCondition.Entrustment | AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred);
        Evaluator.Decide(City.Code, End, Bare().WithApproval(Authority.DistrictCommunityOffice, Start.PlusDays(5))).UnmetConditions.Conditions.Should().Be(
            AdmissionCondition.ApprovalByNamedAuthority | AdmissionCondition.ApprovalBeforeStart | AdmissionCondition.Entrustment
            | AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred);
    }

    [Theory]
    [InlineData(EntrustmentForm.Agreement)]
    [InlineData(EntrustmentForm.ServicePurchase)]
    [InlineData(EntrustmentForm.ProjectManagement)]
    public void UnnamedCity_AcceptsEachFormOfEntrustment(EntrustmentForm form)
    {
        Evaluator.Decide(City.Code, Decided, FullUnnamedCity().WithEntrustment(form)).Outcome.Should().Be(AdmissionOutcome.Admitted);
        AdmissionPolicies.UnnamedCity.Accepts(form).Should().BeTrue();
    }

    [Fact]
    public void Policy_AcceptingOnlyAgreements_NamesAnotherFormAsUnmet()
    {
        var policy = AdmissionPolicies.UnnamedCity.ToBuilder().RequireEntrustment(EntrustmentForm.Agreement).Build();
        var catalog = Catalog.ToBuilder()
            .Override(PolicyVersion.Create(AdmissionKinds.WorkAdmission, City.Code, EffectivePeriod.Always, policy, RuleId.Adm02, SourceDocuments.UnnamedCitySurvey))
            .Build();

        var decision = new AdmissionEvaluator(catalog).Decide(City.Code, Decided, FullUnnamedCity().WithEntrustment(EntrustmentForm.ProjectManagement));

        decision.UnmetConditions.Conditions.Should().Be(AdmissionCondition.EntrustmentFormAccepted);
        decision.UnmetConditions[0].English.Should().Contain("an agreement").And.NotContain("project");
        new AdmissionEvaluator(catalog).Decide(City.Code, Decided, FullUnnamedCity().WithEntrustment(EntrustmentForm.Agreement)).IsAdmitted.Should().BeTrue();
    }

    // Determinism and the unmet list

    [Fact]
    public void SameInputs_SameDecision()
    {
        var first = Evaluator.Decide(Xinluo, Decided, Bare());
        var second = Evaluator.Decide(Xinluo, Decided, Bare());

        first.Should().Be(second);
        (first == second).Should().BeTrue();
        (first != second).Should().BeFalse();
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.Equals((object)second).Should().BeTrue();
        first.Should().NotBe(Evaluator.Decide(Xinluo, Decided.PlusDays(1), Bare()));
        first.Should().NotBe(Evaluator.Decide(Xinluo, Decided, Bare().WithFunds(Money.FromYuan(1m))));
        first.Should().NotBe(Evaluator.Decide(XinluoStreet.Code, Decided, Bare()));
        first.ToString().Should().Be("Refusable (ADM-01): WrittenApplication, SuperiorDocument, ImplementationPlan, Approval, FundsTransferred, AuthorityTransferred");
        Evaluator.Decide(Xinluo, Decided, FullXinluo()).ToString().Should().Be("Admitted (ADM-01)");
    }

    [Fact]
    public void UnmetConditions_IndexEnumerateAndCompare()
    {
        var unmet = Evaluator.Decide(Xinluo, Decided, Bare()).UnmetConditions;

        unmet[0].Condition.Should().Be(AdmissionCondition.WrittenApplication);
        unmet[5].Condition.Should().Be(AdmissionCondition.AuthorityTransferred);
        var beyond = () => unmet[6];
        beyond.Should().Throw<ArgumentOutOfRangeException>().WithMessage("index is 6; it must be from 0 to 5.*");
        var negative = () => unmet[-1];
        negative.Should().Throw<ArgumentOutOfRangeException>();
        unmet.Contains(AdmissionCondition.Approval).Should().BeTrue();
        unmet.Contains(AdmissionCondition.Approval | AdmissionCondition.FundsTransferred).Should().BeTrue();
        unmet.Contains(AdmissionCondition.Approval | AdmissionCondition.ApprovalByNamedAuthority).Should().BeFalse();
        unmet.Contains(AdmissionCondition.None).Should().BeFalse();
        unmet.ToString().Should().Be("WrittenApplication, SuperiorDocument, ImplementationPlan, Approval, FundsTransferred, AuthorityTransferred");
        Evaluator.Decide(Xinluo, Decided, FullXinluo()).UnmetConditions.ToString().Should().Be("none");
        (unmet == Evaluator.Decide(Xinluo, Decided, Bare()).UnmetConditions).Should().BeTrue();
        (unmet != Evaluator.Decide(Xiantao, Decided, Bare()).UnmetConditions).Should().BeTrue();
        (unmet != Evaluator.Decide(Xinluo, Decided, Bare().WithFunds(Money.FromYuan(1m))).UnmetConditions).Should().BeTrue("the same version, fewer conditions");
        (unmet != Evaluator.Decide(XinluoStreet.Code, Decided, Bare()).UnmetConditions).Should().BeFalse("the street inherits the same version");
        unmet.Equals((object)unmet).Should().BeTrue();
        unmet.GetHashCode().Should().Be(Evaluator.Decide(Xinluo, Decided, Bare()).UnmetConditions.GetHashCode());
        ((IEnumerable<UnmetCondition>)unmet).Should().HaveCount(6);
        ((System.Collections.IEnumerable)unmet).Cast<object>().Should().HaveCount(6);
        unmet[3].ToString().Should().Be("Approval (ADM-01): The work must be approved by the district party committee and government (区委、区政府).");
        (unmet[3] == unmet[3]).Should().BeTrue();
        (unmet[3] != unmet[4]).Should().BeTrue();
        unmet[3].Equals((object)unmet[3]).Should().BeTrue();
        unmet[3].GetHashCode().Should().Be(unmet[3].GetHashCode());
        default(UnmetCondition).ToString().Should().BeEmpty();

        var enumerator = unmet.GetEnumerator();
        enumerator.MoveNext().Should().BeTrue();
        enumerator.MoveNext().Should().BeTrue();
        enumerator.Current.Condition.Should().Be(AdmissionCondition.SuperiorDocument);
        ((System.Collections.IEnumerator)enumerator).Current.Should().Be(enumerator.Current);
        enumerator.Reset();
        enumerator.MoveNext().Should().BeTrue();
        enumerator.Current.Condition.Should().Be(AdmissionCondition.WrittenApplication);
        enumerator.Dispose();
    }

    [Fact]
    public void EveryUnmetCondition_HasItsOwnMessageInBothLanguages()
    {
        var policies = new[] { AdmissionPolicies.Xinluo, AdmissionPolicies.Xiantao, AdmissionPolicies.UnnamedCity, AdmissionPolicies.UnnamedCity.ToBuilder().RequireApplication().Build() };
        foreach (var policy in policies)
        {
            var conditions = Enum.GetValues<AdmissionCondition>().Where(c => c != AdmissionCondition.None && (policy.Conditions & c) != 0).ToArray();
            conditions.Select(c => policy.Describe(c, ExplanationLanguage.English)).Should().OnlyHaveUniqueItems().And.AllSatisfy(text => text.Should().EndWith("."));
            conditions.Select(c => policy.Describe(c, ExplanationLanguage.Chinese)).Should().OnlyHaveUniqueItems().And.AllSatisfy(text => text.Should().EndWith("。"));
        }

        AdmissionPolicies.Xinluo.Describe(AdmissionCondition.WrittenApplication, ExplanationLanguage.Chinese).Should().Be("部门须向区社区办提出书面申请。");
        AdmissionPolicies.Xiantao.Describe(AdmissionCondition.Approval, ExplanationLanguage.English).Should().Be("The work must be approved under the admission system.");
        AdmissionPolicies.UnnamedCity.Describe(AdmissionCondition.Entrustment, ExplanationLanguage.English).Should().Be("The work must be entrusted to the community by an agreement, purchase of services or project management.");
        AdmissionPolicies.UnnamedCity.Describe(AdmissionCondition.Entrustment, ExplanationLanguage.Chinese).Should().Be("须通过签订协议、购买服务或项目管理等方式委托社区承担。");
        var notSet = () => AdmissionPolicies.Xiantao.Describe(AdmissionCondition.Entrustment, ExplanationLanguage.English);
        notSet.Should().Throw<ArgumentOutOfRangeException>().WithMessage("condition is Entrustment; it must be a single condition this policy sets: Approval, ApprovalBeforeStart, FundsTransferred, AuthorityTransferred.*");
        var two = () => AdmissionPolicies.Xiantao.Describe(AdmissionCondition.Approval | AdmissionCondition.FundsTransferred, ExplanationLanguage.English);
        two.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Decide_NullRequest_Throws()
    {
        var decide = () => Evaluator.Decide(Xinluo, Decided, null!);
        var tryDecide = () => Evaluator.TryDecide(Xinluo, Decided, null!, out _);
        var explain = () => Evaluator.ExplainDecision(Xinluo, Decided, null!);

        decide.Should().Throw<ArgumentNullException>().WithParameterName("request");
        tryDecide.Should().Throw<ArgumentNullException>().WithParameterName("request");
        explain.Should().Throw<ArgumentNullException>().WithParameterName("request");
        var noCatalog = () => new AdmissionEvaluator(null!);
        noCatalog.Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    // Properties

    [Fact]
    public void Property_AddingAMissingConditionNeverTurnsAdmittedIntoRefusable()
    {
        Gen.Select(Requests(Gen.Int[0, 13].Select(i => (WorkItemKind)i)), Gen.Int[0, 2], Gen.Int[0, 6]).Sample((request, p, f) =>
        {
            var jurisdiction = PolicyJurisdictions[p];
            var before = Evaluator.Decide(jurisdiction, Decided, request);
            var after = Evaluator.Decide(jurisdiction, Decided, FixesFor(jurisdiction)[f](request));
            return (after.UnmetConditions.Conditions & ~before.UnmetConditions.Conditions) == AdmissionCondition.None
                && (!before.IsAdmitted || after.IsAdmitted)
                && (before.Outcome != AdmissionOutcome.Refusable || after.Outcome is AdmissionOutcome.Refusable or AdmissionOutcome.Admitted);
        });
    }

    [Fact]
    public void Property_SupplyingEveryMissingFacet_Admits()
    {
        Gen.Select(Requests(Gen.Int[0, 13].Select(i => (WorkItemKind)i)), Gen.Int[0, 2]).Sample((request, p) =>
        {
            var jurisdiction = PolicyJurisdictions[p];
            var fixedUp = FixesFor(jurisdiction).Aggregate(request.WithUrgency(WorkUrgency.Ordinary), (r, fix) => fix(r));
            var outcome = Evaluator.Decide(jurisdiction, Decided, fixedUp).Outcome;
            return outcome == (jurisdiction == City.Code && AdmissionPolicies.UnnamedCity.IsProhibited(request.Kind) ? AdmissionOutcome.Rejected : AdmissionOutcome.Admitted);
        });
    }

    [Fact]
    public void Property_AProhibitedKindIsRejectedWhateverElseHolds()
    {
        var prohibited = AdmissionPolicies.UnnamedCity.ProhibitedKinds;
        Gen.Select(Requests(Gen.Int[0, prohibited.Length - 1].Select(i => prohibited[i])), Gen.Int[0, 100]).Sample((request, days) =>
            Evaluator.Decide(City.Code, Decided.PlusDays(days), request).Outcome == AdmissionOutcome.Rejected);
    }

    public static TheoryData<WorkItemKind> KindsOutsideDutiesData() => [.. KindsOutsideDuties];
}
