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
        ["staffing, at least"] = () => V(Domain.Staffing.StaffingKinds.SocialWorkers, Domain.Staffing.StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Down).AtLeast(1))),
        ["staffing, between"] = () => V(Domain.Staffing.StaffingKinds.GridStaff, Domain.Staffing.StaffingPolicy.Between(CountUnit.Residents, CountFormula.Smaller(CountFormula.Fixed(3), CountFormula.Stepped(1, 1000, 500, RoundingMode.HalfAwayFromZero)), CountFormula.Fixed(9).AtMost(12))),
        ["staffing, banded formula"] = () => V(Domain.Staffing.StaffingKinds.CommunityWorkers, Domain.Staffing.StaffingPolicy.Exactly(CountUnit.Households, CountFormula.Banded(BandTable.Define(BoundaryReading.Strict,
            Band.UpTo(Bound.Exclusive(1000L), CountFormula.Fixed(5)),
            Band.From(Bound.Inclusive(1000L), CountFormula.PerUnits(200, RoundingMode.Up)))))),
    };

    public static TheoryData<string> Forms() => [.. Samples.Keys];

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

    private static PolicyVersion<TPolicy> V<TPolicy>(PolicyKind<TPolicy> kind, TPolicy policy)
        where TPolicy : class => PolicyVersion.Create(kind, Place, EffectivePeriod.Always, policy, RuleId.Of("TF-01"));

    private static string Policy(PolicyVersion version) => version.GetType().GetProperty("Policy")!.GetValue(version)!.ToString()!;
}
