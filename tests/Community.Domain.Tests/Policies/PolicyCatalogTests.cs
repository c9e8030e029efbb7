using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Policies;

public class PolicyCatalogTests
{
    private static readonly PolicyKind<FundingPolicy> Kind = new("test.funds", "test funds", "测试经费");
    private static readonly LocalDate Jan2008 = new(2008, 1, 1);
    private static readonly RuleId Rule = RuleId.Of("TEST-01");

    private static readonly Jurisdiction Province = Jurisdiction.Province(JurisdictionCode.Of(990000), "测试省", "Test Province");
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);
    private static readonly Jurisdiction County = Jurisdiction.Below(City.Code, JurisdictionCode.Of(990101), "测试区", "Test District", JurisdictionLevel.County);
    private static readonly Jurisdiction Street = Jurisdiction.Below(County.Code, JurisdictionCode.Of(990101001), "测试街道", "Test Street", JurisdictionLevel.Street);

    private static FundingPolicy Yuan(decimal amount) => FundingPolicy.Fixed(Money.FromYuan(amount));

    private static PolicyCatalogBuilder Tree() => PolicyCatalog.CreateBuilder()
        .AddJurisdiction(Street)
        .AddJurisdiction(County)
        .AddJurisdiction(City)
        .AddJurisdiction(Province);

    private static decimal AmountAt(PolicyCatalog catalog, Jurisdiction where, LocalDate date) =>
        catalog.Resolve(Kind, where.Code, date).Policy.Evaluate(Population.Of(1)).Value.Yuan;

    [Fact]
    public void Resolve_OwnVersion_IsNotInherited()
    {
        var catalog = Tree().Add(Kind, County.Code, EffectivePeriod.Always, Yuan(1), Rule).Build();

        var resolution = catalog.Resolve(Kind, County.Code, Jan2008);

        resolution.IsInherited.Should().BeFalse();
        resolution.Requested.Should().Be(County.Code);
        resolution.AsOf.Should().Be(Jan2008);
        resolution.Version.Jurisdiction.Should().Be(County.Code);
        resolution.ToString().Should().Contain("for 990101 on 2008-01-01").And.NotContain("inherited");
    }

    [Fact]
    public void Resolve_NoOwnVersion_InheritsFromNearestAncestor()
    {
        var catalog = Tree()
            .Add(Kind, Province.Code, EffectivePeriod.Always, Yuan(1), Rule)
            .Add(Kind, City.Code, EffectivePeriod.Always, Yuan(2), Rule)
            .Build();

        var resolution = catalog.Resolve(Kind, Street.Code, Jan2008);

        resolution.IsInherited.Should().BeTrue();
        resolution.Version.Jurisdiction.Should().Be(City.Code);
        resolution.ToString().Should().EndWith("(inherited)");
        AmountAt(catalog, Province, Jan2008).Should().Be(1);
    }

    [Fact]
    public void Resolve_OwnVersionNotYetInForce_InheritsUntilItStarts()
    {
        // A county inherits its province's floor unless it sets its own, and only while its own is in force.
        var catalog = Tree()
            .Add(Kind, Province.Code, EffectivePeriod.Always, Yuan(1), Rule)
            .Add(Kind, County.Code, EffectivePeriod.From(Jan2008), Yuan(3), Rule)
            .Build();

        AmountAt(catalog, County, Jan2008.PlusDays(-1)).Should().Be(1);
        AmountAt(catalog, County, Jan2008).Should().Be(3);
        AmountAt(catalog, Street, Jan2008).Should().Be(3);
    }

    [Fact]
    public void Resolve_EffectiveDatedVersions_SwitchOnTheStartDay()
    {
        var catalog = Tree()
            .Add(Kind, County.Code, EffectivePeriod.Always.EndingBefore(Jan2008), Yuan(20000), Rule)
            .Add(Kind, County.Code, EffectivePeriod.From(Jan2008), Yuan(30000), Rule)
            .Build();

        AmountAt(catalog, County, new LocalDate(2007, 12, 31)).Should().Be(20000);
        AmountAt(catalog, County, Jan2008).Should().Be(30000);
        AmountAt(catalog, County, new LocalDate(2008, 7, 1)).Should().Be(30000);
    }

    [Fact]
    public void Resolve_NothingInForce_ThrowsNamingPolicyJurisdictionAndDate()
    {
        var catalog = Tree().Add(Kind, Province.Code, EffectivePeriod.From(Jan2008), Yuan(1), Rule).Build();

        var act = () => catalog.Resolve(Kind, County.Code, new LocalDate(2007, 6, 30));

        var exception = act.Should().Throw<PolicyNotInForceException>()
            .WithMessage("*\"test.funds\"*测试区 Test District (990101)*2007-06-30*").Which;
        exception.Kind.Should().BeSameAs(Kind);
        exception.Jurisdiction.Should().Be(County.Code);
        exception.AsOf.Should().Be(new LocalDate(2007, 6, 30));
    }

    [Fact]
    public void Resolve_KindWithNoVersions_ThrowsNotInForce()
    {
        var act = () => Tree().Build().Resolve(Kind, County.Code, Jan2008);

        act.Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void TryResolve_NothingInForce_ReturnsFalse()
    {
        var catalog = Tree().Build();

        catalog.TryResolve(Kind, County.Code, Jan2008, out var resolution).Should().BeFalse();
        resolution.ToString().Should().Be("unresolved");
    }

    [Fact]
    public void Resolve_UnknownJurisdiction_ThrowsNamingTheJurisdictionArgument()
    {
        var act = () => Tree().Build().Resolve(Kind, JurisdictionCode.Of(110000), Jan2008);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "jurisdiction").WithMessage("jurisdiction is 110000*AddJurisdiction*");
    }

    [Fact]
    public void Resolve_NullKind_ThrowsNamingKind()
    {
        var act = () => Tree().Build().Resolve<FundingPolicy>(null!, County.Code, Jan2008);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "kind");
    }

    [Fact]
    public void Resolve_NonIsoDate_ThrowsNamingDate()
    {
        var act = () => Tree().Build().Resolve(Kind, County.Code, Jan2008.WithCalendar(CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "asOf");
    }

    [Fact]
    public void Resolve_IsDeterministic() =>
        Gen.Select(Gen.Int[0, 20 * 365], Gen.Int[0, 3].Select(i => new[] { Province, City, County, Street }[i])).Sample((days, where) =>
        {
            var catalog = Tree()
                .Add(Kind, Province.Code, EffectivePeriod.Always, Yuan(1), Rule)
                .Add(Kind, County.Code, EffectivePeriod.From(Jan2008), Yuan(3), Rule)
                .Build();
            var date = new LocalDate(2000, 1, 1).PlusDays(days);
            var first = catalog.Resolve(Kind, where.Code, date);
            var second = catalog.Resolve(Kind, where.Code, date);
            return ReferenceEquals(first.Version, second.Version)
                && first.Version.Policy.Evaluate(Population.Of(1)).Value.Yuan == (date >= Jan2008 && where.Level >= JurisdictionLevel.County ? 3m : 1m);
        });

    [Fact]
    public void Build_OverlappingVersions_IsAnError()
    {
        var builder = Tree()
            .Add(Kind, County.Code, EffectivePeriod.Always, Yuan(1), Rule)
            .Add(Kind, County.Code, EffectivePeriod.From(Jan2008), Yuan(2), Rule)
            .Add(Kind, County.Code, EffectivePeriod.From(Jan2008.PlusYears(1)), Yuan(3), Rule);

        var act = () => builder.Build();

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().HaveCount(3).And.OnlyContain(p => p.Kind == DefinitionProblemKind.OverlappingVersions);
    }

    [Fact]
    public void Build_SameDatesAtDifferentJurisdictionsOrKinds_IsFine()
    {
        var other = new PolicyKind<FundingPolicy>("test.other", "other", "其他");

        var act = () => Tree()
            .Add(Kind, County.Code, EffectivePeriod.Always, Yuan(1), Rule)
            .Add(Kind, City.Code, EffectivePeriod.Always, Yuan(1), Rule)
            .Add(other, County.Code, EffectivePeriod.Always, Yuan(1), Rule)
            .Build();

        act.Should().NotThrow();
    }

    [Fact]
    public void Build_EveryProblemListedAtOnce()
    {
        var orphan = Jurisdiction.Below(JurisdictionCode.Of(980100), JurisdictionCode.Of(980101), "孤区", "Orphan", JurisdictionLevel.County);
        var cityUnderCounty = Jurisdiction.Below(County.Code, JurisdictionCode.Of(990200), "错市", "Wrong City", JurisdictionLevel.City);
        var sameName = new PolicyKind<string>("test.funds", "clash", "冲突");

        var act = () => Tree()
            .AddJurisdiction(County)
            .AddJurisdiction(orphan)
            .AddJurisdiction(cityUnderCounty)
            .Add(Kind, JurisdictionCode.Of(970000), EffectivePeriod.Always, Yuan(1), Rule)
            .Add(sameName, County.Code, EffectivePeriod.Always, "x", Rule)
            .Build();

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Select(p => p.Kind).Should().BeEquivalentTo(
            [
                DefinitionProblemKind.DuplicateJurisdiction,
                DefinitionProblemKind.UnknownJurisdiction,
                DefinitionProblemKind.InvalidParent,
                DefinitionProblemKind.UnknownJurisdiction,
                DefinitionProblemKind.ConflictingPolicyKind,
            ]);
    }

    [Fact]
    public void Build_StreetAndTownUnderCounty_AreValid()
    {
        var town = Jurisdiction.Below(County.Code, JurisdictionCode.Of(990101100), "测试镇", "Test Town", JurisdictionLevel.Town);

        Tree().AddJurisdiction(town).TryBuild(out var catalog, out var problems).Should().BeTrue();
        problems.Should().BeEmpty();
        catalog!.GetLineage(town.Code).Select(j => j.Code).Should().Equal(town.Code, County.Code, City.Code, Province.Code);
    }

    [Fact]
    public void Build_TownUnderStreet_IsInvalidParent()
    {
        var town = Jurisdiction.Below(Street.Code, JurisdictionCode.Of(990101100), "测试镇", "Test Town", JurisdictionLevel.Town);

        Tree().AddJurisdiction(town).TryBuild(out var catalog, out var problems).Should().BeFalse();
        catalog.Should().BeNull();
        problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.InvalidParent);
    }

    [Fact]
    public void ToBuilder_ChangesDoNotTouchTheOriginal()
    {
        var original = Tree().Add(Kind, Province.Code, EffectivePeriod.Always, Yuan(1), Rule).Build();

        var changed = original.ToBuilder()
            .Override(PolicyVersion.Create(Kind, Province.Code, EffectivePeriod.Always, Yuan(5), Rule))
            .Build();

        AmountAt(original, County, Jan2008).Should().Be(1);
        AmountAt(changed, County, Jan2008).Should().Be(5);
        original.Versions.Should().ContainSingle();
        changed.Versions.Should().ContainSingle();
    }

    [Fact]
    public void RemoveVersions_RemovesOnlyThatKindAtThatJurisdiction()
    {
        var other = new PolicyKind<FundingPolicy>("test.other", "other", "其他");
        var builder = Tree()
            .Add(Kind, County.Code, EffectivePeriod.Always.EndingBefore(Jan2008), Yuan(1), Rule)
            .Add(Kind, County.Code, EffectivePeriod.From(Jan2008), Yuan(2), Rule)
            .Add(Kind, City.Code, EffectivePeriod.Always, Yuan(3), Rule)
            .Add(other, County.Code, EffectivePeriod.Always, Yuan(4), Rule);

        builder.RemoveVersions(Kind, County.Code);

        builder.Versions.Should().HaveCount(2);
        var catalog = builder.Build();
        AmountAt(catalog, County, Jan2008).Should().Be(3);
        catalog.GetVersions(Kind, County.Code).Should().BeEmpty();
        catalog.GetVersions(other, County.Code).Should().ContainSingle();
    }

    [Fact]
    public void GetVersions_AreEarliestFirst()
    {
        var catalog = Tree()
            .Add(Kind, County.Code, EffectivePeriod.From(Jan2008), Yuan(2), Rule)
            .Add(Kind, County.Code, EffectivePeriod.Always.EndingBefore(Jan2008), Yuan(1), Rule)
            .Build();

        catalog.GetVersions(Kind, County.Code).Select(v => v.Period.Start).Should().Equal(null, Jan2008);
    }

    [Fact]
    public void Catalog_ExposesJurisdictionsVersionsAndKinds()
    {
        var catalog = Tree().Add(Kind, County.Code, EffectivePeriod.Always, Yuan(1), Rule).Build();

        catalog.Jurisdictions.Should().HaveCount(4);
        catalog.Kinds.Should().ContainSingle().Which.Should().BeSameAs(Kind);
        catalog.GetJurisdiction(City.Code).Should().Be(City);
        catalog.TryGetJurisdiction(City.Code, out var city).Should().BeTrue();
        city.Should().Be(City);
        catalog.TryGetJurisdiction(JurisdictionCode.Of(110000), out _).Should().BeFalse();
        catalog.GetLineage(Province.Code).Should().Equal(Province);
    }

    [Fact]
    public void Builder_NullArguments_AreRejectedByName()
    {
        var builder = PolicyCatalog.CreateBuilder();

        FluentActions.Invoking(() => builder.AddJurisdiction(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "jurisdiction");
        FluentActions.Invoking(() => builder.Add<FundingPolicy>(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "version");
        FluentActions.Invoking(() => builder.Override<FundingPolicy>(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "version");
        FluentActions.Invoking(() => builder.RemoveVersions(null!, County.Code)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => Tree().Build().GetVersions<FundingPolicy>(null!, County.Code)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "kind");
    }

    [Fact]
    public void PolicyVersion_Create_RejectsBadArgumentsByName()
    {
        FluentActions.Invoking(() => PolicyVersion.Create<FundingPolicy>(null!, County.Code, EffectivePeriod.Always, Yuan(1), Rule))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => PolicyVersion.Create(Kind, County.Code, EffectivePeriod.Always, null!, Rule))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "policy");
        FluentActions.Invoking(() => PolicyVersion.Create(Kind, default, EffectivePeriod.Always, Yuan(1), Rule))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "jurisdiction");
        FluentActions.Invoking(() => PolicyVersion.Create(Kind, County.Code, EffectivePeriod.Always, Yuan(1), default))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "ruleId").WithMessage("*empty id*");
        FluentActions.Invoking(() => PolicyVersion.Create(Kind, County.Code, EffectivePeriod.Always, Yuan(1), Rule, [null!]))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "citations[0]").WithMessage("citations[0] must not be null*");
        FluentActions.Invoking(() => PolicyVersion.Create(Kind, County.Code, EffectivePeriod.Always, Yuan(1), Rule, (IEnumerable<Citation>)null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "citations");
    }

    [Fact]
    public void PolicyVersion_KeepsItsParts()
    {
        var version = PolicyVersion.Create(Kind, County.Code, EffectivePeriod.From(Jan2008), Yuan(1), Rule, SourceDocuments.ShashiReview);

        version.Kind.Should().BeSameAs(Kind);
        ((PolicyVersion)version).Kind.Should().BeSameAs(Kind);
        version.RuleId.Should().Be(Rule);
        version.Citations.Should().Equal(SourceDocuments.ShashiReview);
        version.ToString().Should().Be("test.funds at 990101 [2008-01-01, open) (TEST-01)");
    }

    [Fact]
    public void PolicyKind_RejectsBlankNames()
    {
        FluentActions.Invoking(() => new PolicyKind<FundingPolicy>(" ", "en", "中")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "name");
        FluentActions.Invoking(() => new PolicyKind<FundingPolicy>("n", "", "中")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "englishName");
        FluentActions.Invoking(() => new PolicyKind<FundingPolicy>("n", "en", "")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "chineseName");
        Kind.PolicyType.Should().Be<FundingPolicy>();
        Kind.ToString().Should().Be("test.funds");
    }

    [Fact]
    public void ChinaStandardTime_Today_IsTheDateAtUtcPlusEight()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 24, 16, 0));

        ChinaStandardTime.Today(clock).Should().Be(new LocalDate(2026, 11, 25));
        ChinaStandardTime.Today(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 11, 24, 15, 59))).Should().Be(new LocalDate(2026, 11, 24));
        FluentActions.Invoking(() => ChinaStandardTime.Today(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "clock");
    }

    [Fact]
    public void Property_Resolve_AgreesWithAScanOfTheLineage() =>
        Gen.Select(Gen.Int[-2000, 3000].Array[1, 6], Gen.Int[0, 3].Array[6], Gen.Int[-2500, 3500], Gen.Int[1, 12], Gen.Int[1, 28])
            .Sample(g =>
            {
                // Versions at random levels, each with its own period cut at random years, some before
                // year 1 (the ISO calendar's year 0 and negative years); dates anywhere around them.
                var (years, levels, year, month, day) = g;
                var tree = new[] { Province, City, County, Street };
                var builder = Tree();
                var starts = years.Distinct().Order().ToArray();
                var expected = new List<(Jurisdiction At, EffectivePeriod Period, decimal Amount)>();
                for (var i = 0; i < starts.Length; i++)
                {
                    var at = tree[levels[i]];
                    var period = EffectivePeriod.From(new LocalDate(starts[i], 1, 1)).EndingOn(new LocalDate(starts[i], 12, 31));
                    if (expected.Any(e => e.At == at && e.Period.Overlaps(period)))
                    {
                        continue;
                    }

                    builder.Add(Kind, at.Code, period, Yuan(i + 1), Rule);
                    expected.Add((at, period, i + 1));
                }

                var catalog = builder.Build();
                var date = new LocalDate(year, month, day);
                foreach (var asked in tree)
                {
                    var lineage = catalog.GetLineage(asked.Code);
                    var want = lineage
                        .Select(j => expected.FirstOrDefault(e => e.At == j && e.Period.Contains(date)))
                        .FirstOrDefault(e => e.At is not null);
                    var found = catalog.TryResolve(Kind, asked.Code, date, out var resolution);
                    if (found != (want.At is not null) || (found && (resolution.Version.Jurisdiction != want.At!.Code || resolution.Policy.Evaluate(Population.Of(1)).Value.Yuan != want.Amount)))
                    {
                        return false;
                    }
                }

                return true;
            });

    [Fact]
    public void Resolve_InACatalogOfManyJurisdictions_FindsEachAndRejectsUnknownCodes()
    {
        // Enough codes to fill a large table, with neighbouring values that hash near each other.
        var builder = PolicyCatalog.CreateBuilder().AddJurisdiction(Province);
        var counties = new List<Jurisdiction>();
        for (var city = 1; city <= 40; city++)
        {
            var cityCode = JurisdictionCode.Of(990000 + (city * 100));
            builder.AddJurisdiction(Jurisdiction.Below(Province.Code, cityCode, $"市{city}", $"City {city}", JurisdictionLevel.City));
            for (var county = 1; county <= 25; county++)
            {
                var countyJurisdiction = Jurisdiction.Below(cityCode, JurisdictionCode.Of(cityCode.Value + county), $"县{city}-{county}", $"County {city}-{county}", JurisdictionLevel.County);
                builder.AddJurisdiction(countyJurisdiction);
                builder.Add(Kind, countyJurisdiction.Code, EffectivePeriod.Always, Yuan(countyJurisdiction.Code.Value), Rule);
                counties.Add(countyJurisdiction);
            }
        }

        var catalog = builder.Build();

        foreach (var county in counties)
        {
            AmountAt(catalog, county, Jan2008).Should().Be(county.Code.Value);
        }

        catalog.TryResolve(Kind, JurisdictionCode.Of(990100), Jan2008, out _).Should().BeFalse();
        var act = () => catalog.Resolve(Kind, JurisdictionCode.Of(990199), Jan2008);
        act.Should().Throw<ArgumentException>().WithMessage("*990199*");
    }

    [Fact]
    public void CodeMap_RejectsTheEmptyCodeAndDuplicates()
    {
        ((Action)(() => _ = new CodeMap<string>([KeyValuePair.Create(0, "none")]))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*0 is not a jurisdiction code*");
        ((Action)(() => _ = new CodeMap<string>([KeyValuePair.Create(110000, "a"), KeyValuePair.Create(110000, "b")]))).Should().Throw<ArgumentException>().WithMessage("*110000 twice*");
        new CodeMap<string>([KeyValuePair.Create(110000, "a")]).Find(120000).Should().BeNull();
        new CodeMap<string>([]).Find(110000).Should().BeNull();
    }

    // The catalog itself refuses a code given twice and knows no code it was not given.
    [Fact]
    public void Catalog_RejectsACodeGivenTwice_AndKnowsNoCodeNotGiven()
    {
        PolicyCatalog.CreateBuilder().AddJurisdiction(Province).AddJurisdiction(Province).TryBuild(out _, out var problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.DuplicateJurisdiction);
        problems[0].Message.Should().Contain("990000");

        var one = PolicyCatalog.CreateBuilder().AddJurisdiction(Province).Build();
        one.TryGetJurisdiction(JurisdictionCode.Of(120000), out _).Should().BeFalse();
        ((Action)(() => one.Resolve(Kind, JurisdictionCode.Of(120000), Jan2008))).Should().Throw<ArgumentException>().WithMessage("*120000*");
        var empty = PolicyCatalog.CreateBuilder().Build();
        ((Action)(() => empty.Resolve(Kind, Province.Code, Jan2008))).Should().Throw<ArgumentException>().WithMessage("*990000*");
    }

    [Fact]
    public void Kinds_AreIdentities_TwoInstancesWithOneNameAreRefused()
    {
        var twin = new PolicyKind<FundingPolicy>("test.funds", "test funds", "测试经费");
        var builder = PolicyCatalog.CreateBuilder().AddJurisdiction(Province)
            .Add(Kind, Province.Code, EffectivePeriod.Always, FundingPolicy.Fixed(Money.FromYuan(1)), Rule)
            .Add(twin, Province.Code, EffectivePeriod.From(Jan2008), FundingPolicy.Fixed(Money.FromYuan(2)), Rule);

        builder.TryBuild(out _, out var problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.ConflictingPolicyKind);
        problems[0].Message.Should().Contain("\"test.funds\"").And.Contain("two different kind instances");

        var catalog = PolicyCatalog.CreateBuilder().AddJurisdiction(Province)
            .Add(Kind, Province.Code, EffectivePeriod.Always, FundingPolicy.Fixed(Money.FromYuan(1)), Rule).Build();
        catalog.TryResolve(twin, Province.Code, Jan2008, out _).Should().BeFalse("another instance is another kind, whatever its name");
        catalog.TryResolve(Kind, Province.Code, Jan2008, out _).Should().BeTrue();
        catalog.ToBuilder().RemoveVersions(twin, Province.Code).Versions.Should().ContainSingle("removing matches the instance");
        catalog.ToBuilder().RemoveVersions(Kind, Province.Code).Versions.Should().BeEmpty();
    }
}
