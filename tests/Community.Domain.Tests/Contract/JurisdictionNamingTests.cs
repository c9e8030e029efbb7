using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Participation;
using Community.Domain.Primitives;
using Community.Domain.Staffing;
using NodaTime;

namespace Community.Domain.Tests.Contract;

/// <summary>
/// An evaluator asked about a community of a place its catalog does not know names the place as the
/// caller passed it, <c>community.Jurisdiction</c> (or <c>committee.Community.Jurisdiction</c>),
/// not the <c>code</c> or <c>jurisdiction</c> of a method inside the library.
/// </summary>
public sealed class JurisdictionNamingTests
{
    private static readonly LocalDate Day = new(2016, 11, 22);

    private static readonly CommunityProfile Stranger =
        CommunityProfile.Create(JurisdictionCode.Of(990100), "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1500));

    public static TheoryData<string> Calls() => ["staffing", "committee", "committee-explained", "review", "participation", "grids", "grids-explained", "plan", "plan-explained", "scale", "premises"];

    [Theory]
    [MemberData(nameof(Calls))]
    public void AnUnknownPlace_IsNamedAsTheCallerPassedIt(string call)
    {
        var catalog = BuiltInCatalog.Instance;
        Action act = call switch
        {
            "staffing" => () => new StaffingEvaluator(catalog).Assess(StaffingKinds.CommunityWorkers, Day, Stranger, 5),
            "committee" => () => new CommitteeEvaluator(catalog).Assess(Day, ResidentsCommittee.Create(Stranger, [CommitteeMember.FullTime("张敏", CommitteePost.Director)])),
            "participation" => () => new ParticipationEvaluator(catalog).Assess(Day, ParticipationRecord.Of(Stranger)),
            "committee-explained" => () => new CommitteeEvaluator(catalog).ExplainAssessment(Day, ResidentsCommittee.Create(Stranger, [CommitteeMember.FullTime("张敏", CommitteePost.Director)])),
            "review" => () => new CommitteeEvaluator(catalog).Review(Day, CommitteeRecord.Create(Stranger, 7, 5)),
            "grids" => () => new Domain.Grids.GridEvaluator(catalog).Assess(Day, Stranger.WithGridCount(3), managers: null),
            "grids-explained" => () => new Domain.Grids.GridEvaluator(catalog).ExplainAssessment(Day, Stranger.WithGridCount(3), managers: null),
            "plan" => () => new Domain.Grids.GridEvaluator(catalog).Plan(Day, Stranger),
            "plan-explained" => () => new Domain.Grids.GridEvaluator(catalog).ExplainPlan(Day, Stranger),
            "scale" => () => new Domain.Scale.ScaleEvaluator(catalog).Assess(Day, Stranger),
            _ => () => new Domain.Premises.PremisesEvaluator(catalog).Assess(Domain.Premises.PremisesKinds.Standard, Day, Stranger, new Domain.Premises.PremisesDescription(Area.FromSquareMetres(300), rooms: 4, halls: 1)),
        };

        var thrown = act.Should().Throw<ArgumentException>().Which;
        thrown.ParamName.Should().EndWith("Jurisdiction").And.NotBe("jurisdiction");
        thrown.Message.Should().StartWith(thrown.ParamName + " is 990100, which this catalog does not know");
    }
}
