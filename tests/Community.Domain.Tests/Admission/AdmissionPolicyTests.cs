using Community.Domain.Admission;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Tests.Admission;

public class AdmissionPolicyTests
{
    [Fact]
    public void Xinluo_HoldsTheProposal()
    {
        var policy = AdmissionPolicies.Xinluo;

        policy.OwnDuties.Should().Equal(CommunityDuty.StatutoryDuties);
        policy.ProhibitedKinds.Should().BeEmpty();
        policy.CarriesOutEmergenciesDirectly.Should().BeFalse();
        policy.ApplicationOffice.Should().Be(Authority.DistrictCommunityOffice);
        policy.ApprovingAuthority.Should().Be(Authority.DistrictPartyCommitteeAndGovernment);
        policy.EntrustmentForms.Should().BeEmpty();
        policy.Caps.Should().BeEmpty();
        policy.TotalCap.Should().BeNull();
        policy.Conditions.Should().Be(
            AdmissionCondition.WrittenApplication | AdmissionCondition.ApplicationToNamedOffice | AdmissionCondition.SuperiorDocument
            | AdmissionCondition.ImplementationPlan | AdmissionCondition.Approval | AdmissionCondition.ApprovalByNamedAuthority
            | AdmissionCondition.ApprovalBeforeStart | AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred);
        policy.ToString().Should().Be("own duties: StatutoryDuties; prohibited: none; emergencies carried out directly: no; conditions: WrittenApplication, ApplicationToNamedOffice, SuperiorDocument, ImplementationPlan, Approval, ApprovalByNamedAuthority, ApprovalBeforeStart, FundsTransferred, AuthorityTransferred");
    }

    [Fact]
    public void UnnamedCity_HoldsTheRule()
    {
        var policy = AdmissionPolicies.UnnamedCity;

        policy.ProhibitedKinds.Should().Equal(WorkItemKind.ResponsibilityLetter, WorkItemKind.EconomicTarget, WorkItemKind.RevenueQuota, WorkItemKind.IrregularCharge);
        policy.CarriesOutEmergenciesDirectly.Should().BeTrue();
        policy.ApplicationOffice.Should().BeNull();
        policy.ApprovingAuthority.Should().Be(Authority.CityCommunityBuildingOffice);
        policy.EntrustmentForms.Should().Equal(EntrustmentForm.Agreement, EntrustmentForm.ServicePurchase, EntrustmentForm.ProjectManagement);
        policy.IsProhibited(WorkItemKind.Plaque).Should().BeFalse();
        FluentActions.Invoking(() => policy.IsProhibited((WorkItemKind)(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => policy.IsProhibited((WorkItemKind)40)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => policy.IsOwnDuty((CommunityDuty)(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duty");
        FluentActions.Invoking(() => policy.IsOwnDuty((CommunityDuty)40)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duty");
        FluentActions.Invoking(() => policy.Accepts((EntrustmentForm)(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("form");
        FluentActions.Invoking(() => policy.Accepts((EntrustmentForm)40)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("form");
        FluentActions.Invoking(() => policy.CapOf((WorkItemKind)(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        FluentActions.Invoking(() => policy.CapOf((WorkItemKind)40)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
    }

    [Fact]
    public void Xiantao_HoldsItsSevenDuties()
    {
        AdmissionPolicies.Xiantao.OwnDuties.Should().HaveCount(7).And.NotContain(CommunityDuty.StatutoryDuties);
        AdmissionPolicies.Xiantao.ApprovingAuthority.Should().BeNull();
        AdmissionPolicies.Xiantao.Accepts(EntrustmentForm.ProjectManagement).Should().BeTrue("a policy naming no form accepts any");
    }

    [Fact]
    public void ToBuilder_RoundTrips()
    {
        foreach (var policy in new[] { AdmissionPolicies.Xinluo, AdmissionPolicies.Xiantao, AdmissionPolicies.UnnamedCity })
        {
            var copy = policy.ToBuilder().Build();

            copy.ToString().Should().Be(policy.ToString());
            copy.OwnDuties.Should().Equal(policy.OwnDuties);
            copy.ProhibitedKinds.Should().Equal(policy.ProhibitedKinds);
            copy.EntrustmentForms.Should().Equal(policy.EntrustmentForms);
            copy.ApplicationOffice.Should().Be(policy.ApplicationOffice);
            copy.ApprovingAuthority.Should().Be(policy.ApprovingAuthority);
            copy.CarriesOutEmergenciesDirectly.Should().Be(policy.CarriesOutEmergenciesDirectly);
        }

        var capped = AdmissionPolicies.Xinluo.ToBuilder().Cap(WorkItemKind.Plaque, 5).CapTotal(60).Build().ToBuilder().Build();
        capped.CapOf(WorkItemKind.Plaque).Should().Be(5);
        capped.TotalCap.Should().Be(60);
    }

    [Fact]
    public void Caps_AreListedKindsFirstThenTheTotal()
    {
        var policy = AdmissionPolicy.CreateBuilder().CapTotal(100).Cap(WorkItemKind.SpecialSurvey, 10).Cap(WorkItemKind.Plaque, 0).Build();

        policy.Caps.Select(cap => cap.ToString()).Should().Equal("Plaque: at most 0 a year", "SpecialSurvey: at most 10 a year", "all kinds: at most 100 a year");
        policy.CapOf(WorkItemKind.Plaque).Should().Be(0);
        policy.CapOf(WorkItemKind.Assessment).Should().BeNull();
        policy.ToBuilder().RemoveCaps().Build().Caps.Should().BeEmpty();
    }

    [Fact]
    public void Permit_LiftsAProhibition_AndWaive_DropsConditionsWithTheirDependents()
    {
        var policy = AdmissionPolicies.UnnamedCity.ToBuilder()
            .Permit(WorkItemKind.ResponsibilityLetter, WorkItemKind.Plaque)
            .Waive(AdmissionCondition.Approval | AdmissionCondition.Entrustment)
            .CarryOutEmergenciesDirectly(false)
            .Build();

        policy.ProhibitedKinds.Should().Equal(WorkItemKind.EconomicTarget, WorkItemKind.RevenueQuota, WorkItemKind.IrregularCharge);
        policy.Conditions.Should().Be(AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred);
        policy.ApprovingAuthority.Should().BeNull();
        policy.EntrustmentForms.Should().BeEmpty();
        policy.CarriesOutEmergenciesDirectly.Should().BeFalse();

        var noApplication = AdmissionPolicies.Xinluo.ToBuilder().Waive(AdmissionCondition.WrittenApplication).Build();
        noApplication.Conditions.Should().NotHaveFlag(AdmissionCondition.ApplicationToNamedOffice);
        noApplication.ApplicationOffice.Should().BeNull();
        noApplication.ApprovingAuthority.Should().Be(Authority.DistrictPartyCommitteeAndGovernment, "waiving the application leaves the approval");

        var keepsForms = AdmissionPolicies.UnnamedCity.ToBuilder().Waive(AdmissionCondition.FundsTransferred).Build();
        keepsForms.EntrustmentForms.Should().HaveCount(3);
        keepsForms.ApprovingAuthority.Should().Be(Authority.CityCommunityBuildingOffice);
    }

    [Fact]
    public void RequireWithoutANamedBody_DropsTheNamedCondition()
    {
        var policy = AdmissionPolicies.Xinluo.ToBuilder().RequireApplication().RequireApproval().RequireEntrustment(EntrustmentForm.Agreement).RequireEntrustment().Build();

        policy.Conditions.Should().NotHaveFlag(AdmissionCondition.ApplicationToNamedOffice)
            .And.NotHaveFlag(AdmissionCondition.ApprovalByNamedAuthority)
            .And.NotHaveFlag(AdmissionCondition.EntrustmentFormAccepted)
            .And.HaveFlag(AdmissionCondition.Entrustment)
            .And.HaveFlag(AdmissionCondition.ApprovalBeforeStart);
        policy.ApplicationOffice.Should().BeNull();
        policy.ApprovingAuthority.Should().BeNull();
        policy.Describe(AdmissionCondition.WrittenApplication, ExplanationLanguage.English).Should().Be("The department must apply in writing.");
        policy.Describe(AdmissionCondition.Entrustment, ExplanationLanguage.Chinese).Should().Be("须以明确方式委托社区承担。");
        policy.Describe(AdmissionCondition.Entrustment, ExplanationLanguage.English).Should().Be("The work must be entrusted to the community in a stated form.");
        AdmissionPolicy.CreateBuilder().RequireDocuments(SupportingDocuments.ImplementationPlan).Build().Conditions.Should().Be(AdmissionCondition.ImplementationPlan);
        AdmissionPolicy.CreateBuilder().RequireDocuments(SupportingDocuments.SuperiorDocument).Build().Conditions.Should().Be(AdmissionCondition.SuperiorDocument);
    }

    [Fact]
    public void BadDefinition_FailsWhenBuilt_ListingEveryProblem()
    {
        var build = () => AdmissionPolicy.CreateBuilder()
            .WithOwnDuties(CommunityDuty.PublicOrder, CommunityDuty.PublicOrder, (CommunityDuty)50)
            .Prohibit(WorkItemKind.OwnDuty, WorkItemKind.EconomicTarget, (WorkItemKind)77)
            .RequireDocuments((SupportingDocuments)8)
            .RequireEntrustment(EntrustmentForm.Agreement, (EntrustmentForm)9)
            .Cap(WorkItemKind.Plaque, -1)
            .Cap(WorkItemKind.Plaque, 3)
            .Cap(WorkItemKind.EconomicTarget, 2)
            .Cap(WorkItemKind.OwnDuty, 2)
            .Cap((WorkItemKind)66, 1)
            .CapTotal(-5)
            .Build();

        var problems = build.Should().Throw<PolicyDefinitionException>().Which.Problems;
        problems.Select(p => p.Message).Should().BeEquivalentTo(
            "PublicOrder is listed more than once in the own duties.",
            "50 in the own duties is not defined; expected one of CityManagement, PublicServices, CommunityBuilding, SafetySupervision, EmergencyManagement, SocialStability, PublicOrder, StatutoryDuties.",
            "77 in the prohibited kinds is not defined; expected one of Organisation, Plaque, Assessment, TrainingClass, SpecialSurvey, SubscriptionDrive, ResponsibilityLetter, InsuranceQuota, FeeCollection, EconomicTarget, RevenueQuota, IrregularCharge, ThemedCampaign, OtherOutsideDuties, OwnDuty.",
            "9 in the forms of entrustment is not defined; expected one of Agreement, ServicePurchase, ProjectManagement.",
            "Required documents include 8, which is not a document; expected SuperiorDocument and ImplementationPlan only.",
            "OwnDuty is prohibited; the community's own duties cannot be prohibited work.",
            "The cap on Plaque is -1; expected zero or more a year.",
            "Plaque is capped more than once.",
            "EconomicTarget is capped but is never admitted (it is prohibited), so the cap would count nothing.",
            "OwnDuty is capped but is never admitted (it needs no admission), so the cap would count nothing.",
            "A cap is on 66, which is not a kind of work.",
            "The cap on all kinds is -5; expected zero or more a year.");
        problems.Where(p => p.Kind == DefinitionProblemKind.Duplicate).Should().HaveCount(2);
    }

    [Fact]
    public void Lookups_BeyondTheDefinedValues_AreRefused_AndDefinedOnesAnswer()
    {
        var zeroes = AdmissionPolicy.CreateBuilder()
            .WithOwnDuties(CommunityDuty.CityManagement)
            .Prohibit(WorkItemKind.Organisation)
            .RequireEntrustment(EntrustmentForm.Agreement)
            .Cap(WorkItemKind.Plaque, 1)
            .Build();

        // 32 would wrap round to bit 0 in a shift; 15 is one past the last kind.
        FluentActions.Invoking(() => zeroes.IsOwnDuty((CommunityDuty)32)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => zeroes.IsProhibited((WorkItemKind)32)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => zeroes.Accepts((EntrustmentForm)32)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => zeroes.CapOf((WorkItemKind)15)).Should().Throw<ArgumentOutOfRangeException>();
        zeroes.CapOf(WorkItemKind.Plaque).Should().Be(1);
        zeroes.CapOf(WorkItemKind.OwnDuty).Should().BeNull();
        zeroes.IsOwnDuty(CommunityDuty.CityManagement).Should().BeTrue();
        zeroes.IsProhibited(WorkItemKind.Organisation).Should().BeTrue();
        zeroes.Accepts(EntrustmentForm.Agreement).Should().BeTrue();
        zeroes.Accepts(EntrustmentForm.ServicePurchase).Should().BeFalse();
    }

    [Fact]
    public void ToString_NamesEveryPart()
    {
        AdmissionPolicies.UnnamedCity.ToString().Should().Be(
            "own duties: StatutoryDuties; prohibited: ResponsibilityLetter, EconomicTarget, RevenueQuota, IrregularCharge; emergencies carried out directly: yes; conditions: Approval, ApprovalByNamedAuthority, ApprovalBeforeStart, FundsTransferred, AuthorityTransferred, Entrustment, EntrustmentFormAccepted");
        AdmissionPolicy.CreateBuilder().Build().ToString().Should().Be("own duties: none; prohibited: none; emergencies carried out directly: no; conditions: None");
    }

    [Fact]
    public void AConditionThePolicyDoesNotSet_IsNeverChecked()
    {
        var evaluator = new AdmissionEvaluator(AdmissionFixtures.Catalog.ToBuilder()
            .Override(PolicyVersion.Create(
                AdmissionKinds.WorkAdmission,
                AdmissionFixtures.City.Code,
                EffectivePeriod.Always,
                AdmissionPolicy.CreateBuilder().RequireApplication().RequireEntrustment().Build(),
                RuleId.Adm02,
                SourceDocuments.UnnamedCitySurvey))
            .Build());
        var request = AdmissionFixtures.Bare()
            .WithApplicationTo(Authority.Of("district-education-bureau", "区教育局", "the district education bureau"))
            .WithEntrustment(EntrustmentForm.ProjectManagement);

        var decision = evaluator.Decide(AdmissionFixtures.City.Code, AdmissionFixtures.Decided, request);

        decision.Outcome.Should().Be(AdmissionOutcome.Admitted, "any office and any form will do, and no approval, funds or authority are asked for");
        evaluator.Decide(AdmissionFixtures.City.Code, AdmissionFixtures.Decided, request.WithApplicationTo(null)).UnmetConditions.Conditions
            .Should().Be(AdmissionCondition.WrittenApplication);
    }

    [Fact]
    public void Waive_LeavesTheConditionsItDoesNotName()
    {
        var xinluo = AdmissionPolicies.Xinluo.ToBuilder().Waive(AdmissionCondition.FundsTransferred).Build();
        xinluo.Conditions.Should().HaveFlag(AdmissionCondition.ApplicationToNamedOffice).And.HaveFlag(AdmissionCondition.ApprovalByNamedAuthority).And.NotHaveFlag(AdmissionCondition.FundsTransferred);
        xinluo.ApplicationOffice.Should().Be(Authority.DistrictCommunityOffice);

        var named = AdmissionPolicies.UnnamedCity.ToBuilder()
            .Waive(AdmissionCondition.WrittenApplication | AdmissionCondition.ApplicationToNamedOffice | AdmissionCondition.Approval | AdmissionCondition.ApprovalByNamedAuthority | AdmissionCondition.Entrustment | AdmissionCondition.EntrustmentFormAccepted)
            .Build();
        named.Conditions.Should().Be(AdmissionCondition.FundsTransferred | AdmissionCondition.AuthorityTransferred, "naming a dependent condition with the one it depends on still waives it");

        var onlyDependents = AdmissionPolicies.UnnamedCity.ToBuilder().Waive(AdmissionCondition.ApprovalByNamedAuthority | AdmissionCondition.EntrustmentFormAccepted).Build();
        onlyDependents.Conditions.Should().HaveFlag(AdmissionCondition.Approval).And.HaveFlag(AdmissionCondition.Entrustment);
        onlyDependents.ApprovingAuthority.Should().BeNull();
        onlyDependents.EntrustmentForms.Should().BeEmpty();
    }

    [Fact]
    public void UnnamedCityAt_CitesTheSection()
    {
        var version = AdmissionPolicies.UnnamedCityAt(AdmissionFixtures.City.Code, EffectivePeriod.Always);

        version.RuleId.Should().Be(RuleId.Adm02);
        version.Citations.Should().ContainSingle().Which.Section.Should().Be("三、(二)规范运行机制,三是切实减轻社区组织负担");
        version.Policy.Should().BeSameAs(AdmissionPolicies.UnnamedCity);
    }
}
