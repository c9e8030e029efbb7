using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Every form each codec writes reads back into the same policy: each sample below is written to a
/// document, read back, and must describe itself the same way and write the same JSON again.
/// </summary>
public sealed class PolicyDocumentFormTests
{
    private static readonly JurisdictionCode Place = KnownJurisdictions.Xiantao.Code;

    private static BandTable<long, Area> AreaBands() => BandTable.Define(
        BoundaryReading.FirstListedWins,
        Band.UpTo(Bound.Inclusive(1000L), Area.FromSquareMetres(100), "1000户以下"),
        Band.From(Bound.Inclusive(1000L), Area.FromSquareMetres(200)));

    private static readonly Dictionary<string, Func<PolicyVersion>> Samples = new()
    {
        ["meetings"] = () => V(CommitteeKinds.Meetings, MeetingPolicy.AtLeast(4)),
        ["office rooms"] = () => V(CommitteeKinds.OfficeRooms, OfficeRoomPolicy.AtMost(2)),
        ["size"] = () => V(CommitteeKinds.Size, CommitteeSizePolicy.Between(5, 9)),
        ["size, recommended most"] = () => V(CommitteeKinds.Size, CommitteeSizePolicy.Between(5, 9).WithSeverities(Domain.Assessments.FindingSeverity.Warning, Domain.Assessments.FindingSeverity.Warning)),
        ["quota, range only"] = () => V(CommitteeKinds.Quota, CommitteeQuotaPolicy.RangeOnly(CountRange.Between(5, 7))),
        ["quota, total-only bands"] = () => V(CommitteeKinds.Quota, CommitteeQuotaPolicy.ByPopulation(CountRange.Between(5, 9), BandTable.Define(BoundaryReading.Strict,
            Band.UpTo(Bound.Exclusive(Population.Of(3000)), CommitteeQuota.TotalOnly(CountRange.Between(5, 7))),
            Band.From(Bound.Inclusive(Population.Of(3000)), CommitteeQuota.Split(CountRange.Exactly(3), CountRange.Between(2, 6)))))),
        ["grids, about"] = () => V(Domain.Grids.GridKinds.Size, Domain.Grids.GridPolicy.About(300, 1)),
        ["grids, between"] = () => V(Domain.Grids.GridKinds.Size, Domain.Grids.GridPolicy.Between(200, 400, 1, 2)),
        ["grids, no most managers"] = () => V(Domain.Grids.GridKinds.Size, Domain.Grids.GridPolicy.Between(200, 400, 1)),
        ["scale, at least"] = () => V(Domain.Scale.ScaleKinds.Community, Domain.Scale.CommunityScalePolicy.AtLeast(CountUnit.Residents, 1000)),
        ["scale, between"] = () => V(Domain.Scale.ScaleKinds.Community, Domain.Scale.CommunityScalePolicy.Between(CountUnit.Households, 1000, 3000)),
        ["wage per year"] = () => V(Domain.Subsidies.ReferenceWageKinds.AverageSocialWage, Domain.Subsidies.ReferenceWage.PerYear(Money.FromYuan(36000))),
        ["wage per month"] = () => V(Domain.Subsidies.ReferenceWageKinds.MinimumWage, Domain.Subsidies.ReferenceWage.PerMonth(Money.FromYuan(900))),
        ["premises, fixed with everything"] = () => V(PremisesKinds.Standard, PremisesStandard.Define(Area.FromSquareMetres(100), 3, 1, Area.FromSquareMetres(500), [Facility.ServiceCentre])),
        ["premises, by band"] = () => V(PremisesKinds.Standard, PremisesStandard.Scaled(FloorAreaRule.ByBand(CountUnit.Households, AreaBands()))),
        ["premises, per units"] = () => V(PremisesKinds.NewCentreStandard, PremisesStandard.Scaled(FloorAreaRule.PerUnits(CountUnit.Residents, Area.FromSquareMetres(20), 100, Area.FromSquareMetres(300)), minimumHalls: 2)),
        ["reservation, both"] = () => V(PremisesKinds.DeveloperReservation, ReservationPolicy.ByBoth(BandTable.Define(BoundaryReading.Strict, Band.Everywhere<Area, Rate>(Rate.FromPercent(3))), Area.FromSquareMetres(20))),
        ["staffing, so many per so many units"] = () => V(Domain.Staffing.StaffingKinds.CommunityWorkers, Domain.Staffing.StaffingPolicy.Exactly(CountUnit.Residents, CountFormula.PerUnits(12, 10_000, RoundingMode.Up).AtLeast(3))),
        ["staffing, a recommended maximum"] = () => V(Domain.Staffing.StaffingKinds.CommunityWorkers, Domain.Staffing.StaffingPolicy.Between(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up), CountFormula.PerUnits(250, RoundingMode.Up)).WithSeverities(Domain.Assessments.FindingSeverity.Warning, Domain.Assessments.FindingSeverity.Warning)),
        ["funding per 100 households with a floor and a cap"] = () => V(Domain.Funding.FundingKinds.SelfGovernanceFunds, Domain.Funding.FundingPolicy.PerHundredHouseholds(Money.FromYuan(200)).WithFloor(Money.FromYuan(3000)).WithCap(Money.FromYuan(10_000))),
        ["staffing, at least"] = () => V(Domain.Staffing.StaffingKinds.SocialWorkers, Domain.Staffing.StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Down).AtLeast(1))),
        ["staffing, between"] = () => V(Domain.Staffing.StaffingKinds.GridStaff, Domain.Staffing.StaffingPolicy.Between(CountUnit.Residents, CountFormula.Smaller(CountFormula.Fixed(3), CountFormula.Stepped(1, 1000, 500, RoundingMode.HalfAwayFromZero)), CountFormula.Fixed(9).AtMost(12))),
        ["staffing, banded formula"] = () => V(Domain.Staffing.StaffingKinds.CommunityWorkers, Domain.Staffing.StaffingPolicy.Exactly(CountUnit.Households, CountFormula.Banded(BandTable.Define(BoundaryReading.Strict,
            Band.UpTo(Bound.Exclusive(1000L), CountFormula.Fixed(5)),
            Band.From(Bound.Inclusive(1000L), CountFormula.PerUnits(200, RoundingMode.Up)))))),
        ["subsidy, floors with conditions, rounding and a cost share"] = () => V(Domain.Subsidies.SubsidyKinds.Floor, Domain.Subsidies.SubsidyPolicy.Define(Domain.Subsidies.SubsidyNature.Floor, Rounding.To(1m, RoundingMode.Up),
            Domain.Subsidies.SubsidyLine.MultipleOf(Domain.Subsidies.PayRole.Director, Domain.Subsidies.ReferenceWageKinds.MinimumWage, Rate.FromPercent(150), "150%")
                .WithConditions(Domain.Subsidies.EligibilityCondition.YearsOfServiceAtLeast(3), Domain.Subsidies.EligibilityCondition.AppointedBefore(new NodaTime.LocalDate(2020, 1, 1)), Domain.Subsidies.EligibilityCondition.NotReceiving("pension")),
            Domain.Subsidies.SubsidyLine.Fixed(Domain.Subsidies.PayRole.FullTimeMember, Money.FromYuan(1200.5m)))
            .WithCostShare(CostShare.Ratio((Payer.Of("city", "市", "City"), 1), (Payer.Of("district", "区", "District"), 1)))),
        ["subsidy, amounts"] = () => V(Domain.Subsidies.SubsidyKinds.Pay, Domain.Subsidies.SubsidyPolicy.Amounts(Domain.Subsidies.SubsidyLine.MultipleOf(Domain.Subsidies.PayRole.CommunityWorker, Domain.Subsidies.ReferenceWageKinds.AverageSocialWage, Rate.Whole))),
        ["admission, everything"] = () => V(Domain.Admission.AdmissionKinds.WorkAdmission, Domain.Admission.AdmissionPolicy.CreateBuilder()
            .WithOwnDuties(Domain.Admission.CommunityDuty.CityManagement, Domain.Admission.CommunityDuty.PublicOrder)
            .Prohibit(Domain.Admission.WorkItemKind.EconomicTarget)
            .CarryOutEmergenciesDirectly()
            .RequireApplication(Domain.Admission.Authority.DistrictCommunityOffice)
            .RequireDocuments(Domain.Admission.SupportingDocuments.ImplementationPlan)
            .RequireApproval(Domain.Admission.Authority.Of("bureau", "民政局", "civil affairs bureau"))
            .Waive(Domain.Admission.AdmissionCondition.ApprovalBeforeStart)
            .RequireFundsTransferred()
            .RequireAuthorityTransferred()
            .RequireEntrustment(Domain.Admission.EntrustmentForm.Agreement, Domain.Admission.EntrustmentForm.ProjectManagement)
            .Cap(Domain.Admission.WorkItemKind.Assessment, 2)
            .CapTotal(10)
            .DecideWithin(5)
            .Build()),
        ["admission, unnamed requirements"] = () => V(Domain.Admission.AdmissionKinds.WorkAdmission, Domain.Admission.AdmissionPolicy.CreateBuilder()
            .RequireApplication().RequireApproval().RequireEntrustment().Build()),
        ["admission, nothing required"] = () => V(Domain.Admission.AdmissionKinds.WorkAdmission, Domain.Admission.AdmissionPolicy.CreateBuilder().WithOwnDuties(Domain.Admission.CommunityDuty.StatutoryDuties).Build()),
        ["admission list"] = () => V(Domain.Admission.AdmissionKinds.List, Domain.Admission.AdmissionList.Define("准入清单", "admission list",
            Domain.Admission.AdmissionListItem.Create("1", "协助征兵", "help with conscription", "assisting", Domain.Admission.ListStanding.Assisting),
            Domain.Admission.AdmissionListItem.Create("2", "招商引资", "attract investment", "excluded", Domain.Admission.ListStanding.Excluded))),
        ["workflow, branching with a closing step"] = () => V(Domain.Workflows.WorkflowKinds.Petitions, Domain.Workflows.WorkflowDefinition.Define("信访", "petitions",
                Domain.Workflows.WorkflowStep.Of("receive", "接访", "receive"),
                Domain.Workflows.WorkflowStep.Of("mediate", "调处", "mediate").AlsoCalledAs("调解"),
                Domain.Workflows.WorkflowStep.Of("refer", "转办", "refer"),
                Domain.Workflows.WorkflowStep.Of("close", "结案", "close"))
            .Allow("receive", "refer").Allow("receive", "mediate").Allow("mediate", "close").Allow("refer", "close")
            .Require("refer", Domain.Workflows.TransitionRequirements.Handler | Domain.Workflows.TransitionRequirements.Level)
            .ClosingAt("mediate")
            .KeepWithin(Domain.Workflows.HandlingLevel.Grid, Domain.Workflows.HandlingLevel.Street)
            .Build()),
        ["workflow, in sequence and back"] = () => V(Domain.Workflows.WorkflowKinds.GridEvents, Domain.Workflows.WorkflowDefinition.Define("事件", "events",
                Domain.Workflows.WorkflowStep.Of("a", "甲", "a"), Domain.Workflows.WorkflowStep.Of("b", "乙", "b"), Domain.Workflows.WorkflowStep.Of("c", "丙", "c"))
            .InSequence().Allow("c", "a").Require("c", Domain.Workflows.TransitionRequirements.Verdict).Build()),
        ["duties"] = () => V(Domain.Workflows.WorkflowKinds.Duties, Domain.Workflows.DutyPolicy.Of([Domain.Workflows.DutyOccasion.Of("fire", "火灾", "fire")], [])),
    };

    public static TheoryData<string> Forms() => [.. Samples.Keys];

    /// <summary>Writes one form as a document of its one version.</summary>
    /// <param name="form">The form's name.</param>
    /// <returns>The document's JSON.</returns>
    internal static string Json(string form) => PolicyDocument.Create([], [Samples[form]()]).ToJson();

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryForm_ReadsBackAsTheSamePolicy(string form)
    {
        var version = Samples[form]();
        var json = PolicyDocument.Create([], [version]).ToJson();

        var read = PolicyDocument.Parse(json).Versions.Should().ContainSingle().Which;

        read.Kind.Should().BeSameAs(version.Kind);
        Policy(read).Should().Be(Policy(version), json);
        PolicyDocument.Create([], [read]).ToJson().Should().Be(json);
        PolicyDocument.Parse(json).AddTo(BuiltInCatalog.CreateBuilder().RemoveVersions(version.Kind, Place)).TryBuild(out _, out var problems).Should().BeTrue(string.Join("; ", problems));
    }

    [Fact]
    public void TheShortestForm_IsWritten_WhereTheBuilderWouldGiveTheSame()
    {
        var grid = PolicyJson(PolicyDocument.Create([], [V(Domain.Workflows.WorkflowKinds.GridEvents, Domain.Workflows.WorkflowPolicies.XiantaoGridEvents)]).ToJson(indented: false));
        grid.Should().Contain("\"inSequence\":true").And.NotContain("\"transitions\"").And.NotContain("closingStep")
            .And.Contain("{\"code\":\"dispatch\",\"chinese\":\"调度派遣\",\"english\":\"dispatch\",\"requires\":[\"Level\"]}");

        var branching = PolicyJson(Json("workflow, branching with a closing step"));
        branching.Should().NotContain("inSequence").And.Contain("\"transitions\":[{\"from\":\"receive\",\"to\":\"refer\"}").And.Contain("\"closingStep\":\"mediate\"")
            .And.Contain("\"requires\":[\"Handler\",\"Level\"]");
        var backwards = PolicyJson(Json("workflow, in sequence and back"));
        backwards.Should().Contain("\"inSequence\":true,\"transitions\":[{\"from\":\"c\",\"to\":\"a\"}]");

        PolicyJson(PolicyDocument.Create([], [V(Domain.Subsidies.SubsidyKinds.Pay, Domain.Subsidies.SubsidyPolicies.XiantaoPay)]).ToJson(indented: false)).Should().NotContain("rounding");
        PolicyJson(PolicyDocument.Create([], [V(Domain.Subsidies.SubsidyKinds.Floor, Domain.Subsidies.SubsidyPolicies.FujianFloors)]).ToJson(indented: false)).Should().NotContain("rounding");
        PolicyJson(Json("subsidy, floors with conditions, rounding and a cost share")).Should().Contain("\"rounding\":{\"step\":1");
        PolicyJson(Json("admission, everything")).Should().Contain("\"documents\":[\"ImplementationPlan\"]").And.Contain("\"beforeStart\":false").And.Contain("\"caps\":[{\"kind\":\"Assessment\",\"perYear\":2},{\"perYear\":10}]");
        PolicyJson(Json("admission, unnamed requirements")).Should().Contain("\"requires\":{\"application\":{},\"approval\":{},\"entrustment\":{}}");
        PolicyJson(Json("admission, nothing required")).Should().Be("{\"ownDuties\":[\"StatutoryDuties\"]}");
    }

    // The policy member of a one-version document, without spaces.
    private static string PolicyJson(string document)
    {
        using var parsed = System.Text.Json.JsonDocument.Parse(document);
        return parsed.RootElement.GetProperty("policies")[0].GetProperty("policy").GetRawText().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private static PolicyVersion<TPolicy> V<TPolicy>(PolicyKind<TPolicy> kind, TPolicy policy)
        where TPolicy : class => PolicyVersion.Create(kind, Place, EffectivePeriod.Always, policy, RuleId.Of("TF-01"));

    private static string Policy(PolicyVersion version) => version.GetType().GetProperty("Policy")!.GetValue(version)!.ToString()!;
}
