using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Statistics;
using Community.Domain.Subsidies;
using Community.Domain.Workflows;
using NodaTime;

/// <summary>The samples' overview: each rule family with a headline figure the library computes, and how to see more.</summary>
internal static class Overview
{
    public static void Print(TextWriter output, string language)
    {
        var catalog = BuiltInCatalog.Instance;
        var xiantao = KnownJurisdictions.Xiantao.Code;
        var xinluo = KnownJurisdictions.Xinluo.Code;
        var on = new LocalDate(2016, 11, 22);
        var march2008 = new LocalDate(2008, 3, 1);
        var committees = new CommitteeEvaluator(catalog);
        var subsidies = new SubsidyEvaluator(catalog);
        var funding = new FundingEvaluator(catalog);
        var statistics = new StatisticsEvaluator(catalog);
        int Quota(int residents) => committees.Quota(xiantao, on, Population.Of(residents)).Quota.Total.Max;
        decimal Gap(PayRole role, decimal paid) => subsidies.Gap(xinluo, march2008, role, Money.FromYuan(paid)).ShortfallMonthly.Yuan;
        decimal Office(int residents) => funding.Amount(FundingKinds.OfficeFunds, xinluo, march2008, Population.Of(residents)).Annual.Yuan;
        var plan = new GridEvaluator(catalog).Plan(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 1, 1), HouseholdCount.Of(2500));
        var reserve = new PremisesEvaluator(catalog).Reservation(KnownJurisdictions.Longyan.Code, march2008, Area.FromSquareMetres(50000), HouseholdCount.Of(400));
        var flags = new[]
        {
            statistics.Check(StatisticsKinds.Communities, xiantao, on), statistics.Check(StatisticsKinds.Workforce, KnownJurisdictions.Hefei.Code, on),
        }.Sum(check => check.Findings.Length);
        var petitions = Proportion.Of(51, 52);
        string[] english =
        [
            "Community.Domain samples: the rules of five source documents, evaluated and explained in English and Chinese.",
            string.Empty,
            $"COM  3+X committee quota (Xiantao): 5000 residents → {Quota(5000)} members, 5001 → {Quota(5001)}, 10001 → {Quota(10001)}",
            $"SUB  Xinluo, March 2008: pay 700 / 500 against the Fujian floors, short {Gap(PayRole.Director, 700):0} / {Gap(PayRole.FullTimeMember, 500):0} yuan a month",
            $"FUN  office funds (Fujian): {Office(5000):0} yuan a year at 5000 residents, {Office(4999):0} below",
            $"FAC  Longyan reserves {reserve.ByShare} of a 50000 m² development (3% up to and at 50000 m², 2% above)",
            $"GRD  Hefei, grids of 300 to 500 households: 2500 households → {plan.MinimumGrids} to {plan.MaximumGrids} grids",
            "ADM  work admission: 15 kinds of request decided under Xinluo's proposal, with every unmet condition",
            $"WF   Furong's petitions: 51 of 52 mediated = {petitions.RoundedPercent(2)}%, the {petitions.RoundedPercent(0)}% it reports",
            "PAR  Xiantao's participation targets: 5 volunteer organisations (town 3), 80% of party members volunteer",
            $"STA  the sources' reported figures: {flags} breakdowns of Xiantao's and Hefei's reports do not add up",
        ];
        string[] chinese =
        [
            "Community.Domain示例:五份来源文件的规则,逐项计算并以中英文说明。",
            string.Empty,
            $"COM  仙桃“3+X”职数:5000人→{Quota(5000)}人,5001人→{Quota(5001)}人,10001人→{Quota(10001)}人",
            $"SUB  新罗2008年3月:实发700/500元,对照福建最低标准每月差{Gap(PayRole.Director, 700):0}/{Gap(PayRole.FullTimeMember, 500):0}元",
            $"FUN  办公经费(福建):5000人每年{Office(5000):0}元,不足5000人{Office(4999):0}元",
            $"FAC  龙岩5万平方米开发项目预留{reserve.ByShare?.SquareMetres:0}平方米(5万平方米以下含本数3%,以上2%)",
            $"GRD  合肥每格300至500户:2500户→{plan.MinimumGrids}至{plan.MaximumGrids}个网格",
            "ADM  社区工作准入:按新罗建议裁定15类请求,列明每项未满足的条件",
            $"WF   芙蓉镇信访:52起调处51起={petitions.RoundedPercent(2)}%,与所报{petitions.RoundedPercent(0)}%相符",
            "PAR  仙桃参与目标:志愿者组织5个以上(镇社区3个),党员80%以上参加志愿服务",
            $"STA  来源所报数据:仙桃、合肥报告中{flags}组分项数据不相符",
        ];
        string[] more =
        [
            string.Empty,
            "More: add `list` to name every section, a section name or rule id (`admission`, `COM-01`) to print it,",
            "`all` for every section, and `--lang en|zh|both` for the language:",
            "  dotnet run --project samples/Community.Domain.Samples -- COM-01 --lang zh",
        ];
        var lines = language switch
        {
            "en" => english.Concat(more),
            "zh" => chinese.Concat(more),
            _ => english.Concat(chinese.Skip(1)).Concat(more),
        };
        foreach (var line in lines)
        {
            SectionPrinter.WriteWrapped(output, line);
        }
    }
}
