using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;

namespace Community.Domain.Tests.Committees;

public class CommunityProfileTests
{
    private static readonly JurisdictionCode Xiantao = KnownJurisdictions.Xiantao.Code;

    [Fact]
    public void Create_KeepsEveryField()
    {
        var profile = CommunityProfile.Create(
            Xiantao, "干河社区", CommunityKind.VillageConverted, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000), Area.FromSquareMetres(300m), 20);

        profile.Jurisdiction.Should().Be(Xiantao);
        profile.Name.Should().Be("干河社区");
        profile.Kind.Should().Be(CommunityKind.VillageConverted);
        profile.Setting.Should().Be(CommunitySetting.Urban);
        profile.Population.Should().Be(Population.Of(6000));
        profile.Households.Should().Be(HouseholdCount.Of(2000));
        profile.PremisesArea.Should().Be(Area.FromSquareMetres(300m));
        profile.GridCount.Should().Be(20);
        profile.ToString().Should().Be("干河社区 (429004, VillageConverted, Urban, 6000 residents, 2000 households)");
    }

    [Fact]
    public void With_ReturnsChangedCopies()
    {
        var profile = CommitteeFixtures.Xiantao(6000);

        profile.WithPopulation(Population.Of(9000)).Population.Should().Be(Population.Of(9000));
        profile.WithHouseholds(HouseholdCount.Of(10)).Households.Should().Be(HouseholdCount.Of(10));
        profile.WithPremisesArea(Area.FromSquareMetres(120m)).PremisesArea.Should().Be(Area.FromSquareMetres(120m));
        profile.WithGridCount(7).GridCount.Should().Be(7);
        profile.Population.Should().Be(Population.Of(6000));
    }

    [Fact]
    public void Create_DefaultJurisdiction_Throws() =>
        FluentActions.Invoking(() => CommunityProfile.Create(default, "社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(1), HouseholdCount.Of(1)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "jurisdiction");

    [Fact]
    public void Create_BlankName_Throws() =>
        FluentActions.Invoking(() => CommunityProfile.Create(Xiantao, " ", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(1), HouseholdCount.Of(1)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "name");

    [Fact]
    public void Create_UndefinedKindOrSetting_Throws()
    {
        FluentActions.Invoking(() => CommunityProfile.Create(Xiantao, "社区", (CommunityKind)9, CommunitySetting.Urban, Population.Of(1), HouseholdCount.Of(1)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => CommunityProfile.Create(Xiantao, "社区", CommunityKind.PureResidential, (CommunitySetting)9, Population.Of(1), HouseholdCount.Of(1)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "setting");
    }

    [Fact]
    public void Create_TownCommunityInUrbanSetting_Throws() =>
        FluentActions.Invoking(() => CommunityProfile.Create(Xiantao, "集镇社区", CommunityKind.Town, CommunitySetting.Urban, Population.Of(1), HouseholdCount.Of(1)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "setting").WithMessage("*setting is Urban*expected Town*");

    [Fact]
    public void Create_MoreHouseholdsThanResidents_Throws() =>
        FluentActions.Invoking(() => CommunityProfile.Create(Xiantao, "社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(10), HouseholdCount.Of(11)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "households").WithMessage("*households is 11*no more than the 10 residents*");

    [Fact]
    public void Create_NegativeGridCount_Throws() =>
        FluentActions.Invoking(() => CommunityProfile.Create(Xiantao, "社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(10), HouseholdCount.Of(1), gridCount: -1))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "gridCount").WithMessage("*gridCount is -1*");
}

public class CommitteeMemberTests
{
    [Fact]
    public void FullTime_WithPartyPost_IsOneMember()
    {
        var member = CommitteeMember.FullTime("李", CommitteePost.Director, PartyPost.Secretary);

        member.Post.Should().Be(CommitteePost.Director);
        member.PartyPost.Should().Be(PartyPost.Secretary);
        member.Employment.Should().Be(Employment.FullTime);
        member.Source.Should().BeNull();
        member.ToString().Should().Be("李 (Director, Secretary, FullTime)");
    }

    [Fact]
    public void PartTime_KeepsSource()
    {
        var member = CommitteeMember.PartTime("王", CommitteePost.Member, PartTimeSource.OwnersCommitteeChair);

        member.Source.Should().Be(PartTimeSource.OwnersCommitteeChair);
        member.ToString().Should().Be("王 (Member, PartTime, from OwnersCommitteeChair)");
    }

    [Fact]
    public void Create_PartTimeWithoutSource_ThrowsNamingSource() =>
        FluentActions.Invoking(() => CommitteeMember.Create("王", CommitteePost.Member, Employment.PartTime, null))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "source").WithMessage("*source is null for part-time member \"王\"*");

    [Fact]
    public void Create_FullTimeWithSource_ThrowsNamingSource() =>
        FluentActions.Invoking(() => CommitteeMember.Create("王", CommitteePost.Member, Employment.FullTime, PartTimeSource.GridWorker))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "source").WithMessage("*source is GridWorker for full-time member*");

    // Committee posts and party posts are separate types, so a party post can no longer be given as
    // a committee post (or the reverse); what remains to refuse is a value outside either type.
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Create_UndefinedCommitteePost_ThrowsNamingPost(int post) =>
        FluentActions.Invoking(() => CommitteeMember.FullTime("李", (CommitteePost)post))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "post");

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Create_UndefinedPartyPost_ThrowsNamingPartyPost(int post) =>
        FluentActions.Invoking(() => CommitteeMember.FullTime("李", CommitteePost.Member, (PartyPost)post))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "partyPost");

    [Fact]
    public void Create_BadValues_Throw()
    {
        FluentActions.Invoking(() => CommitteeMember.FullTime("", CommitteePost.Member)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "name");
        FluentActions.Invoking(() => CommitteeMember.FullTime("李", (CommitteePost)0)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "post");
        FluentActions.Invoking(() => CommitteeMember.Create("李", CommitteePost.Member, (Employment)7, null)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "employment");
        FluentActions.Invoking(() => CommitteeMember.PartTime("李", CommitteePost.Member, (PartTimeSource)42)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "source");
    }
}

public class ResidentsCommitteeTests
{
    [Fact]
    public void Create_CountsEachMemberOnce_WhateverPartyPost()
    {
        var committee = CommitteeFixtures.Committee(CommitteeFixtures.Xiantao(), 3, 2);

        committee.Total.Should().Be(5);
        committee.FullTimeCount.Should().Be(3);
        committee.PartTimeCount.Should().Be(2);
        committee.DirectorCount.Should().Be(1);
        committee.ToString().Should().Be("干河社区: 5 members, 3 full-time, 2 part-time");
    }

    [Fact]
    public void Create_NoMembers_Throws() =>
        FluentActions.Invoking(() => ResidentsCommittee.Create(CommitteeFixtures.Xiantao(), []))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "members").WithMessage("*members is empty*at least one member*");

    [Fact]
    public void Create_DuplicateName_Throws() =>
        FluentActions.Invoking(() => ResidentsCommittee.Create(CommitteeFixtures.Xiantao(), [CommitteeFixtures.Director("李"), CommitteeFixtures.FullTimeMember("李")]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "members[1]").WithMessage("members[1] is \"李\", already named by members[0]*");

    [Fact]
    public void Create_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ResidentsCommittee.Create(null!, [CommitteeFixtures.Director()])).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "community");
        FluentActions.Invoking(() => ResidentsCommittee.Create(CommitteeFixtures.Xiantao(), null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "members");
        FluentActions.Invoking(() => ResidentsCommittee.Create(CommitteeFixtures.Xiantao(), [CommitteeFixtures.Director(), null!])).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "members[1]");
    }

    [Fact]
    public void WithMember_And_WithoutMember_ReturnChangedCopies()
    {
        var committee = CommitteeFixtures.Committee(CommitteeFixtures.Xiantao(), 3, 2);

        var larger = committee.WithMember(CommitteeFixtures.PartTimeMember("新人"));
        var smaller = committee.WithoutMember("兼职0");

        larger.Total.Should().Be(6);
        larger.PartTimeCount.Should().Be(3);
        smaller.Total.Should().Be(4);
        smaller.Members.Select(m => m.Name).Should().NotContain("兼职0");
        committee.Total.Should().Be(5);
    }

    [Fact]
    public void WithoutMember_UnknownOrLast_Throws()
    {
        var committee = CommitteeFixtures.Committee(CommitteeFixtures.Xiantao(), 1, 0);

        FluentActions.Invoking(() => committee.WithoutMember("无此人")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "name");
        FluentActions.Invoking(() => committee.WithoutMember("李主任")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "name").WithMessage("*the only member*");
        FluentActions.Invoking(() => committee.WithMember(CommitteeFixtures.Director())).Should().Throw<ArgumentException>().Where(e => e.ParamName == "member").WithMessage("*already on the committee*");
    }
}
