using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Committees;

/// <summary>The committee quota policies of the source documents, for reuse and for sources whose jurisdiction is not named.</summary>
public static class CommitteePolicies
{
    /// <summary>Gets Xiantao's 3+X quota (COM-01): 3 full-time members plus 2 part-time up to 5000 residents, 3 up to 10000, 4 above; 5 to 7 in all; first-listed wins at 5000 and 10000.</summary>
    public static CommitteeQuotaPolicy XiantaoThreePlusX { get; } = CommitteeQuotaPolicy.ThreePlusX(
        fullTime: 3,
        overall: CountRange.Between(5, 7),
        BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Inclusive(Population.Of(5000)), 2, "5000人以下"),
            Band.Between(Bound.Inclusive(Population.Of(5000)), Bound.Inclusive(Population.Of(10000)), 3, "5000-10000人"),
            Band.From(Bound.Inclusive(Population.Of(10000)), 4, "10000人以上")));

    /// <summary>Gets the unnamed city's staffing rule (COM-03): 4 to 7 staff per community by its size, the bands not given.</summary>
    public static CommitteeQuotaPolicy UnnamedCityRange { get; } = CommitteeQuotaPolicy.RangeOnly(CountRange.Between(4, 7));

    /// <summary>Creates a version of the unnamed city's staffing rule (COM-03) at a jurisdiction of the caller's choosing, since the source does not name the city.</summary>
    /// <param name="jurisdiction">The jurisdiction to attach it to, which a catalog must know.</param>
    /// <param name="period">When it is in force.</param>
    /// <returns>The version, citing the unnamed city's survey.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code.</exception>
    public static PolicyVersion<CommitteeQuotaPolicy> UnnamedCityQuota(JurisdictionCode jurisdiction, EffectivePeriod period) =>
        PolicyVersion.Create(
            CommitteeKinds.Quota,
            jurisdiction,
            period,
            UnnamedCityRange,
            RuleId.Com03,
            SourceDocuments.UnnamedCitySurvey.WithSection("一、(二)加大投入,夯实基础"));

    /// <summary>Gets the note that names COM-01's rule in every explanation that uses it: the 3+X model.</summary>
    public static SourceNote ThreePlusXNote { get; } = SourceNote.Of(
        "COM-01 is the 3+X model: 3 full-time members plus X part-time members, X from 2 to 4 by population, 5 to 7 in all.",
        "COM-01即“3+X”模式:专职成员3人,另按人口配兼职成员X人(X为2至4人),共5至7人。");

    /// <summary>Gets the versions of this module's policies that the source documents define, as <see cref="CommitteeCatalogBuilderExtensions.AddCommitteePolicies"/> adds them to a catalog.</summary>
    /// <returns>The built-in versions, each with its rule id and citations, in a fresh sequence.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        var xiantao = KnownJurisdictions.Xiantao.Code;
        var staffing = SourceDocuments.XiantaoReport.WithSection("一、3、社区工作者的模式设置");

        // COM-01: 3 full-time plus X part-time by population, 5 to 7 in all. The bands share 5000
        // and 10000 as listed ("5000人以下 … 5000-10000人 … 10000人以上"); the first listed wins.
        yield return PolicyVersion.Create(
            CommitteeKinds.Quota,
            xiantao,
            EffectivePeriod.Always,
            CommitteePolicies.XiantaoThreePlusX,
            RuleId.Com01,
            staffing).WithNote(ThreePlusXNote);

        // COM-02: where part-time members come from.
        yield return PolicyVersion.Create(
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
        yield return PolicyVersion.Create(
            CommitteeKinds.CandidateRecommendation,
            xiantao,
            EffectivePeriod.Always,
            CandidatePolicy.Create(provincialHonours: 1, cityHonours: 3, topRank: 2),
            RuleId.Com04,
            SourceDocuments.XiantaoReport.WithSection("二、(四)提升和优化社区工作队伍,1、在环节中优化队伍"));

        // COM-05: one dedicated office room per committee; other rooms serve residents.
        yield return PolicyVersion.Create(
            CommitteeKinds.OfficeRooms,
            xiantao,
            EffectivePeriod.Always,
            OfficeRoomPolicy.AtMost(1),
            RuleId.Com05,
            SourceDocuments.XiantaoReport.WithSection("二、(一)完善和升级社区工作场所,2、升级场所功能"));
    }
}
