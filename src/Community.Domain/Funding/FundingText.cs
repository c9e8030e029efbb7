using System.Globalization;
using Community.Domain.Explanations;
using Community.Domain.Primitives;

namespace Community.Domain.Funding;

/// <summary>Every phrase of funding explanations, in English and Chinese, kept in one place.</summary>
internal static class FundingText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static ExplanationText? UnitsInput(FundingBasis basis, FundedUnits units) => basis switch
    {
        FundingBasis.PerWorker => new("workers", string.Create(Invariant, $"{units.Workers} workers"), string.Create(Invariant, $"{units.Workers}名工作人员")),
        FundingBasis.PerHundredHouseholds => new("households", KernelText.Households(units.Households.GetValueOrDefault(), ExplanationLanguage.English), KernelText.Households(units.Households.GetValueOrDefault(), ExplanationLanguage.Chinese)),
        FundingBasis.PerPartyBranch => new("party-branches", string.Create(Invariant, $"{units.PartyBranches} party branches"), string.Create(Invariant, $"{units.PartyBranches}个党支部")),
        _ => null,
    };

    public static Func<Money, ExplanationLanguage, string> PerUnit(FundingBasis basis) => basis switch
    {
        FundingBasis.PerWorker => static (m, l) => l == ExplanationLanguage.Chinese ? "每人" + KernelText.AnnualMoney(m, l) : KernelText.AnnualMoney(m, l) + " per worker",
        FundingBasis.PerHundredHouseholds => static (m, l) => l == ExplanationLanguage.Chinese ? "每百户" + KernelText.AnnualMoney(m, l) : KernelText.AnnualMoney(m, l) + " per 100 households",
        FundingBasis.PerPartyBranch => static (m, l) => l == ExplanationLanguage.Chinese ? "每个党支部" + KernelText.AnnualMoney(m, l) : KernelText.AnnualMoney(m, l) + " per party branch",
        _ => KernelText.AnnualMoney,
    };

    public static ExplanationStep? Bounds(FundingPolicy policy, Money counted) => policy switch
    {
        { AnnualCap: { } cap } when counted > cap => new(
            ExplanationStepKind.Formula,
            $"{Money(counted)} yuan is above the cap of {Money(cap)} yuan a year: {Money(cap)} yuan a year.",
            $"{Money(counted)}元超过每年{Money(cap)}元的上限,按{Money(cap)}元计。"),
        { AnnualFloor: { } floor } when counted < floor => new(
            ExplanationStepKind.Formula,
            $"{Money(counted)} yuan is below the floor of {Money(floor)} yuan a year: {Money(floor)} yuan a year.",
            $"{Money(counted)}元低于每年{Money(floor)}元的下限,按{Money(floor)}元计。"),
        _ => null,
    };

    public static ExplanationStep Formula(FundingPolicy policy, Money counted, FundingAmount amount, Money perUnit)
    {
        var units = amount.Units.ToString("0.##", Invariant);
        var (unitEn, unitZh) = policy.Basis switch
        {
            FundingBasis.PerWorker => ($"{units} workers", $"{units}人"),
            FundingBasis.PerHundredHouseholds => ($"{units} hundreds of households", $"{units}个百户"),
            FundingBasis.PerPartyBranch => ($"{units} branches", $"{units}个支部"),
            _ => ("1 community", "1个社区"),
        };
        if (policy.AnnualMaximum is { } most)
        {
            return new(
                ExplanationStepKind.Formula,
                $"The source gives a range, {Money(perUnit)} to {Money(most)} yuan a year for each of {unitEn}: {Amount(amount, ExplanationLanguage.English)}; no amount within it is chosen.",
                $"原文只给出范围,每个单位每年{Money(perUnit)}至{Money(most)}元,共{unitZh}:{Amount(amount, ExplanationLanguage.Chinese)};不在其中另定具体数额。");
        }

        var rounded = policy.Basis == FundingBasis.PerHundredHouseholds ? " rounded half away from zero to 0.01 yuan," : string.Empty;
        var roundedZh = policy.Basis == FundingBasis.PerHundredHouseholds ? "(四舍五入到0.01元)" : string.Empty;
        return new(
            ExplanationStepKind.Formula,
            $"{Money(perUnit)} yuan × {unitEn} ={rounded} {Money(counted)} yuan a year.",
            $"{Money(perUnit)}元×{unitZh}={Money(counted)}元{roundedZh}。");
    }

    public static string Amount(FundingAmount amount, ExplanationLanguage language) =>
        amount.IsRange
            ? language == ExplanationLanguage.Chinese
                ? $"每年{Money(amount.Annual)}至{Money(amount.AnnualMaximum)}元"
                : $"{Money(amount.Annual)} to {Money(amount.AnnualMaximum)} yuan a year"
            : KernelText.AnnualMoney(amount.Annual, language);

    public static ExplanationStep Excluded(Communities.CommunityKind kind) => new(
        ExplanationStepKind.Condition,
        $"Fails: the policy does not fund {Kind(kind, ExplanationLanguage.English)} communities, so the amount is zero.",
        $"不符合:本项经费不适用于{Kind(kind, ExplanationLanguage.Chinese)}社区,金额为零。");

    private static string Kind(Communities.CommunityKind kind, ExplanationLanguage language) => (kind, language) switch
    {
        (Communities.CommunityKind.VillageConverted, ExplanationLanguage.Chinese) => "村改居",
        (Communities.CommunityKind.Town, ExplanationLanguage.Chinese) => "集镇",
        (_, ExplanationLanguage.Chinese) => "纯居型",
        (Communities.CommunityKind.VillageConverted, _) => "village-converted",
        (Communities.CommunityKind.Town, _) => "town",
        _ => "pure residential",
    };

    private static string Money(Money money) => Primitives.Money.Display(money.Yuan);

    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "funding.office-funds" => ("office funds", "办公经费"),
        "funding.work-funds" => ("work funds", "工作经费"),
        "funding.staff-funds" => ("staff funds", "社区工作人员经费"),
        "funding.party-branch-funds" => ("party branch funds", "党支部经费"),
        "funding.self-governance-funds" => ("self-governance funds", "居民自治专项经费"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };

    public static (string English, string Chinese) Result(Policies.PolicyKind kind, FundingAmount amount) => (
        $"{kind.EnglishName}: {Amount(amount, ExplanationLanguage.English)}",
        $"{kind.ChineseName}:{Amount(amount, ExplanationLanguage.Chinese)}");
}
