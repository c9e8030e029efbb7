using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Json;

/// <summary>
/// The source-generated System.Text.Json metadata of every public result type, for AOT and trimmed
/// callers; <see cref="CommunityDomainJson.Options"/> resolves types through it.
/// </summary>
/// <remarks>
/// To read results that name policy versions, use the context with options bound to their catalog:
/// <c>new CommunityDomainJsonContext(CommunityDomainJson.Options(catalog))</c>.
/// </remarks>
[JsonSerializable(typeof(Policies.PolicyVersion))]
[JsonSerializable(typeof(Admission.AdmissionDecision))]
[JsonSerializable(typeof(Admission.BurdenReport))]
[JsonSerializable(typeof(Admission.DecisionTimeliness))]
[JsonSerializable(typeof(Admission.WorkloadSummary))]
[JsonSerializable(typeof(Admission.WorkRequest))]
[JsonSerializable(typeof(Assessments.Finding))]
[JsonSerializable(typeof(Budgets.Budget))]
[JsonSerializable(typeof(Budgets.BudgetComparison))]
[JsonSerializable(typeof(Budgets.BudgetTotals))]
[JsonSerializable(typeof(Budgets.CommunityBudget))]
[JsonSerializable(typeof(Committees.CandidateRecommendation))]
[JsonSerializable(typeof(Committees.CommitteeAssessment))]
[JsonSerializable(typeof(Committees.CommitteeReview))]
[JsonSerializable(typeof(Committees.QuotaResult))]
[JsonSerializable(typeof(Communities.CommunityProfile))]
[JsonSerializable(typeof(Explanations.Explanation))]
[JsonSerializable(typeof(Funding.FundingAmount))]
[JsonSerializable(typeof(Grids.GridAssessment))]
[JsonSerializable(typeof(Grids.GridCoverageAssessment))]
[JsonSerializable(typeof(Grids.GridPlan))]
[JsonSerializable(typeof(Participation.ParticipationAssessment))]
[JsonSerializable(typeof(Premises.BuildingCost))]
[JsonSerializable(typeof(Premises.InLieuPayment))]
[JsonSerializable(typeof(Premises.PremisesAssessment))]
[JsonSerializable(typeof(Premises.ReservationRequirement))]
[JsonSerializable(typeof(Scale.ScaleAssessment))]
[JsonSerializable(typeof(Staffing.StaffingAssessment))]
[JsonSerializable(typeof(Staffing.StaffingRequirement))]
[JsonSerializable(typeof(Statistics.StatisticsCheck))]
[JsonSerializable(typeof(Subsidies.GapReport))]
[JsonSerializable(typeof(Subsidies.SubsidyAmount))]
[JsonSerializable(typeof(Subsidies.SubsidyEntitlement))]
[JsonSerializable(typeof(Subsidies.SubsidyGap))]
[JsonSerializable(typeof(Workflows.DutyAssessment))]
[JsonSerializable(typeof(Workflows.WorkflowCase))]
[JsonSerializable(typeof(Explained<Admission.AdmissionDecision>))]
[JsonSerializable(typeof(Explained<Admission.DecisionTimeliness>))]
[JsonSerializable(typeof(Explained<Committees.CandidateRecommendation>))]
[JsonSerializable(typeof(Explained<Committees.CommitteeAssessment>))]
[JsonSerializable(typeof(Explained<Committees.CommitteeReview>))]
[JsonSerializable(typeof(Explained<Committees.QuotaResult>))]
[JsonSerializable(typeof(Explained<Funding.FundingAmount>))]
[JsonSerializable(typeof(Explained<Grids.GridAssessment>))]
[JsonSerializable(typeof(Explained<Grids.GridCoverageAssessment>))]
[JsonSerializable(typeof(Explained<Grids.GridPlan>))]
[JsonSerializable(typeof(Explained<Participation.ParticipationAssessment>))]
[JsonSerializable(typeof(Explained<Premises.BuildingCost>))]
[JsonSerializable(typeof(Explained<Premises.InLieuPayment>))]
[JsonSerializable(typeof(Explained<Premises.PremisesAssessment>))]
[JsonSerializable(typeof(Explained<Premises.ReservationRequirement>))]
[JsonSerializable(typeof(Explained<Scale.ScaleAssessment>))]
[JsonSerializable(typeof(Explained<Staffing.StaffingAssessment>))]
[JsonSerializable(typeof(Explained<Staffing.StaffingRequirement>))]
[JsonSerializable(typeof(Explained<Statistics.StatisticsCheck>))]
[JsonSerializable(typeof(Explained<Subsidies.SubsidyAmount>))]
[JsonSerializable(typeof(Explained<Subsidies.SubsidyEntitlement>))]
[JsonSerializable(typeof(Explained<Subsidies.SubsidyGap>))]
[JsonSerializable(typeof(Explained<Workflows.DutyAssessment>))]
[JsonSerializable(typeof(Explained<Workflows.WorkflowCase>))]
public sealed partial class CommunityDomainJsonContext : JsonSerializerContext;
