using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>The premises and land policies of the source documents.</summary>
public static class PremisesPolicies
{
    /// <summary>Gets Xiantao's premises standard (FAC-01): six rooms and a hall ("六室一厅"), at least 300 m².</summary>
    public static PremisesStandard XiantaoStandard { get; } = PremisesStandard.Define(Area.FromSquareMetres(300), minimumRooms: 6, minimumHalls: 1);

    /// <summary>Gets Fujian's model standard for office premises (FAC-02): at least 100 m².</summary>
    public static PremisesStandard FujianStandard { get; } = PremisesStandard.Define(Area.FromSquareMetres(100));

    /// <summary>Gets the Xinluo survey's recommended standard for new community centres (FAC-06): land of at least 1 亩, at least 1200 m², the five facilities ("五个一") and parking.</summary>
    public static PremisesStandard XinluoNewCentre { get; } = PremisesStandard.Define(
        Area.FromSquareMetres(1200),
        minimumLand: Area.FromMu(1),
        requiredFacilities: [Facility.ServiceCentre, Facility.HealthStation, Facility.PoliceRoom, Facility.ReadingRoom, Facility.FitnessVenue, Facility.Parking]);

    /// <summary>Gets Longyan's reservation (FAC-03): 3% of floor area for developments of 50000 m² or less, 2% for 50000 m² or more; exactly 50000 m² takes the first-listed 3%.</summary>
    public static ReservationPolicy LongyanReservation { get; } = ReservationPolicy.ByShare(BandTable.Define(
        BoundaryReading.FirstListedWins,
        Band.Between(Bound.Inclusive(Area.Zero), Bound.Inclusive(Area.FromSquareMetres(50000)), Rate.FromPercent(3), "5万平方米以下的预留3%"),
        Band.From(Bound.Inclusive(Area.FromSquareMetres(50000)), Rate.FromPercent(2), "5万平方米以上的预留2%")));

    /// <summary>Gets Xiantao's reservation (FAC-04): 20 m² of service premises per 100 households.</summary>
    public static ReservationPolicy XiantaoReservation { get; } = ReservationPolicy.ByHouseholds(Area.FromSquareMetres(20));

    /// <summary>Gets Xinluo's fees on building a community office (FAC-05): urban infrastructure 60 and civil air-defence relocation 28 yuan a m²; the city grants 100000 yuan a new office.</summary>
    public static BuildingFeePolicy XinluoBuildingFees { get; } = BuildingFeePolicy.Define(
        Money.FromYuan(100000),
        new BuildingFee("infrastructure", "城市基础设施配套费", Money.FromYuan(60)),
        new BuildingFee("air-defence", "人防易地建设费", Money.FromYuan(28)));
}
