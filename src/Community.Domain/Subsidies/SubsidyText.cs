using System.Globalization;
using Community.Domain.Explanations;
using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>Every phrase of subsidy explanations, in English and Chinese, kept in one place.</summary>
internal static class SubsidyText
{
    public static string Role(PayRole role, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? role switch
            {
                PayRole.Secretary => "书记",
                PayRole.DeputySecretary => "副书记",
                PayRole.Director => "主任",
                PayRole.DeputyDirector => "副主任",
                PayRole.FullTimeMember => "专职委员",
                PayRole.PartTimeMember => "兼职委员",
                PayRole.CommunityWorker => "社区工作者",
                PayRole.GridWorker => "网格员",
                PayRole.PublicWelfarePost => "公益性岗位",
                PayRole.OrdinaryCadre => "一般干部",
                _ => "专职专干",
            }
            : role switch
            {
                PayRole.Secretary => "secretary",
                PayRole.DeputySecretary => "deputy secretary",
                PayRole.Director => "director",
                PayRole.DeputyDirector => "deputy director",
                PayRole.FullTimeMember => "full-time member",
                PayRole.PartTimeMember => "part-time member",
                PayRole.CommunityWorker => "community worker",
                PayRole.GridWorker => "grid worker",
                PayRole.PublicWelfarePost => "public-welfare post",
                PayRole.OrdinaryCadre => "ordinary cadre",
                _ => "specialist post",
            };

    public static string Nature(SubsidyNature nature, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? nature == SubsidyNature.Floor ? "最低标准" : "标准"
            : nature == SubsidyNature.Floor ? "floor" : "amount";

    public static string Monthly(Money money, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese ? "每月" + KernelText.Money(money, language) : KernelText.Money(money, language) + " a month";

    public static ExplanationStep Formula(SubsidyAmount amount, Money unrounded)
    {
        var role = (En: Role(amount.Role, ExplanationLanguage.English), Zh: Role(amount.Role, ExplanationLanguage.Chinese));
        var nature = (En: Nature(amount.Nature, ExplanationLanguage.English), Zh: Nature(amount.Nature, ExplanationLanguage.Chinese));
        if (amount.Wage is not { } wage)
        {
            return new(
                ExplanationStepKind.Formula,
                $"The schedule fixes the {nature.En} for a {role.En} at {Monthly(amount.Monthly, ExplanationLanguage.English)}.",
                $"{role.Zh}的{nature.Zh}规定为{Monthly(amount.Monthly, ExplanationLanguage.Chinese)}。");
        }

        return new(
            ExplanationStepKind.Formula,
            $"The {nature.En} for a {role.En} is {amount.Rate} of the {wage.Kind.EnglishName}, {Monthly(wage.Policy.Monthly, ExplanationLanguage.English)}: {KernelText.Money(wage.Policy.Monthly, ExplanationLanguage.English)} × {amount.Rate} = {Exact(unrounded)} yuan.",
            $"{role.Zh}的{nature.Zh}为{wage.Kind.ChineseName}({Monthly(wage.Policy.Monthly, ExplanationLanguage.Chinese)})的{amount.Rate}:{Primitives.Money.Display(wage.Policy.Monthly.Yuan)}元×{amount.Rate}={Exact(unrounded)}元。");
    }

    public static ExplanationStep Rounding(SubsidyAmount amount, Rounding rounding, Money unrounded)
    {
        var up = rounding.Mode == RoundingMode.Up;
        var step = Exact(Primitives.Money.FromYuan(rounding.Step));
        var changed = unrounded != amount.Monthly;
        return new(
            ExplanationStepKind.Rounding,
            (up ? $"Rounded up to {step} yuan, so that paying the floor satisfies it" : $"Rounded to {step} yuan ({rounding.Mode})")
                + (changed ? $": {Monthly(amount.Monthly, ExplanationLanguage.English)}." : $"; it is already exact: {Monthly(amount.Monthly, ExplanationLanguage.English)}."),
            (up ? $"按{step}元向上取整,以保证按此发放即达到最低标准" : $"按{step}元取整({rounding.Mode})")
                + (changed ? $":{Monthly(amount.Monthly, ExplanationLanguage.Chinese)}。" : $",计算结果无需取整:{Monthly(amount.Monthly, ExplanationLanguage.Chinese)}。"));
    }

    public static (string English, string Chinese) Serving(ServiceRecord person, NodaTime.LocalDate asOf, bool serving) => (serving, person.LastDayOfService) switch
    {
        (true, null) => (string.Create(CultureInfo.InvariantCulture, $"In the post on {asOf:uuuu-MM-dd}, appointed on {person.AppointedOn:uuuu-MM-dd}."),
                         string.Create(CultureInfo.InvariantCulture, $"{asOf:uuuu'年'M'月'd'日'}在岗,于{person.AppointedOn:uuuu'年'M'月'd'日'}任职。")),
        (true, { } last) => (string.Create(CultureInfo.InvariantCulture, $"In the post on {asOf:uuuu-MM-dd}, appointed on {person.AppointedOn:uuuu-MM-dd} and serving until {last:uuuu-MM-dd}."),
                             string.Create(CultureInfo.InvariantCulture, $"{asOf:uuuu'年'M'月'd'日'}在岗,于{person.AppointedOn:uuuu'年'M'月'd'日'}任职,任职至{last:uuuu'年'M'月'd'日'}。")),
        (false, { } last) when asOf > last => (string.Create(CultureInfo.InvariantCulture, $"Not in the post on {asOf:uuuu-MM-dd}: service ended on {last:uuuu-MM-dd}."),
                                               string.Create(CultureInfo.InvariantCulture, $"{asOf:uuuu'年'M'月'd'日'}不在岗:已于{last:uuuu'年'M'月'd'日'}离任。")),
        _ => (string.Create(CultureInfo.InvariantCulture, $"Not in the post on {asOf:uuuu-MM-dd}: appointed only on {person.AppointedOn:uuuu-MM-dd}."),
              string.Create(CultureInfo.InvariantCulture, $"{asOf:uuuu'年'M'月'd'日'}不在岗:{person.AppointedOn:uuuu'年'M'月'd'日'}方任职。")),
    };

    public static (string English, string Chinese) Condition(EligibilityCondition condition, ServiceRecord person, NodaTime.LocalDate asOf, bool met) => condition.Kind switch
    {
        EligibilityConditionKind.YearsOfService => met
            ? (string.Create(CultureInfo.InvariantCulture, $"{person.YearsOfService(asOf)} full years of service on {asOf:uuuu-MM-dd}, at least the {condition.Years} the line requires."),
               string.Create(CultureInfo.InvariantCulture, $"截至{asOf:uuuu'年'M'月'd'日'}任职满{person.YearsOfService(asOf)}年,不少于规定的{condition.Years}年。"))
            : (string.Create(CultureInfo.InvariantCulture, $"{person.YearsOfService(asOf)} full years of service on {asOf:uuuu-MM-dd}, fewer than the {condition.Years} the line requires."),
               string.Create(CultureInfo.InvariantCulture, $"截至{asOf:uuuu'年'M'月'd'日'}任职满{person.YearsOfService(asOf)}年,不足规定的{condition.Years}年。")),
        EligibilityConditionKind.AppointedBefore => met
            ? (string.Create(CultureInfo.InvariantCulture, $"Appointed on {person.AppointedOn:uuuu-MM-dd}, before {condition.Date:uuuu-MM-dd} as the line requires."),
               string.Create(CultureInfo.InvariantCulture, $"于{person.AppointedOn:uuuu'年'M'月'd'日'}任职,在规定的{condition.Date:uuuu'年'M'月'd'日'}之前。"))
            : (string.Create(CultureInfo.InvariantCulture, $"Appointed on {person.AppointedOn:uuuu-MM-dd}, not before {condition.Date:uuuu-MM-dd} as the line requires."),
               string.Create(CultureInfo.InvariantCulture, $"于{person.AppointedOn:uuuu'年'M'月'd'日'}任职,不在规定的{condition.Date:uuuu'年'M'月'd'日'}之前。")),
        _ => met
            ? ($"Does not receive {condition.Allowance}, which the line excludes.", $"未领取与本项不可兼得的{condition.Allowance}。")
            : ($"Receives {condition.Allowance}, which the line excludes.", $"已领取{condition.Allowance},与本项不可兼得。"),
    };

    public static (string English, string Chinese) EntitlementResult(SubsidyEntitlement entitlement) => entitlement.IsEligible
        ? ($"eligible: {Monthly(entitlement.Monthly, ExplanationLanguage.English)}", $"符合条件:{Monthly(entitlement.Monthly, ExplanationLanguage.Chinese)}")
        : (string.Create(CultureInfo.InvariantCulture, $"not eligible: {entitlement.Unmet.Length} condition(s) unmet"), string.Create(CultureInfo.InvariantCulture, $"不符合条件:{entitlement.Unmet.Length}项条件未满足"));

    // Computed products keep their digits (up to four decimals) in the formula step, so that the rounding step shows its work.
    private static string Exact(Money money) => Primitives.Money.Display(money.Yuan);

    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "subsidies.floor" => ("pay floor", "待遇最低标准"),
        "subsidies.pay" => ("pay schedule", "待遇标准"),
        "wages.minimum" => ("minimum wage", "最低工资标准"),
        "wages.average-social" => ("average social wage", "社会平均工资"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };

    public static (string English, string Chinese) AmountResult(SubsidyAmount amount) => (
        $"{Nature(amount.Nature, ExplanationLanguage.English)} for a {Role(amount.Role, ExplanationLanguage.English)}: {Monthly(amount.Monthly, ExplanationLanguage.English)} ({KernelText.AnnualMoney(amount.Annual, ExplanationLanguage.English)})",
        $"{Role(amount.Role, ExplanationLanguage.Chinese)}{Nature(amount.Nature, ExplanationLanguage.Chinese)}:{Monthly(amount.Monthly, ExplanationLanguage.Chinese)}({KernelText.AnnualMoney(amount.Annual, ExplanationLanguage.Chinese)})");

    public static (string English, string Chinese) PaidAgainstFloor(SubsidyGap gap) => (
        $"The pay, {Monthly(gap.PaidMonthly, ExplanationLanguage.English)}, must be at least the floor, {Monthly(gap.Floor.Monthly, ExplanationLanguage.English)}.",
        $"实发{Monthly(gap.PaidMonthly, ExplanationLanguage.Chinese)},应不低于最低标准{Monthly(gap.Floor.Monthly, ExplanationLanguage.Chinese)}。");

    public static (string English, string Chinese) GapResult(SubsidyGap gap) => (
        $"short {Monthly(gap.ShortfallMonthly, ExplanationLanguage.English)} ({KernelText.AnnualMoney(gap.ShortfallAnnual, ExplanationLanguage.English)})",
        $"差额{Monthly(gap.ShortfallMonthly, ExplanationLanguage.Chinese)}({KernelText.AnnualMoney(gap.ShortfallAnnual, ExplanationLanguage.Chinese)})");
}
