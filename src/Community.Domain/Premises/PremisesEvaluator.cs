using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Premises;

/// <summary>Evaluates premises and land policies: premises against a standard, a developer's required reservation, and the fees and grant on building an office.</summary>
/// <remarks>
/// Every question has three forms, as in every evaluator: <c>X</c>, <c>TryX</c> (no exception where
/// no policy is in force) and <c>ExplainX</c>, with arguments in one order: kind, jurisdiction, date,
/// input. Stateless and thread-safe; register it as a singleton. <see cref="Reservation"/> allocates nothing.
/// </remarks>
public sealed class PremisesEvaluator
{
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
    public PremisesAssessment Assess(PolicyKind<PremisesStandard> kind, JurisdictionCode jurisdiction, LocalDate asOf, PremisesDescription premises)
    {
        Guard.Against.NullArgument(premises);
        return AssessUnder(Unscaled(_catalog.ResolveVersion(kind, jurisdiction, asOf)), premises, 0, null);
    }

    /// <summary>Assesses a community's premises against a standard in force for it, reading the households or residents a scaled standard counts from the community.</summary>
    /// <param name="kind">The kind of standard, such as <see cref="PremisesKinds.Standard"/> or a user's own (elderly care, service centre).</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction is the one asked about.</param>
    /// <param name="premises">The premises.</param>
    /// <returns>The area required of this community and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/>, <paramref name="community"/> or <paramref name="premises"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No standard of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of a banded standard covers the community.</exception>
    public PremisesAssessment Assess(PolicyKind<PremisesStandard> kind, LocalDate asOf, CommunityProfile community, PremisesDescription premises)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NullArgument(premises);
        var version = _catalog.ResolveVersion(kind, community.Jurisdiction, asOf);
        return AssessUnder(version, premises, community.Count(version.Policy.FloorArea.Unit), null);
    }

    /// <summary>Tries to assess a community's premises, without throwing where no standard of the kind is in force.</summary>
    /// <param name="kind">The kind of standard.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <param name="premises">The premises.</param>
    /// <param name="assessment">The assessment, when a standard is in force.</param>
    /// <returns><see langword="true"/> when a standard of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/>, <paramref name="community"/> or <paramref name="premises"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    public bool TryAssess(PolicyKind<PremisesStandard> kind, LocalDate asOf, CommunityProfile community, PremisesDescription premises, [NotNullWhen(true)] out PremisesAssessment? assessment)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NullArgument(premises);
        assessment = _catalog.FindVersion(kind, community.Jurisdiction, asOf) is { } version
            ? AssessUnder(version, premises, community.Count(version.Policy.FloorArea.Unit), null)
            : null;
        return assessment is not null;
    }

    /// <summary>Assesses a community's premises and explains each check, including how a scaled standard's area was computed.</summary>
    /// <param name="kind">The kind of standard.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <param name="premises">The premises.</param>
    /// <returns>The same assessment as <see cref="Assess(PolicyKind{PremisesStandard}, LocalDate, CommunityProfile, PremisesDescription)"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/>, <paramref name="community"/> or <paramref name="premises"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No standard of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    public Explained<PremisesAssessment> ExplainAssessment(PolicyKind<PremisesStandard> kind, LocalDate asOf, CommunityProfile community, PremisesDescription premises)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NullArgument(premises);
        var version = _catalog.ResolveVersion(kind, community.Jurisdiction, asOf);
        var unit = version.Policy.FloorArea.Unit;
        var units = community.Count(unit);
        var (premisesEn, premisesZh) = PremisesText.Description(premises);
        var recorder = ExplanationRecorder.Begin(_catalog, version, community.Jurisdiction, asOf).Input("premises", premisesEn, premisesZh);
        if (version.Policy.FloorArea.IsScaled)
        {
            recorder.Input(unit, units);
        }

        var assessment = AssessUnder(version, premises, units, recorder);
        var (english, chinese) = PremisesText.AssessmentResult(assessment.IsCompliant, assessment.Findings.ErrorCount());
        return new(assessment, recorder.Result("assessment", english, chinese));
    }

    /// <summary>Tries to assess premises, without throwing where no such standard is in force.</summary>
    /// <param name="kind">The standard.</param>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="premises">The premises.</param>
    /// <param name="assessment">The assessment, when a standard is in force.</param>
    /// <returns><see langword="true"/> when the standard is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="premises"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryAssess(
        PolicyKind<PremisesStandard> kind, JurisdictionCode jurisdiction, LocalDate asOf, PremisesDescription premises, [NotNullWhen(true)] out PremisesAssessment? assessment)
    {
        Guard.Against.NullArgument(premises);
        assessment = _catalog.FindVersion(kind, jurisdiction, asOf) is { } version ? AssessUnder(Unscaled(version), premises, 0, null) : null;
        return assessment is not null;
    }

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
        Guard.Against.NullArgument(premises);
        var version = Unscaled(_catalog.ResolveVersion(kind, jurisdiction, asOf));
        var (premisesEn, premisesZh) = PremisesText.Description(premises);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf).Input("premises", premisesEn, premisesZh);
        var assessment = AssessUnder(version, premises, 0, recorder);
        var (english, chinese) = PremisesText.AssessmentResult(assessment.IsCompliant, assessment.Findings.ErrorCount());
        return new(assessment, recorder.Result("assessment", english, chinese));
    }

    /// <summary>Returns the community service premises a development must reserve.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="developmentFloorArea">The development's total floor area.</param>
    /// <param name="households">The development's households.</param>
    /// <returns>The area by each requirement the policy sets, and which governs.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No reservation policy is in force there on <paramref name="asOf"/>.</exception>
    public ReservationRequirement Reservation(JurisdictionCode jurisdiction, LocalDate asOf, Area developmentFloorArea, HouseholdCount households) =>
        ReserveUnder(_catalog.ResolveVersion(PremisesKinds.DeveloperReservation, jurisdiction, asOf), developmentFloorArea, households, null);

    /// <summary>Tries to return the reservation, without throwing where no reservation policy is in force.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="developmentFloorArea">The development's total floor area.</param>
    /// <param name="households">The development's households.</param>
    /// <param name="requirement">The requirement, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a reservation policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryReservation(JurisdictionCode jurisdiction, LocalDate asOf, Area developmentFloorArea, HouseholdCount households, out ReservationRequirement requirement)
    {
        var version = _catalog.FindVersion(PremisesKinds.DeveloperReservation, jurisdiction, asOf);
        requirement = version is null ? default : ReserveUnder(version, developmentFloorArea, households, null);
        return version is not null;
    }

    /// <summary>Returns the reservation with its explanation: the band and share, the area per 100 households, and which governs.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="developmentFloorArea">The development's total floor area.</param>
    /// <param name="households">The development's households.</param>
    /// <returns>The same requirement as <see cref="Reservation"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No reservation policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<ReservationRequirement> ExplainReservation(JurisdictionCode jurisdiction, LocalDate asOf, Area developmentFloorArea, HouseholdCount households)
    {
        var version = _catalog.ResolveVersion(PremisesKinds.DeveloperReservation, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("floor-area", KernelText.Area(developmentFloorArea, ExplanationLanguage.English), KernelText.Area(developmentFloorArea, ExplanationLanguage.Chinese))
            .Input("households", households);
        var requirement = ReserveUnder(version, developmentFloorArea, households, recorder);
        var (english, chinese) = PremisesText.ReservationResult(requirement);
        return new(requirement, recorder.Result("reservation", english, chinese));
    }

    /// <summary>Returns the fees on building a community office of a floor area, any waived, and the grant it receives.</summary>
    /// <param name="jurisdiction">The office's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="floorArea">The office's floor area.</param>
    /// <param name="waivedFees">The names of the fees waived, if any.</param>
    /// <returns>Each fee, the total, the waiver and the grant.</returns>
    /// <exception cref="ArgumentException">A waived fee is not one of the policy's, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No building fee policy is in force there on <paramref name="asOf"/>.</exception>
    public BuildingCost BuildingCost(JurisdictionCode jurisdiction, LocalDate asOf, Area floorArea, IEnumerable<string>? waivedFees = null) =>
        CostUnder(_catalog.ResolveVersion(PremisesKinds.BuildingFees, jurisdiction, asOf), floorArea, waivedFees, null);

    /// <summary>Tries to return the building cost, without throwing where no building fee policy is in force.</summary>
    /// <param name="jurisdiction">The office's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="floorArea">The office's floor area.</param>
    /// <param name="waivedFees">The names of the fees waived, if any.</param>
    /// <param name="cost">The cost, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a building fee policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException">A waived fee is not one of the policy's, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryBuildingCost(JurisdictionCode jurisdiction, LocalDate asOf, Area floorArea, IEnumerable<string>? waivedFees, [NotNullWhen(true)] out BuildingCost? cost)
    {
        cost = _catalog.FindVersion(PremisesKinds.BuildingFees, jurisdiction, asOf) is { } version ? CostUnder(version, floorArea, waivedFees, null) : null;
        return cost is not null;
    }

    /// <summary>Returns the building cost with its explanation: each fee's rate and amount, the waiver, the grant and the sources.</summary>
    /// <param name="jurisdiction">The office's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="floorArea">The office's floor area.</param>
    /// <param name="waivedFees">The names of the fees waived, if any.</param>
    /// <returns>The same cost as <see cref="BuildingCost"/>, explained.</returns>
    /// <exception cref="ArgumentException">A waived fee is not one of the policy's, the catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No building fee policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<BuildingCost> ExplainBuildingCost(JurisdictionCode jurisdiction, LocalDate asOf, Area floorArea, IEnumerable<string>? waivedFees = null)
    {
        var version = _catalog.ResolveVersion(PremisesKinds.BuildingFees, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("floor-area", KernelText.Area(floorArea, ExplanationLanguage.English), KernelText.Area(floorArea, ExplanationLanguage.Chinese));
        var cost = CostUnder(version, floorArea, waivedFees, recorder);
        var (english, chinese) = PremisesText.CostResult(cost);
        return new(cost, recorder.Result("fees-due", english, chinese));
    }

    /// <summary>Returns what a developer pays in lieu of community premises: the share of the building area the policy in force sets, at the caller's price a square metre.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="buildingArea">The development's building area.</param>
    /// <param name="pricePerSquareMetre">The price of a square metre for the conversion, which the sources do not give; zero or more.</param>
    /// <returns>The area and the payment, a range when the policy states one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pricePerSquareMetre"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No such policy is in force there on <paramref name="asOf"/>.</exception>
    public InLieuPayment InLieuPayment(JurisdictionCode jurisdiction, LocalDate asOf, Area buildingArea, Money pricePerSquareMetre)
    {
        CheckPrice(pricePerSquareMetre);
        return InLieuUnder(_catalog.ResolveVersion(PremisesKinds.InLieuPayment, jurisdiction, asOf), buildingArea, pricePerSquareMetre, null);
    }

    /// <summary>Tries to return the payment in lieu of premises, without throwing where no such policy is in force.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="buildingArea">The development's building area.</param>
    /// <param name="pricePerSquareMetre">The price of a square metre; zero or more.</param>
    /// <param name="payment">The payment, when a policy is in force.</param>
    /// <returns><see langword="true"/> when such a policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pricePerSquareMetre"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryInLieuPayment(JurisdictionCode jurisdiction, LocalDate asOf, Area buildingArea, Money pricePerSquareMetre, out InLieuPayment payment)
    {
        CheckPrice(pricePerSquareMetre);
        var version = _catalog.FindVersion(PremisesKinds.InLieuPayment, jurisdiction, asOf);
        payment = version is null ? default : InLieuUnder(version, buildingArea, pricePerSquareMetre, null);
        return version is not null;
    }

    /// <summary>Returns the payment in lieu of premises with its explanation: the share, the area, the price and the sources.</summary>
    /// <param name="jurisdiction">The development's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="buildingArea">The development's building area.</param>
    /// <param name="pricePerSquareMetre">The price of a square metre; zero or more.</param>
    /// <returns>The same payment as <see cref="InLieuPayment"/>, explained.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pricePerSquareMetre"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No such policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<InLieuPayment> ExplainInLieuPayment(JurisdictionCode jurisdiction, LocalDate asOf, Area buildingArea, Money pricePerSquareMetre)
    {
        CheckPrice(pricePerSquareMetre);
        var version = _catalog.ResolveVersion(PremisesKinds.InLieuPayment, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("building-area", KernelText.Area(buildingArea, ExplanationLanguage.English), KernelText.Area(buildingArea, ExplanationLanguage.Chinese))
            .Input("price", PremisesText.Price(pricePerSquareMetre, ExplanationLanguage.English), PremisesText.Price(pricePerSquareMetre, ExplanationLanguage.Chinese));
        var payment = InLieuUnder(version, buildingArea, pricePerSquareMetre, recorder);
        var (english, chinese) = PremisesText.InLieuResult(payment);
        return new(payment, recorder.Result("in-lieu-payment", english, chinese));
    }

    private static void CheckPrice(Money pricePerSquareMetre) => Guard.Against.NegativeAmount(pricePerSquareMetre.Yuan, nameof(pricePerSquareMetre));

    private static InLieuPayment InLieuUnder(PolicyVersion<InLieuPaymentPolicy> version, Area buildingArea, Money pricePerSquareMetre, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        var (least, most) = (buildingArea * policy.MinimumShare, buildingArea * policy.MaximumShare);
        if (most.SquareMetres * pricePerSquareMetre.Yuan > Money.MaxYuan)
        {
            throw new ArgumentOutOfRangeException(
                nameof(pricePerSquareMetre),
                pricePerSquareMetre,
                string.Create(CultureInfo.InvariantCulture, $"pricePerSquareMetre is {pricePerSquareMetre}, which on {most} gives {most.SquareMetres * pricePerSquareMetre.Yuan} yuan, beyond ±{Money.MaxYuan:0} yuan, the largest amount Money holds."));
        }

        var payment = new InLieuPayment(
            version,
            buildingArea,
            pricePerSquareMetre,
            least,
            most,
            Money.FromYuan(least.SquareMetres * pricePerSquareMetre.Yuan).Round(Rounding.Amount),
            Money.FromYuan(most.SquareMetres * pricePerSquareMetre.Yuan).Round(Rounding.Amount));
        recorder?.Step(PremisesText.InLieu(policy, buildingArea, pricePerSquareMetre, payment));
        return payment;
    }

    private static string Element(int index) => string.Create(CultureInfo.InvariantCulture, $"waivedFees[{index}]");

    // A fee per square metre times the floor area; an area whose fee passes what Money holds is refused by name.
    private static Money Fee(BuildingFee fee, Area floorArea)
    {
        var yuan = fee.PerSquareMetre.Yuan * floorArea.SquareMetres;
        return GuardExtensions.IsWithin(yuan, 1_000_000_000_000_000UL)
            ? Money.FromYuan(yuan).Round(Rounding.Amount)
            : throw new ArgumentOutOfRangeException(nameof(floorArea), floorArea, string.Create(CultureInfo.InvariantCulture, $"floorArea is {floorArea}, on which the {fee.Name} fee of {fee.PerSquareMetre} per m² is {yuan} yuan, beyond what Money holds (±{Money.MaxYuan:0})."));
    }

    private static BuildingCost CostUnder(PolicyVersion<BuildingFeePolicy> version, Area floorArea, IEnumerable<string>? waivedFees, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        var given = waivedFees is null ? [] : waivedFees.ToArray();
        var waived = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Length; i++)
        {
            var name = given[i] ?? throw GuardExtensions.Null(Element(i));
            waived.Add(name);
            if (!policy.Fees.Any(f => f.Name == name))
            {
                throw new ArgumentException(
                    $"{Element(i)} is \"{name}\", which is not a fee of {version.RuleId}; its fees are {string.Join(", ", policy.Fees.Select(f => f.Name))}.",
                    Element(i));
            }
        }

        var fees = policy.Fees.Select(f => (f, Fee(f, floorArea), waived.Contains(f.Name))).ToImmutableArray();
        var cost = new BuildingCost(floorArea, fees, policy.GrantPerOffice, version);
        if (recorder is not null)
        {
            foreach (var (fee, amount, isWaived) in cost.Fees)
            {
                recorder.Step(PremisesText.Fee(fee, floorArea, amount, isWaived));
            }

            recorder.Step(PremisesText.FeesInAll(cost));
        }

        return cost;
    }

    // The one computation of a reservation; the plain path passes no recorder and allocates nothing.
    private static ReservationRequirement ReserveUnder(PolicyVersion<ReservationPolicy> version, Area floorArea, HouseholdCount households, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        Area? byShare = null;
        Rate? share = null;
        BandMatch<Area, Rate> match = default;
        if (policy.ShareOfFloorArea is { } table)
        {
            match = table.Find(floorArea);
            share = match.Value;
            byShare = floorArea * match.Value;
        }

        Area? byHouseholds = policy.PerHundredHouseholds is { } per
            ? Area.FromSquareMetres(per.SquareMetres * households.Households / 100m)
            : null;
        var requirement = new ReservationRequirement(
            version, byShare, share, byShare is null ? -1 : match.ListedIndex, byShare is not null && match.IsDecidedByFirstListedWins, byHouseholds);
        if (recorder is not null)
        {
            if (byShare is { } shareArea)
            {
                recorder.Band(match, static (rate, _) => rate.ToString()).Step(PremisesText.ByShare(floorArea, requirement.Share, shareArea));
            }

            if (byHouseholds is { } householdArea)
            {
                recorder.Step(PremisesText.ByHouseholds(policy.PerHundredHouseholds.GetValueOrDefault(), households, householdArea));
            }

            if (byShare is not null && byHouseholds is not null)
            {
                recorder.Step(PremisesText.Governing(requirement.Governing));
            }
        }

        return requirement;
    }

    // A standard that scales with the community is asked through the community, which records its households and residents.
    private static PolicyVersion<PremisesStandard> Unscaled(PolicyVersion<PremisesStandard> version, string parameterName = "jurisdiction") =>
        version.Policy.FloorArea.IsScaled
            ? throw new ArgumentException(
                $"The {version.Kind.EnglishName} in force ({version.RuleId}) scales its floor area with the community's {version.Policy.FloorArea.Unit}; ask with the community: Assess(kind, asOf, community, premises).", parameterName)
            : version;

    private static PremisesAssessment AssessUnder(PolicyVersion<PremisesStandard> version, PremisesDescription premises, long units, ExplanationRecorder? recorder)
    {
        var standard = version.Policy;
        var findings = new FindingCollector(version, recorder);
        var required = standard.FloorArea.Required(units);
        if (recorder is not null && standard.FloorArea.IsScaled)
        {
            recorder.Step(PremisesText.ScaledArea(standard.FloorArea, units, required));
        }

        var (areaEn, areaZh) = PremisesText.FloorArea(premises.FloorArea, required);
        findings.Check(premises.FloorArea >= required, PremisesFindingCodes.FloorAreaBelowStandard, areaEn, areaZh);
        if (standard.MinimumRooms > 0)
        {
            var (english, chinese) = PremisesText.Rooms(premises.Rooms, standard.MinimumRooms);
            findings.Check(premises.Rooms >= standard.MinimumRooms, PremisesFindingCodes.TooFewRooms, english, chinese);
        }

        if (standard.MinimumHalls > 0)
        {
            var (english, chinese) = PremisesText.Halls(premises.Halls, standard.MinimumHalls);
            findings.Check(premises.Halls >= standard.MinimumHalls, PremisesFindingCodes.TooFewHalls, english, chinese);
        }

        if (standard.MinimumLand is { } minimumLand)
        {
            if (premises.Land is { } land)
            {
                var (english, chinese) = PremisesText.Land(land, minimumLand);
                findings.Check(land >= minimumLand, PremisesFindingCodes.LandBelowStandard, english, chinese);
            }
            else
            {
                var (english, chinese) = PremisesText.LandNotGiven(minimumLand);
                findings.Check(false, PremisesFindingCodes.LandNotChecked, english, chinese, FindingSeverity.Info);
            }
        }

        foreach (var facility in standard.RequiredFacilities)
        {
            var (english, chinese) = PremisesText.Required(facility);
            findings.Check(premises.Facilities.Contains(facility), PremisesFindingCodes.MissingFacility, english, chinese);
        }

        return new PremisesAssessment(premises, version, findings.ToImmutable(), required);
    }
}
