using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Committees;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Premises;

/// <summary>Evaluates premises and land policies: premises against a standard, a developer's required reservation, and the fees and grant on building an office.</summary>
/// <remarks>Stateless and thread-safe; register it as a singleton. <see cref="Reservation"/> allocates nothing.</remarks>
public sealed class PremisesEvaluator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="PremisesEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public PremisesEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Assesses premises against a standard in force: floor area, rooms, halls, land and facilities.</summary>
    /// <param name="kind">The standard: <see cref="PremisesKinds.Standard"/> or <see cref="PremisesKinds.NewCentreStandard"/>.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="premises">The premises.</param>
    /// <returns>Every finding; compliant when no finding is an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="premises"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No such standard is in force there on <paramref name="asOf"/>.</exception>
    public PremisesAssessment Assess(PolicyKind<PremisesStandard> kind, JurisdictionCode jurisdiction, LocalDate asOf, PremisesDescription premises) =>
        Assess(kind, jurisdiction, asOf, premises, null);

    /// <summary>Assesses premises and explains every check.</summary>
    /// <param name="kind">The standard.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="premises">The premises.</param>
    /// <returns>The same assessment as <see cref="Assess(PolicyKind{PremisesStandard}, JurisdictionCode, LocalDate, PremisesDescription)"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="premises"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No such standard is in force there on <paramref name="asOf"/>.</exception>
    public Explained<PremisesAssessment> ExplainAssessment(PolicyKind<PremisesStandard> kind, JurisdictionCode jurisdiction, LocalDate asOf, PremisesDescription premises)
    {
        var holder = new ExplanationRecorder?[1];
        var assessment = Assess(kind, jurisdiction, asOf, premises, holder);
        var errors = assessment.Findings.ErrorCount();
        return new(assessment, holder[0]!.Result(
            "assessment",
            assessment.IsCompliant ? "meets the standard" : string.Create(Invariant, $"below the standard: {errors} finding(s)"),
            assessment.IsCompliant ? "达到标准" : string.Create(Invariant, $"未达标准:{errors}项")));
    }

    /// <summary>Returns the community service premises a development must reserve.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date, such as the planning approval's.</param>
    /// <param name="developmentFloorArea">The development's floor area.</param>
    /// <param name="households">The development's households; zero when not known.</param>
    /// <returns>The area by each requirement the policy sets, and which governs.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No reservation policy is in force there on <paramref name="asOf"/>.</exception>
    public ReservationRequirement Reservation(JurisdictionCode jurisdiction, LocalDate asOf, Area developmentFloorArea, HouseholdCount households) =>
        Reserve(_catalog.ResolveVersion(PremisesKinds.DeveloperReservation, jurisdiction, asOf), developmentFloorArea, households, out _);

    /// <summary>Returns the reservation with its explanation: the band and share, the area per 100 households, and which governs.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="developmentFloorArea">The development's floor area.</param>
    /// <param name="households">The development's households; zero when not known.</param>
    /// <returns>The same requirement as <see cref="Reservation"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No reservation policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<ReservationRequirement> ExplainReservation(JurisdictionCode jurisdiction, LocalDate asOf, Area developmentFloorArea, HouseholdCount households)
    {
        var resolution = _catalog.Resolve(PremisesKinds.DeveloperReservation, jurisdiction, asOf);
        var requirement = Reserve(resolution.Version, developmentFloorArea, households, out var match);
        var explanation = ExplanationRecorder.Start(_catalog, resolution)
            .Input("floor-area", KernelText.Area(developmentFloorArea, ExplanationLanguage.English), KernelText.Area(developmentFloorArea, ExplanationLanguage.Chinese))
            .Input("households", KernelText.Households(households, ExplanationLanguage.English), KernelText.Households(households, ExplanationLanguage.Chinese));
        if (requirement.ByShare is { } byShare)
        {
            explanation.Band(match, static (rate, _) => rate.ToString());
            explanation.Step(new(
                ExplanationStepKind.Formula,
                $"{KernelText.Area(developmentFloorArea, ExplanationLanguage.English)} × {requirement.Share} = {KernelText.Area(byShare, ExplanationLanguage.English)}.",
                $"{KernelText.Area(developmentFloorArea, ExplanationLanguage.Chinese)}×{requirement.Share}={KernelText.Area(byShare, ExplanationLanguage.Chinese)}。"));
        }

        if (requirement.ByHouseholds is { } byHouseholds)
        {
            var per = resolution.Policy.PerHundredHouseholds.GetValueOrDefault();
            explanation.Step(new(
                ExplanationStepKind.Formula,
                string.Create(Invariant, $"{KernelText.Area(per, ExplanationLanguage.English)} per 100 households × {households.Households / 100m:0.##} = {KernelText.Area(byHouseholds, ExplanationLanguage.English)}."),
                string.Create(Invariant, $"每百户{KernelText.Area(per, ExplanationLanguage.Chinese)}×{households.Households / 100m:0.##}={KernelText.Area(byHouseholds, ExplanationLanguage.Chinese)}。")));
        }

        if (requirement.ByShare is not null && requirement.ByHouseholds is not null)
        {
            var share = requirement.Governing == ReservationBasis.ShareOfFloorArea;
            explanation.Step(new(
                ExplanationStepKind.Condition,
                share ? "Both requirements apply; the share of floor area is the larger, so it governs." : "Both requirements apply; the area per 100 households is the larger, so it governs.",
                share ? "两项要求同时适用,按建筑面积比例计算的面积较大,以其为准。" : "两项要求同时适用,按户数计算的面积较大,以其为准。"));
        }

        return new(requirement, explanation.Result(
            "reservation",
            $"reserve {KernelText.Area(requirement.Required, ExplanationLanguage.English)}",
            $"应配建{KernelText.Area(requirement.Required, ExplanationLanguage.Chinese)}"));
    }

    /// <summary>Returns the fees on building a community office of a floor area, any waived, and the grant it receives.</summary>
    /// <param name="jurisdiction">The office's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="floorArea">The floor area built.</param>
    /// <param name="waivedFees">The names of the fees waived, such as FAC-05's recommended waiver of both; none by default.</param>
    /// <returns>Each fee, the total, the waiver and the grant.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or a waived fee is not one of the policy's.</exception>
    /// <exception cref="PolicyNotInForceException">No building fee policy is in force there on <paramref name="asOf"/>.</exception>
    public BuildingCost BuildingCost(JurisdictionCode jurisdiction, LocalDate asOf, Area floorArea, IEnumerable<string>? waivedFees = null) =>
        Cost(_catalog.ResolveVersion(PremisesKinds.BuildingFees, jurisdiction, asOf), floorArea, waivedFees);

    /// <summary>Returns the building cost with its explanation: each fee's rate and amount, the waiver, the grant and the sources.</summary>
    /// <param name="jurisdiction">The office's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="floorArea">The floor area built.</param>
    /// <param name="waivedFees">The names of the fees waived; none by default.</param>
    /// <returns>The same cost as <see cref="BuildingCost"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or a waived fee is not one of the policy's.</exception>
    /// <exception cref="PolicyNotInForceException">No building fee policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<BuildingCost> ExplainBuildingCost(JurisdictionCode jurisdiction, LocalDate asOf, Area floorArea, IEnumerable<string>? waivedFees = null)
    {
        var resolution = _catalog.Resolve(PremisesKinds.BuildingFees, jurisdiction, asOf);
        var cost = Cost(resolution.Version, floorArea, waivedFees);
        var explanation = ExplanationRecorder.Start(_catalog, resolution)
            .Input("floor-area", KernelText.Area(floorArea, ExplanationLanguage.English), KernelText.Area(floorArea, ExplanationLanguage.Chinese));
        foreach (var (fee, amount, waived) in cost.Fees)
        {
            explanation.Step(new(
                ExplanationStepKind.Formula,
                $"{fee.Name}: {KernelText.Money(fee.PerSquareMetre, ExplanationLanguage.English)} a m² × {KernelText.Area(floorArea, ExplanationLanguage.English)} = {KernelText.Money(amount, ExplanationLanguage.English)}{(waived ? ", waived" : string.Empty)}.",
                $"{fee.ChineseName}:每平方米{KernelText.Money(fee.PerSquareMetre, ExplanationLanguage.Chinese)}×{KernelText.Area(floorArea, ExplanationLanguage.Chinese)}={KernelText.Money(amount, ExplanationLanguage.Chinese)}{(waived ? ",予以减免" : string.Empty)}。"));
        }

        explanation.Step(new(
            ExplanationStepKind.Formula,
            $"Fees {KernelText.Money(cost.TotalFees, ExplanationLanguage.English)}, less {KernelText.Money(cost.Waived, ExplanationLanguage.English)} waived: {KernelText.Money(cost.FeesDue, ExplanationLanguage.English)} due; the new office receives a grant of {KernelText.Money(cost.Grant, ExplanationLanguage.English)}.",
            $"规费合计{KernelText.Money(cost.TotalFees, ExplanationLanguage.Chinese)},减免{KernelText.Money(cost.Waived, ExplanationLanguage.Chinese)},应缴{KernelText.Money(cost.FeesDue, ExplanationLanguage.Chinese)};新建办公场所补助{KernelText.Money(cost.Grant, ExplanationLanguage.Chinese)}。"));
        return new(cost, explanation.Result(
            "fees-due",
            $"fees due {KernelText.Money(cost.FeesDue, ExplanationLanguage.English)}, grant {KernelText.Money(cost.Grant, ExplanationLanguage.English)}",
            $"应缴规费{KernelText.Money(cost.FeesDue, ExplanationLanguage.Chinese)},补助{KernelText.Money(cost.Grant, ExplanationLanguage.Chinese)}"));
    }

    private static BuildingCost Cost(PolicyVersion<BuildingFeePolicy> version, Area floorArea, IEnumerable<string>? waivedFees)
    {
        var policy = version.Policy;
        var waived = (waivedFees ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var name in waived)
        {
            if (!policy.Fees.Any(f => f.Name == name))
            {
                throw new ArgumentException(
                    $"waivedFees holds \"{name}\", which is not a fee of {version.RuleId}; its fees are {string.Join(", ", policy.Fees.Select(f => f.Name))}.",
                    nameof(waivedFees));
            }
        }

        var fees = policy.Fees.Select(f => (f, Money.FromYuan(f.PerSquareMetre.Yuan * floorArea.SquareMetres).Round(Rounding.Amount), waived.Contains(f.Name))).ToImmutableArray();
        return new BuildingCost(floorArea, fees, policy.GrantPerOffice, version);
    }

    private static ReservationRequirement Reserve(PolicyVersion<ReservationPolicy> version, Area floorArea, HouseholdCount households, out BandMatch<Area, Rate> match)
    {
        var policy = version.Policy;
        Area? byShare = null;
        Rate? share = null;
        match = default;
        if (policy.ShareOfFloorArea is { } table)
        {
            match = table.Find(floorArea);
            share = match.Value;
            byShare = floorArea * match.Value;
        }

        Area? byHouseholds = policy.PerHundredHouseholds is { } per
            ? Area.FromSquareMetres(per.SquareMetres * households.Households / 100m)
            : null;
        return new(version, byShare, share, byShare is null ? -1 : match.ListedIndex, byShare is not null && match.IsDecidedByFirstListedWins, byHouseholds);
    }

    private PremisesAssessment Assess(PolicyKind<PremisesStandard> kind, JurisdictionCode jurisdiction, LocalDate asOf, PremisesDescription premises, ExplanationRecorder?[]? holder)
    {
        Guard.Against.NullArgument(premises);
        var resolution = _catalog.Resolve(kind, jurisdiction, asOf);
        var version = resolution.Version;
        var standard = version.Policy;
        ExplanationRecorder? explanation = null;
        if (holder is not null)
        {
            explanation = ExplanationRecorder.Start(_catalog, resolution).Input(
                "premises",
                string.Create(Invariant, $"{premises.FloorArea}, {premises.Rooms} rooms, {premises.Halls} hall(s)"),
                string.Create(Invariant, $"{KernelText.Area(premises.FloorArea, ExplanationLanguage.Chinese)},{premises.Rooms}室{premises.Halls}厅"));
            holder[0] = explanation;
        }

        var findings = new FindingCollector(version, explanation);
        findings.Check(
            premises.FloorArea >= standard.MinimumFloorArea,
            PremisesFindingCodes.FloorAreaBelowStandard,
            $"The floor area, {premises.FloorArea}, must be at least {standard.MinimumFloorArea}.",
            $"建筑面积{KernelText.Area(premises.FloorArea, ExplanationLanguage.Chinese)},应不少于{KernelText.Area(standard.MinimumFloorArea, ExplanationLanguage.Chinese)}。");
        if (standard.MinimumRooms > 0)
        {
            findings.Check(
                premises.Rooms >= standard.MinimumRooms,
                PremisesFindingCodes.TooFewRooms,
                string.Create(Invariant, $"The premises have {premises.Rooms} rooms; the standard asks at least {standard.MinimumRooms}."),
                string.Create(Invariant, $"现有{premises.Rooms}室,标准要求至少{standard.MinimumRooms}室。"));
        }

        if (standard.MinimumHalls > 0)
        {
            findings.Check(
                premises.Halls >= standard.MinimumHalls,
                PremisesFindingCodes.TooFewHalls,
                string.Create(Invariant, $"The premises have {premises.Halls} hall(s); the standard asks at least {standard.MinimumHalls}."),
                string.Create(Invariant, $"现有{premises.Halls}厅,标准要求至少{standard.MinimumHalls}厅。"));
        }

        if (standard.MinimumLand is { } minimumLand)
        {
            if (premises.Land is { } land)
            {
                findings.Check(
                    land >= minimumLand,
                    PremisesFindingCodes.LandBelowStandard,
                        $"The land, {land}, must be at least {minimumLand}.",
                    $"占地面积{KernelText.Area(land, ExplanationLanguage.Chinese)},应不少于{KernelText.Area(minimumLand, ExplanationLanguage.Chinese)}。");
            }
            else
            {
                findings.Check(false, PremisesFindingCodes.LandNotChecked, $"The standard asks land of at least {minimumLand}; the land was not given, so it was not checked.", $"标准要求占地不少于{KernelText.Area(minimumLand, ExplanationLanguage.Chinese)};未提供占地面积,未予核对。", FindingSeverity.Info);
            }
        }

        foreach (var facility in standard.RequiredFacilities)
        {
            findings.Check(
                premises.Facilities.Contains(facility),
                PremisesFindingCodes.MissingFacility,
                $"The premises must have {PremisesText.Facility(facility, ExplanationLanguage.English)}.",
                $"应设有{PremisesText.Facility(facility, ExplanationLanguage.Chinese)}。");
        }

        return new PremisesAssessment(premises, version, findings.ToImmutable());
    }
}
