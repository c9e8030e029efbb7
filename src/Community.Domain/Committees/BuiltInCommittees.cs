using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Committees;

/// <summary>The committee policies of the source documents.</summary>
internal static class BuiltInCommittees
{
    public static void Register(PolicyCatalogBuilder builder)
    {
        var xiantao = KnownJurisdictions.Xiantao.Code;
        var staffing = SourceDocuments.XiantaoReport.WithSection("一、3、社区工作者的模式设置");

        // COM-01: 3 full-time plus X part-time by population, 5 to 7 in all. The bands share 5000
        // and 10000 as listed ("5000人以下 … 5000-10000人 … 10000人以上"); the first listed wins.
        builder.Add(
            CommitteeKinds.Quota,
            xiantao,
            EffectivePeriod.Always,
            CommitteePolicies.XiantaoThreePlusX,
            RuleId.Com01,
            staffing);

        // COM-02: where part-time members come from.
        builder.Add(
            CommitteeKinds.PartTimeSources,
            xiantao,
            EffectivePeriod.Always,
            PartTimeSourcePolicy.Allowing(
                PartTimeSource.GridWorker,
                PartTimeSource.ResidentGroupLeader,
                PartTimeSource.MemberUnitRepresentative,
                PartTimeSource.OwnersCommitteeChair),
            RuleId.Com02,
            staffing);

        // COM-04: who is encouraged to stand again for director.
        builder.Add(
            CommitteeKinds.CandidateRecommendation,
            xiantao,
            EffectivePeriod.Always,
            CandidatePolicy.Create(provincialHonours: 1, cityHonours: 3, topRank: 2),
            RuleId.Com04,
            SourceDocuments.XiantaoReport.WithSection("二、(四)提升和优化社区工作队伍,1、在环节中优化队伍"));

        // COM-05: one dedicated office room per committee; other rooms serve residents.
        builder.Add(
            CommitteeKinds.OfficeRooms,
            xiantao,
            EffectivePeriod.Always,
            OfficeRoomPolicy.AtMost(1),
            RuleId.Com05,
            SourceDocuments.XiantaoReport.WithSection("二、(一)完善和升级社区工作场所,2、升级场所功能"));
    }
}
