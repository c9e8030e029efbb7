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
    public static void Print(TextWriter output)
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
        string[] lines =
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
            string.Empty,
            "More: add `list` to name every section, a section name or rule id (`admission`, `COM-01`) to print it,",
            "`all` for every section, and `--lang en|zh|both` for the language:",
            "  dotnet run --project samples/Community.Domain.Samples -- COM-01 --lang zh",
        ];
        foreach (var line in lines)
        {
            SectionPrinter.WriteWrapped(output, line);
        }
    }
}
