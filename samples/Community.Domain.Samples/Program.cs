// Evaluates the built-in scenarios of the source documents and prints each with its explanation,
// in English and in Chinese. Run: dotnet run --project samples/Community.Domain.Samples
using System.Text;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

Console.OutputEncoding = Encoding.UTF8;
var catalog = PolicyCatalog.BuiltIn;
var funding = new FundingEvaluator(catalog);

Heading("Built-in catalog");
Console.WriteLine($"{catalog.Jurisdictions.Length} jurisdictions, {catalog.Versions.Length} policy versions:");
foreach (var version in catalog.Versions)
{
    Console.WriteLine($"  {version.RuleId}  {version.Kind.EnglishName} ({version.Kind.ChineseName}) at {catalog.GetJurisdiction(version.Jurisdiction)}, in force {version.Period}");
}

Heading("FUN-01 office funds in Xinluo, around the 5000-resident boundary");
var mid2008 = new LocalDate(2008, 6, 30);
foreach (var residents in new[] { 4999, 5000, 5001 })
{
    var amount = funding.Evaluate(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, mid2008, Population.Of(residents));
    Console.WriteLine($"  {residents,6} residents → {amount.Annual} a year{(amount.IsDecidedByFirstListedWins ? "  (boundary: first-listed band wins)" : string.Empty)}");
}

PrintBoth(funding.Explain(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, mid2008, Population.Of(5000)).Explanation);

Heading("FUN-03 work funds in Shashi, before and after 1 January 2008");
foreach (var date in new[] { new LocalDate(2007, 12, 31), new LocalDate(2008, 1, 1) })
{
    var amount = funding.Evaluate(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, date, Population.Of(8000));
    Console.WriteLine($"  {date:uuuu-MM-dd} → {amount.Annual} a year ({amount.RuleId})");
}

PrintBoth(funding.Explain(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(2008, 1, 1), Population.Of(8000)).Explanation);

Heading("A user's own jurisdiction and policy, added through the builder");
var wuhan = Jurisdiction.Below(KnownJurisdictions.Hubei.Code, JurisdictionCode.Of(420100), "武汉市", "Wuhan", JurisdictionLevel.City);
var extended = catalog.ToBuilder()
    .AddJurisdiction(wuhan)
    .Add(
        FundingKinds.WorkFunds,
        wuhan.Code,
        EffectivePeriod.From(new LocalDate(2020, 1, 1)),
        FundingPolicy.ByPopulation(BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Exclusive(Population.Of(8000)), Money.FromYuan(40000m), "不满8000人"),
            Band.From(Bound.Inclusive(Population.Of(8000)), Money.FromYuan(60000m), "8000人以上"))),
        RuleId.Of("WH-FUN-01"),
        Citation.Create("示例文件", "示例机关", "湖北省武汉市", SourceDate.InYear(2020), englishTitle: "An example document"))
    .Build();
PrintBoth(new FundingEvaluator(extended).Explain(FundingKinds.WorkFunds, wuhan.Code, new LocalDate(2021, 3, 1), Population.Of(8000)).Explanation);

Heading("A definition error lists every problem at once");
try
{
    BandTable.Define(
        BoundaryReading.Strict,
        Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Inclusive(Population.Of(5000)), 5),
        Band.Between(Bound.Inclusive(Population.Of(5000)), Bound.Inclusive(Population.Of(9000)), 6),
        Band.From(Bound.Inclusive(Population.Of(10000)), 7));
}
catch (PolicyDefinitionException exception)
{
    Console.WriteLine(exception.Message);
}

static void Heading(string title)
{
    Console.WriteLine();
    Console.WriteLine("== " + title + " ==");
}

static void PrintBoth(Explanation explanation)
{
    Console.WriteLine();
    Console.Write(explanation.ToText(ExplanationLanguage.English));
    Console.WriteLine();
    Console.Write(explanation.ToText(ExplanationLanguage.Chinese));
}
