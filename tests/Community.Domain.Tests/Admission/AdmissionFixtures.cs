using Community.Domain.Communities;
using Community.Domain.Admission;
using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Admission;

/// <summary>Requests and catalogs shared by the admission tests.</summary>
internal static class AdmissionFixtures
{
    public static readonly LocalDate Decided = new(2010, 3, 1);
    public static readonly LocalDate Start = new(2010, 3, 15);
    public static readonly LocalDate End = new(2010, 6, 30);
    public static readonly JurisdictionCode Xinluo = KnownJurisdictions.Xinluo.Code;
    public static readonly JurisdictionCode Xiantao = KnownJurisdictions.Xiantao.Code;
    public static readonly Jurisdiction Province = Jurisdiction.Province(JurisdictionCode.Of(990000), "测试省", "Test Province");
    public static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "某市", "Unnamed City", JurisdictionLevel.City);
    public static readonly Jurisdiction XinluoStreet = Jurisdiction.Below(KnownJurisdictions.Xinluo.Code, JurisdictionCode.Of(350802001), "东城街道", "Dongcheng Street", JurisdictionLevel.Street);

    public static readonly PolicyCatalog Catalog = BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province)
        .AddJurisdiction(City)
        .AddJurisdiction(XinluoStreet)
        .Add(AdmissionPolicies.UnnamedCityAt(City.Code, EffectivePeriod.Always))
        .Build();

    public static readonly AdmissionEvaluator Evaluator = new(Catalog);

    public static readonly Department CivilAffairs = Department.Of("区民政局", DepartmentLevel.County);

    public static readonly WorkItemKind[] KindsOutsideDuties = [.. Enum.GetValues<WorkItemKind>().Where(kind => kind != WorkItemKind.OwnDuty)];

    public static WorkRequest Bare(WorkItemKind kind = WorkItemKind.SpecialSurvey) =>
        WorkRequest.Create(CivilAffairs, kind, "老年人口专项调查", Start, End);

    /// <summary>A request that meets every condition of the Xinluo proposal (ADM-01).</summary>
    public static WorkRequest FullXinluo(WorkItemKind kind = WorkItemKind.SpecialSurvey) => Bare(kind)
        .WithApplicationTo(Authority.DistrictCommunityOffice)
        .WithDocuments(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan)
        .WithApproval(Authority.DistrictPartyCommitteeAndGovernment, new LocalDate(2010, 2, 20))
        .WithFunds(Money.FromYuan(5000m))
        .WithAuthorityTransferred();

    /// <summary>A request that meets every condition of the unnamed city's rule (ADM-02).</summary>
    public static WorkRequest FullUnnamedCity(WorkItemKind kind = WorkItemKind.SpecialSurvey) => Bare(kind)
        .WithApproval(Authority.CityCommunityBuildingOffice, new LocalDate(2010, 2, 20))
        .WithEntrustment(EntrustmentForm.ServicePurchase)
        .WithFunds(Money.FromYuan(5000m))
        .WithAuthorityTransferred();

    /// <summary>A request that meets every condition of Xiantao's rule (ADM-03).</summary>
    public static WorkRequest FullXiantao(WorkItemKind kind = WorkItemKind.SpecialSurvey) => Bare(kind)
        .WithApproval(Authority.Of("xiantao-community-building-group", "仙桃市社区建设领导小组", "Xiantao community-building leading group"), new LocalDate(2010, 2, 20))
        .WithFunds(Money.FromYuan(5000m))
        .WithAuthorityTransferred();

    /// <summary>The fixes that supply each facet of a request the way a policy needs it, by jurisdiction.</summary>
    public static Func<WorkRequest, WorkRequest>[] FixesFor(JurisdictionCode jurisdiction)
    {
        var approver = jurisdiction == City.Code ? Authority.CityCommunityBuildingOffice : Authority.DistrictPartyCommitteeAndGovernment;
        return
        [
            r => r.WithApplicationTo(Authority.DistrictCommunityOffice),
            r => r.WithDocuments(r.Documents | SupportingDocuments.SuperiorDocument),
            r => r.WithDocuments(r.Documents | SupportingDocuments.ImplementationPlan),
            r => r.WithApproval(approver, new LocalDate(2010, 2, 20)),
            r => r.WithFunds(Money.FromYuan(1000m)),
            r => r.WithAuthorityTransferred(),
            r => r.WithEntrustment(EntrustmentForm.Agreement),
        ];
    }

    /// <summary>Generates requests of any kind with any mix of application, documents, approval, funds, authority, entrustment and urgency.</summary>
    public static Gen<WorkRequest> Requests(Gen<WorkItemKind> kinds) =>
        Gen.Select(
            kinds,
            Gen.Int[0, 2],
            Gen.Int[0, 3],
            Gen.Int[0, 6],
            Gen.Int[0, 2],
            Gen.Bool,
            Gen.Int[0, 3],
            Gen.Int[0, 2])
        .Select((kind, application, documents, approval, funds, authority, entrustment, urgency) =>
        {
            var request = Bare(kind)
                .WithApplicationTo(application switch { 0 => null, 1 => Authority.DistrictCommunityOffice, _ => Authority.Of("district-education-bureau", "区教育局", "the district education bureau") })
                .WithDocuments((SupportingDocuments)documents)
                .WithApproval(approval switch
                {
                    0 => null,
                    1 => Approval.By(Authority.DistrictPartyCommitteeAndGovernment, new LocalDate(2010, 2, 20)),
                    2 => Approval.By(Authority.CityCommunityBuildingOffice, new LocalDate(2010, 2, 20)),
                    3 => Approval.By(Authority.Of("district-education-bureau", "区教育局", "the district education bureau"), new LocalDate(2010, 2, 20)),
                    4 => Approval.By(Authority.DistrictPartyCommitteeAndGovernment, Decided.PlusDays(1)),
                    5 => Approval.By(Authority.CityCommunityBuildingOffice, Start),
                    _ => Approval.By(Authority.CityCommunityBuildingOffice, Decided),
                })
                .WithFunds(Money.FromYuan(funds switch { 0 => 0m, 1 => 0.01m, _ => 20_000m }))
                .WithAuthorityTransferred(authority)
                .WithEntrustment(entrustment == 3 ? null : (EntrustmentForm)entrustment)
                .WithUrgency((WorkUrgency)urgency);
            return request;
        });

    public static readonly JurisdictionCode[] PolicyJurisdictions = [Xinluo, Xiantao, City.Code];

    /// <summary>A community of a jurisdiction, for registers.</summary>
    public static CommunityProfile Community(string name, JurisdictionCode jurisdiction) =>
        CommunityProfile.Create(jurisdiction, name, CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1600));
}
