using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

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

    /// <summary>Gets Fujian's rule for scattered residential developments (FAC-06): the developer may pay, in lieu of premises, 2% to 5% of the building area converted to money.</summary>
    public static InLieuPaymentPolicy FujianScatteredDevelopments { get; } = InLieuPaymentPolicy.Between(Rate.FromPercent(2), Rate.FromPercent(5), "对零星开发住宅区,开发商可按建设面积2-5%的标准折算缴纳社区配套用房经费");

    /// <summary>Gets the Xinluo survey's proposal (FAC-06): developers of new residential developments pay 5% of the building area converted to money to the district government.</summary>
    public static InLieuPaymentPolicy XinluoProposedPayment { get; } = InLieuPaymentPolicy.At(Rate.FromPercent(5), "开发商按建设面积的5%的标准折算,向新罗区政府缴纳社区配套用房经费");

    /// <summary>Gets the versions of this module's policies that the source documents define, as <see cref="PremisesCatalogBuilderExtensions.AddPremisesPolicies"/> adds them to a catalog.</summary>
    /// <returns>The built-in versions, each with its rule id and citations, in a fresh sequence.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        var xiantao = KnownJurisdictions.Xiantao.Code;
        var xinluo = KnownJurisdictions.Xinluo.Code;

        // FAC-01: Xiantao's "六室一厅" and 300 m².
        yield return PolicyVersion.Create(PremisesKinds.Standard, xiantao, EffectivePeriod.Always, PremisesPolicies.XiantaoStandard, RuleId.Fac01,
            SourceDocuments.XiantaoReport.WithSection("二、(一)完善和升级社区工作场所"));

        // FAC-02: Fujian's model standard of 100 m², as the Xinluo survey measures against it.
        yield return PolicyVersion.Create(PremisesKinds.Standard, KnownJurisdictions.Fujian.Code, EffectivePeriod.Always, PremisesPolicies.FujianStandard, RuleId.Fac02,
            SourceDocuments.XinluoSurvey.WithSection("二、主要做法"));

        // FAC-06: the survey's recommendation for new centres in Xinluo.
        yield return PolicyVersion.Create(PremisesKinds.NewCentreStandard, xinluo, EffectivePeriod.Always, PremisesPolicies.XinluoNewCentre, RuleId.Fac06,
            SourceDocuments.XinluoSurvey.WithSection("四、建议,2、切实保障社区办公活动场所"));

        // FAC-03: Longyan's reservation from 2005; the notice gives the year, so the first day of it.
        // FAC-06: the provincial rule the survey quotes, and the survey's own proposal for Xinluo.
        var fundsSection = SourceDocuments.XinluoSurvey.WithSection("四、3、增加投入,确保社区各项经费,一是建立社区建设发展基金");
        yield return PolicyVersion.Create(PremisesKinds.InLieuPayment, KnownJurisdictions.Fujian.Code, EffectivePeriod.Always, PremisesPolicies.FujianScatteredDevelopments, RuleId.Fac06,
            SourceDocuments.FujianHarmonyOpinion, fundsSection);
        yield return PolicyVersion.Create(PremisesKinds.InLieuPayment, xinluo, EffectivePeriod.Always, PremisesPolicies.XinluoProposedPayment, RuleId.Fac06, fundsSection).AsProposed();
        yield return PolicyVersion.Create(PremisesKinds.DeveloperReservation, KnownJurisdictions.Longyan.Code, EffectivePeriod.From(new LocalDate(2005, 1, 1)), PremisesPolicies.LongyanReservation, RuleId.Fac03,
            SourceDocuments.Longyan147, SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题"));

        // FAC-04: Xiantao's 20 m² per 100 households.
        yield return PolicyVersion.Create(PremisesKinds.DeveloperReservation, xiantao, EffectivePeriod.Always, PremisesPolicies.XiantaoReservation, RuleId.Fac04,
            SourceDocuments.XiantaoReport.WithSection("三、(六)"));

        // FAC-05: Xinluo's building fees and the city's grant.
        yield return PolicyVersion.Create(PremisesKinds.BuildingFees, xinluo, EffectivePeriod.Always, PremisesPolicies.XinluoBuildingFees, RuleId.Fac05,
            SourceDocuments.XinluoSurvey.WithSection("三、存在的主要问题"));
    }
}
