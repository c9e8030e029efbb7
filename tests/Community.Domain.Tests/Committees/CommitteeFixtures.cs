using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;

namespace Community.Domain.Tests.Committees;

internal static class CommitteeFixtures
{
    public static CommunityProfile Xiantao(int residents = 4000) => CommunityProfile.Create(
        KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(residents / 3));

    public static CommitteeMember Director(string name = "李主任") => CommitteeMember.FullTime(name, CommitteePost.Director, PartyPost.Secretary);

    public static CommitteeMember FullTimeMember(string name) => CommitteeMember.FullTime(name, CommitteePost.Member);

    public static CommitteeMember PartTimeMember(string name, PartTimeSource source = PartTimeSource.GridWorker) =>
        CommitteeMember.PartTime(name, CommitteePost.Member, source);

    /// <summary>A committee with the given numbers of full-time and part-time members, the first full-time one the director.</summary>
    public static ResidentsCommittee Committee(CommunityProfile community, int fullTime, int partTime, PartTimeSource source = PartTimeSource.GridWorker)
    {
        var members = new List<CommitteeMember>();
        for (var i = 0; i < fullTime; i++)
        {
            members.Add(i == 0 ? Director() : CommitteeMember.FullTime($"专职{i}", i == 1 ? CommitteePost.DeputyDirector : CommitteePost.Member));
        }

        for (var i = 0; i < partTime; i++)
        {
            members.Add(PartTimeMember($"兼职{i}", source));
        }

        return ResidentsCommittee.Create(community, members);
    }
}
