using System.Globalization;
using Community.Domain.Explanations;

namespace Community.Domain.Premises;

/// <summary>Every phrase of premises findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class PremisesText
{
    private const ExplanationLanguage En = ExplanationLanguage.English;
    private const ExplanationLanguage Zh = ExplanationLanguage.Chinese;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string English, string Chinese) Description(PremisesDescription premises) => (
        string.Create(Invariant, $"{premises.FloorArea}, {premises.Rooms} rooms, {premises.Halls} hall(s)"),
        string.Create(Invariant, $"{KernelText.Area(premises.FloorArea, Zh)},{premises.Rooms}室{premises.Halls}厅"));

    public static (string English, string Chinese) AssessmentResult(bool compliant, int errors) => compliant
        ? ("meets the standard", "达到标准")
        : (string.Create(Invariant, $"below the standard: {errors} finding(s)"), string.Create(Invariant, $"未达标准:{errors}项"));

    public static ExplanationStep ScaledArea(FloorAreaRule rule, long units, Primitives.Area required)
    {
        var en = FormulaText.Units(units, rule.Unit, En);
        var zh = FormulaText.Units(units, rule.Unit, Zh);
        if (rule.Bands is { } bands)
        {
            var hit = bands.Find(units);
            return new(
                ExplanationStepKind.Band,
                string.Create(Invariant, $"{en} falls in band {hit.ListedIndex + 1} of {bands.Bands.Length}{(hit.Band.SourceText is { } t ? $" (\"{t}\")" : string.Empty)}, which requires {KernelText.Area(required, En)}."),
                string.Create(Invariant, $"{zh}落在第{hit.ListedIndex + 1}档(共{bands.Bands.Length}档){(hit.Band.SourceText is { } t2 ? $"“{t2}”" : string.Empty)},应不少于{KernelText.Area(required, Zh)}。"));
        }

        return new(
            ExplanationStepKind.Formula,
            string.Create(Invariant, $"{KernelText.Area(rule.PerStep, En)} per {FormulaText.Units(rule.StepUnits, rule.Unit, En)}: {KernelText.Area(rule.PerStep, En)} × {units} ÷ {rule.StepUnits}, rounded up to 0.01 m², at least {KernelText.Area(rule.FixedArea, En)}: {KernelText.Area(required, En)}."),
            string.Create(Invariant, $"每{FormulaText.Units(rule.StepUnits, rule.Unit, Zh)}{KernelText.Area(rule.PerStep, Zh)}:{KernelText.Area(rule.PerStep, Zh)}×{units}÷{rule.StepUnits}(向上取整到0.01平方米),不少于{KernelText.Area(rule.FixedArea, Zh)}:{KernelText.Area(required, Zh)}。"));
    }

    public static (string English, string Chinese) FloorArea(Primitives.Area actual, Primitives.Area minimum) => (
        $"The floor area, {actual}, must be at least {minimum}.",
        $"建筑面积{KernelText.Area(actual, Zh)},应不少于{KernelText.Area(minimum, Zh)}。");

    public static (string English, string Chinese) Rooms(int rooms, int minimum) => (
        string.Create(Invariant, $"The premises have {rooms} rooms; the standard asks at least {minimum}."),
        string.Create(Invariant, $"现有{rooms}室,标准要求至少{minimum}室。"));

    public static (string English, string Chinese) Halls(int halls, int minimum) => (
        string.Create(Invariant, $"The premises have {halls} hall(s); the standard asks at least {minimum}."),
        string.Create(Invariant, $"现有{halls}厅,标准要求至少{minimum}厅。"));

    public static (string English, string Chinese) Land(Primitives.Area land, Primitives.Area minimum) => (
        $"The land, {land}, must be at least {minimum}.",
        $"占地面积{KernelText.Area(land, Zh)},应不少于{KernelText.Area(minimum, Zh)}。");

    public static (string English, string Chinese) LandNotGiven(Primitives.Area minimum) => (
        $"The standard asks land of at least {minimum}; the land was not given, so it was not checked.",
        $"标准要求占地不少于{KernelText.Area(minimum, Zh)};未提供占地面积,未予核对。");

    public static (string English, string Chinese) Required(Facility facility) => (
        $"The premises must have {Facility(facility, En)}.",
        $"应设有{Facility(facility, Zh)}。");

    public static ExplanationStep ByShare(Primitives.Area floorArea, Primitives.Rate? share, Primitives.Area byShare) => new(
        ExplanationStepKind.Formula,
        $"{KernelText.Area(floorArea, En)} × {share} = {KernelText.Area(byShare, En)}.",
        $"{KernelText.Area(floorArea, Zh)}×{share}={KernelText.Area(byShare, Zh)}。");

    public static ExplanationStep ByHouseholds(Primitives.Area perHundred, Primitives.HouseholdCount households, Primitives.Area byHouseholds) => new(
        ExplanationStepKind.Formula,
        string.Create(Invariant, $"{KernelText.Area(perHundred, En)} per 100 households × {households.Households / 100m:0.##} = {KernelText.Area(byHouseholds, En)}."),
        string.Create(Invariant, $"每百户{KernelText.Area(perHundred, Zh)}×{households.Households / 100m:0.##}={KernelText.Area(byHouseholds, Zh)}。"));

    public static ExplanationStep Governing(ReservationBasis governing) => governing == ReservationBasis.ShareOfFloorArea
        ? new(ExplanationStepKind.Condition, "Both requirements apply; the share of floor area is the larger, so it governs.", "两项要求同时适用,按建筑面积比例计算的面积较大,以其为准。")
        : new(ExplanationStepKind.Condition, "Both requirements apply; the area per 100 households is the larger, so it governs.", "两项要求同时适用,按户数计算的面积较大,以其为准。");

    public static (string English, string Chinese) ReservationResult(ReservationRequirement requirement) =>
        ($"reserve {KernelText.Area(requirement.Required, En)}", $"应配建{KernelText.Area(requirement.Required, Zh)}");

    public static ExplanationStep Fee(BuildingFee fee, Primitives.Area floorArea, Primitives.Money amount, bool waived) => new(
        ExplanationStepKind.Formula,
        $"{fee.Name}: {KernelText.Money(fee.PerSquareMetre, En)} a m² × {KernelText.Area(floorArea, En)} = {KernelText.Money(amount, En)}{(waived ? ", waived" : string.Empty)}.",
        $"{fee.ChineseName}:每平方米{KernelText.Money(fee.PerSquareMetre, Zh)}×{KernelText.Area(floorArea, Zh)}={KernelText.Money(amount, Zh)}{(waived ? ",予以减免" : string.Empty)}。");

    public static ExplanationStep FeesInAll(BuildingCost cost) => new(
        ExplanationStepKind.Formula,
        $"Fees {KernelText.Money(cost.TotalFees, En)}, less {KernelText.Money(cost.Waived, En)} waived: {KernelText.Money(cost.FeesDue, En)} due; the new office receives a grant of {KernelText.Money(cost.Grant, En)}.",
        $"规费合计{KernelText.Money(cost.TotalFees, Zh)},减免{KernelText.Money(cost.Waived, Zh)},应缴{KernelText.Money(cost.FeesDue, Zh)};新建办公场所补助{KernelText.Money(cost.Grant, Zh)}。");

    public static ExplanationStep InLieu(InLieuPaymentPolicy policy, Primitives.Area buildingArea, Primitives.Money price, InLieuPayment payment)
    {
        string Share(ExplanationLanguage language) => policy.IsRange
            ? language == Zh ? $"{policy.MinimumShare}至{policy.MaximumShare}" : $"{policy.MinimumShare} to {policy.MaximumShare}"
            : policy.MinimumShare.ToString();
        string Areas(ExplanationLanguage language) => payment.IsRange
            ? language == Zh ? $"{KernelText.Area(payment.AreaMinimum, Zh)}至{KernelText.Area(payment.AreaMaximum, Zh)}" : $"{KernelText.Area(payment.AreaMinimum, En)} to {KernelText.Area(payment.AreaMaximum, En)}"
            : KernelText.Area(payment.AreaMinimum, language);
        string Amounts(ExplanationLanguage language) => payment.IsRange
            ? language == Zh ? $"{KernelText.Money(payment.AmountMinimum, Zh)}至{KernelText.Money(payment.AmountMaximum, Zh)}" : $"{KernelText.Money(payment.AmountMinimum, En)} to {KernelText.Money(payment.AmountMaximum, En)}"
            : KernelText.Money(payment.AmountMinimum, language);
        return new(
            ExplanationStepKind.Formula,
            $"{Share(En)} of {KernelText.Area(buildingArea, En)} is {Areas(En)}; at {KernelText.Money(price, En)} a m², {Amounts(En)}.",
            $"建设面积{KernelText.Area(buildingArea, Zh)}的{Share(Zh)}为{Areas(Zh)};按每平方米{KernelText.Money(price, Zh)}折算,为{Amounts(Zh)}。");
    }

    public static string Price(Primitives.Money price, ExplanationLanguage language) =>
        language == Zh ? "每平方米" + KernelText.Money(price, Zh) : KernelText.Money(price, En) + " a m²";

    public static (string English, string Chinese) InLieuResult(InLieuPayment payment) => payment.IsRange
        ? ($"payment in lieu of premises {KernelText.Money(payment.AmountMinimum, En)} to {KernelText.Money(payment.AmountMaximum, En)}", $"折算缴纳社区配套用房经费{KernelText.Money(payment.AmountMinimum, Zh)}至{KernelText.Money(payment.AmountMaximum, Zh)}")
        : ($"payment in lieu of premises {KernelText.Money(payment.AmountMinimum, En)}", $"折算缴纳社区配套用房经费{KernelText.Money(payment.AmountMinimum, Zh)}");

    public static (string English, string Chinese) CostResult(BuildingCost cost) => (
        $"fees due {KernelText.Money(cost.FeesDue, En)}, grant {KernelText.Money(cost.Grant, En)}",
        $"应缴规费{KernelText.Money(cost.FeesDue, Zh)},补助{KernelText.Money(cost.Grant, Zh)}");

    public static string Facility(Facility facility, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? facility switch
            {
                Domain.Premises.Facility.ServiceCentre => "社区服务中心",
                Domain.Premises.Facility.HealthStation => "卫生服务站",
                Domain.Premises.Facility.PoliceRoom => "警务室",
                Domain.Premises.Facility.ReadingRoom => "文化阅览室",
                Domain.Premises.Facility.FitnessVenue => "体育健身场所",
                _ => "停车场",
            }
            : facility switch
            {
                Domain.Premises.Facility.ServiceCentre => "a service centre",
                Domain.Premises.Facility.HealthStation => "a health station",
                Domain.Premises.Facility.PoliceRoom => "a police room",
                Domain.Premises.Facility.ReadingRoom => "a reading room",
                Domain.Premises.Facility.FitnessVenue => "a fitness venue",
                _ => "parking",
            };

    public static string Area(Primitives.Area area, ExplanationLanguage language) => KernelText.Area(area, language);

    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "premises.standard" => ("premises standard", "社区办公用房标准"),
        "premises.new-centre-standard" => ("new community centre standard", "新建社区服务中心标准"),
        "premises.developer-reservation" => ("developer's premises reservation", "开发项目社区服务用房配建标准"),
        "premises.building-fees" => ("building fees and grant", "社区办公用房建设规费与补助"),
        "premises.in-lieu-payment" => ("payment in lieu of premises", "折算缴纳社区配套用房经费"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };
}
