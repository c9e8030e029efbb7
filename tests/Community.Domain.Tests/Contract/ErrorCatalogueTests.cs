using System.Globalization;
using System.Text;
using System.Text.Json;
using Community.Domain.Admission;
using Community.Domain.Assessments;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.DependencyInjection;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Statistics;
using Community.Domain.Workflows;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Community.Domain.Tests.Contract;

/// <summary>
/// The catalogue of docs/errors.md: one bad call of each kind the library refuses, with the
/// exception it throws, the parameter named and the exact message. The table in the document is
/// checked against what the calls really throw; to rewrite it after a deliberate change, run with
/// COMMUNITY_DOMAIN_WRITE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class ErrorCatalogueTests
{
    private const string Start = "<!-- catalogue:start -->";
    private const string End = "<!-- catalogue:end -->";

    private static readonly LocalDate Day = new(2016, 11, 22);

    private static CommunityProfile Ganhe() =>
        CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(2600));

    /// <summary>Gets each case: an id, what it shows, and the bad call.</summary>
    internal static IReadOnlyList<(string Id, string Case, Action Call)> Cases { get; } =
    [
        ("null", "a null argument", () => _ = new CommitteeEvaluator(null!)),
        ("null-element", "a null element, named by its index", () => ResidentsCommittee.Create(Ganhe(), [CommitteeMember.FullTime("张敏", CommitteePost.Director), null!])),
        ("duplicate-element", "an element given twice", () => ResidentsCommittee.Create(Ganhe(), [CommitteeMember.FullTime("张敏", CommitteePost.Director), CommitteeMember.FullTime("张敏", CommitteePost.Member)])),
        ("element-member", "a member of an element", () => BudgetCommunity.Create(Ganhe(), [(Domain.Subsidies.PayRole.Director, 1), (Domain.Subsidies.PayRole.Director, 2)])),
        ("blank", "a blank text", () => Department.Of(" ", DepartmentLevel.City)),
        ("negative-count", "a negative count", () => Population.Of(-1)),
        ("money-limit", "an amount beyond ±10^15 yuan", () => Money.FromYuan(2_000_000_000_000_000m)),
        ("money-arithmetic", "arithmetic leaving the amounts Money holds", () => _ = Money.FromYuan(Money.MaxYuan) + Money.FromYuan(1m)),
        ("area-limit", "an area beyond 10^13 m²", () => Area.FromSquareMetres(20_000_000_000_000m)),
        ("rate-limit", "a rate beyond 1,000,000%", () => Rate.FromPercent(2_000_000m)),
        ("rounding-step", "a rounding step outside 10^-10 to 10^10", () => Rounding.To(0m, RoundingMode.Up)),
        ("count-limit", "a count a formula cannot hold", () => CountFormula.PerUnits(1, RoundingMode.Up).Evaluate(long.MaxValue)),
        ("undefined-enum", "an enum value the type does not define", () => Rounding.To(0.01m, (RoundingMode)9)),
        ("undefined-flags", "a flag the type does not define", () => AdmissionPolicy.CreateBuilder().Waive((AdmissionCondition)(1 << 30))),
        ("language", "a language that is neither English nor Chinese", () => new CommitteeEvaluator(BuiltInCatalog.Instance).ExplainQuota(KnownJurisdictions.Xiantao.Code, Day, Population.Of(5000)).Explanation.ToText((ExplanationLanguage)7)),
        ("default-argument", "a struct argument left at its default", () => CommunityProfile.Create(default, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(2600))),
        ("default-citation-date", "a source date left at its default", () => Citation.Create("某文件", "某机关", "某地", default(SourceDate))),
        ("unknown-jurisdiction", "a jurisdiction the catalog does not know", () => new CommitteeEvaluator(BuiltInCatalog.Instance).Quota(JurisdictionCode.Of(990100), Day, Population.Of(5000))),
        ("default-jurisdiction", "the default jurisdiction code", () => new CommitteeEvaluator(BuiltInCatalog.Instance).Quota(default, Day, Population.Of(5000))),
        ("code-parent", "a code that does not agree with its parent's", () => Jurisdiction.Below(KnownJurisdictions.Xinluo.Code, JurisdictionCode.Of(429004001), "沙嘴街道", "Shazui Street", JurisdictionLevel.Street)),
        ("last-date", "a period ending on NodaTime's last date", () => EffectivePeriod.From(Day).EndingOn(LocalDate.MaxIsoValue)),
        ("not-iso", "a date outside the ISO calendar", () => EffectivePeriod.From(new LocalDate(2016, 11, 22, CalendarSystem.Julian))),
        ("missing-count", "a fund counted on something not given", () => new FundingEvaluator(Funding.UnnamedCityFunding.Catalog).Amount(FundingKinds.StaffFunds, Funding.UnnamedCityFunding.City.Code, Day, FundedUnits.Of(Population.Of(5000)))),
        ("budget-element", "a budget's community the catalog does not know", () => new BudgetCalculator(BuiltInCatalog.Instance).Annual(Day, [BudgetCommunity.Create(Ganhe(), []), BudgetCommunity.Create(CommunityProfile.Create(JurisdictionCode.Of(990100), "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(100), HouseholdCount.Of(10)), [])])),
        ("not-in-force", "no version of a policy in force", () => new CommitteeEvaluator(BuiltInCatalog.Instance).Review(Day, CommitteeRecord.Create(Ganhe(), 7, 5))),
        ("definition", "a bad policy definition, every problem listed", () => BuiltInCatalog.CreateBuilder().Add(FundingKinds.WorkFunds, JurisdictionCode.Of(420100), EffectivePeriod.Always, FundingPolicy.Fixed(Money.Zero), RuleId.Of("WH-FUN-01")).Build()),
        ("illegal-move", "a workflow move its definition does not allow", () => new WorkflowEvaluator(BuiltInCatalog.Instance).Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, Day, "仙桃-2016-001", MatterSize.Small).MoveTo("close", Day)),
        ("format", "a code that is not six or nine digits", () => JurisdictionCode.Parse("35-08")),
        ("state-proportion", "a percentage of nothing", () => _ = Proportion.Of(0, 0).Percent),
        ("state-period", "an open period as a DateInterval", () => EffectivePeriod.Always.ToDateInterval()),
        ("state-rate", "an approximate whole of a rate with no counts", () => StatisticalRate.Reported("满意率", "satisfaction", 97m).WithApproximateWhole()),
        ("default-result", "a member of a result left at its default", () => _ = default(AdmissionDecision).RuleId),
        ("schema-defined", "a document schema defined twice", () => Domain.Documents.DocumentSchema.Integer("The years.").Define("years").Define("term-years")),
        ("schema-conflict", "a module describing two different schemas under one name", () => Domain.Modules.ModuleRegistry.Create([new ConflictingSchemas()])),
        ("working-days", "working days past NodaTime's last date", () => WorkingCalendar.WeekdaysOnly.AddWorkingDays(new LocalDate(9999, 12, 30), 5)),
        ("di-configure", "configuring a catalog the caller registered", () => new ServiceCollection().AddSingleton(BuiltInCatalog.Instance).AddCommunityDomain(_ => { })),
        ("json", "JSON that is not a finding code", () => JsonSerializer.Deserialize<FindingCode>("\"Not A Code\"")),
        ("json-no-catalog", "a result read with options bound to no catalog", () => JsonSerializer.Deserialize<Domain.Committees.QuotaResult>(QuotaJson)),
        ("json-other-rule", "a result whose version the catalog gives another rule id", () => JsonSerializer.Deserialize<Domain.Committees.QuotaResult>(QuotaJson.Replace("COM-01", "COM-09", StringComparison.Ordinal), Domain.Json.CommunityDomainJson.Options(BuiltInCatalog.Instance))),
        ("json-range", "a count range whose least is above its largest", () => JsonSerializer.Deserialize<CountRange>("{\"Min\":5,\"Max\":2}")),
    ];

    private static string QuotaJson => JsonSerializer.Serialize(new Domain.Committees.CommitteeEvaluator(BuiltInCatalog.Instance).Quota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000)));

    [Fact]
    public void EveryCase_Throws_AndTheDocumentShowsWhatItThrows()
    {
        var table = Table();
        var path = RepositoryPaths.Of("docs", "errors.md");
        var document = File.ReadAllText(path);
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/errors.md marks its catalogue");
        end.Should().BeGreaterThan(start);
        var expected = document[..(start + Start.Length)] + "\n" + table + document[end..];
        if (Environment.GetEnvironmentVariable("COMMUNITY_DOMAIN_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        document.ReplaceLineEndings("\n").Should().Be(expected.ReplaceLineEndings("\n"), "the catalogue in docs/errors.md is what the library throws (rewrite with COMMUNITY_DOMAIN_WRITE_GOLDEN=1)");
    }

    [Fact]
    public void EveryCase_ThrowsOnlyWhatTheContractAllows()
    {
        foreach (var (id, _, call) in Cases)
        {
            var thrown = Catch(call);
            thrown.Should().NotBeNull(id);
            (thrown is ArgumentException or PolicyDefinitionException or PolicyNotInForceException or IllegalTransitionException or FormatException or InvalidOperationException or JsonException)
                .Should().BeTrue($"{id} threw {thrown!.GetType().Name}");
            if (thrown is ArgumentException { ParamName: { } name })
            {
                thrown.Message.Should().Contain(name, id);
            }
        }
    }

    private static string Table()
    {
        var text = new StringBuilder();
        text.Append("| Case | Exception | Parameter | Message |\n|---|---|---|---|\n");
        foreach (var (id, description, call) in Cases)
        {
            var thrown = Catch(call) ?? throw new InvalidOperationException($"{id} did not throw");
            var message = thrown is ArgumentException { ParamName: { } } argument
                ? argument.Message[..argument.Message.LastIndexOf(" (Parameter '", StringComparison.Ordinal)]
                : thrown.Message;
            message = message.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
            text.Append(CultureInfo.InvariantCulture, $"| {description} (`{id}`) | `{thrown.GetType().Name}` | {((thrown as ArgumentException)?.ParamName is { } p ? $"`{p}`" : "—")} | {message} |\n");
        }

        return text.ToString();
    }

    private static Exception? Catch(Action call)
    {
        try
        {
            call();
            return null;
        }
        catch (Exception thrown)
        {
            return thrown;
        }
    }

    /// <summary>A module whose one kind's schema defines two different shapes under one name.</summary>
    private sealed class ConflictingSchemas() : Domain.Modules.DomainModule("conflicting")
    {
        protected internal override void Register(Domain.Modules.ModuleRegistration registration) => registration.AddKind(new Codec());

        private sealed class Codec() : Domain.Documents.PolicyCodec<CommitteeTermPolicy>(new Domain.Policies.PolicyKind<CommitteeTermPolicy>("conflicting.term", "term", "任期"))
        {
            public override Domain.Documents.DocumentSchema Schema { get; } = Domain.Documents.DocumentSchema.Object(
                "A term.",
                Domain.Documents.DocumentMember.Required("years", Domain.Documents.DocumentSchema.Integer("The years.").Define("span")),
                Domain.Documents.DocumentMember.Required("months", Domain.Documents.DocumentSchema.Text("The months.").Define("span")));

            protected override CommitteeTermPolicy ReadPolicy(Domain.Documents.DocumentNode policy) => CommitteeTermPolicy.OfYears(policy.Required("years").Int32());

            protected override void WritePolicy(System.Text.Json.Utf8JsonWriter writer, CommitteeTermPolicy policy) => writer.WriteNumber("years", policy.Years);
        }
    }
}
