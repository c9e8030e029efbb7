using System.Text.Json;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;
using Community.Domain.Tests.Contract;
using NodaTime;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Results name their policy version by reference, and read back only against the catalog it is
/// in; every way a reference (or a value read from JSON) can be wrong is refused, saying what is
/// wrong. The failures issue 14 listed (results that could not be written, posts written as
/// <c>[{}]</c>) each have a case.
/// </summary>
public sealed class ReferenceJsonTests
{
    private static readonly LocalDate In2020 = new(2020, 1, 1);

    private static readonly CommunityProfile Ganhe = CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(2600));

    private static QuotaResult Quota => new CommitteeEvaluator(BuiltInCatalog.Instance).Quota(KnownJurisdictions.Xiantao.Code, In2020, Population.Of(8000));

    [Fact]
    public void AResult_WritesItsVersionAsAReference()
    {
        var json = JsonSerializer.Serialize(Quota);

        json.Should().StartWith("{\"Version\":{\"Kind\":\"committees.quota\",\"Jurisdiction\":\"429004\",\"Start\":null,\"EndExclusive\":null,\"RuleId\":\"COM-01\",\"Status\":\"InForce\"},");
        json.Should().NotContain("Policy", "the policy itself is not copied into the result");
        JsonSerializer.Deserialize(json, CommunityDomainJson.TypeInfo<QuotaResult>(CommunityDomainJson.Options(BuiltInCatalog.Instance))).Should().Be(Quota);
    }

    [Fact]
    public void TheResultsIssue14Listed_AreWrittenWithDefaultOptions()
    {
        var catalog = Seeds.Catalog;
        var grids = new Domain.Grids.GridEvaluator(catalog);
        object[] results =
        [
            Quota,
            new CommitteeEvaluator(catalog).Assess(In2020, ResidentsCommittee.Create(Ganhe, [CommitteeMember.FullTime("张敏", CommitteePost.Director)])),
            new SubsidyEvaluator(catalog).Gap(KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 3, 1), PayRole.Director, Money.FromYuan(700)),
            grids.Plan(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 6, 30), HouseholdCount.Of(2500)),
            new Domain.Premises.PremisesEvaluator(catalog).Reservation(KnownJurisdictions.Xiantao.Code, In2020, Area.FromSquareMetres(30000), HouseholdCount.Of(300)),
            new Domain.Admission.AdmissionEvaluator(catalog).Decide(KnownJurisdictions.Xinluo.Code, new LocalDate(2010, 3, 1), Domain.Admission.WorkRequest.Create(Domain.Admission.Department.Of("区民政局", Domain.Admission.DepartmentLevel.County), Domain.Admission.WorkItemKind.OtherOutsideDuties, "人口普查入户登记", new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 31))),
        ];

        foreach (var result in results)
        {
            var json = JsonSerializer.Serialize(result, result.GetType());
            JsonSerializer.Deserialize(json, result.GetType(), CommunityDomainJson.Options(catalog)).Should().Be(result);
        }
    }

    [Fact]
    public void ABudget_WritesItsPostsAsRolesAndPeople()
    {
        var community = BudgetCommunity.Create(Ganhe, [(PayRole.Director, 1), (PayRole.FullTimeMember, 3)], workers: 4);

        var json = JsonSerializer.Serialize(community);

        json.Should().Contain("\"Posts\":[{\"Role\":\"Director\",\"People\":1},{\"Role\":\"FullTimeMember\",\"People\":3}]");
        JsonSerializer.Deserialize<BudgetCommunity>(json).Should().Be(community);
    }

    [Fact]
    public void ReadingAVersion_WithoutItsCatalog_IsRefused_NamingTheOptionsToUse() =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<QuotaResult>(JsonSerializer.Serialize(Quota)))
            .Should().Throw<JsonException>().WithMessage("Reading the committees.quota version at 429004 [not stated, open) needs the catalog it came from: read with CommunityDomainJson.Options(catalog).");

    [Theory]
    [InlineData("\"Kind\":\"committees.quota\"", "\"Kind\":\"committees.quorum\"", "The catalog has no committees.quorum version that 429004 defines for [not stated, open).")]
    [InlineData("\"Jurisdiction\":\"429004\"", "\"Jurisdiction\":\"429005\"", "The catalog has no committees.quota version that 429005 defines for [not stated, open).")]
    [InlineData("\"Start\":null", "\"Start\":\"2019-01-01\"", "The catalog has no committees.quota version that 429004 defines for [2019-01-01, open).")]
    [InlineData("\"RuleId\":\"COM-01\"", "\"RuleId\":\"COM-09\"", "The JSON names committees.quota at 429004 [not stated, open) (COM-09, InForce), but the catalog's version there is [not stated, open) (COM-01, InForce).")]
    [InlineData("\"Status\":\"InForce\"", "\"Status\":\"Proposed\"", "*(COM-01, Proposed), but the catalog's version there is [not stated, open) (COM-01, InForce).")]
    [InlineData("\"EndExclusive\":null", "\"EndExclusive\":\"2030-01-01\"", "*[not stated, 2030-01-01) (COM-01, InForce), but the catalog's version there is [not stated, open)*")]
    [InlineData("\"BandIndex\":1", "\"BandIndex\":9", "The JSON gives band 9; expected one of the version's 3 bands, counted from 0, or -1 for none.")]
    [InlineData("\"BandIndex\":1", "\"BandIndex\":0", "The JSON gives a quota of 6 (3 full-time + 3 part-time); expected the quota the version gives there, *")]
    [InlineData("\"Status\":\"InForce\"", "\"Status\":\"1\"", "1 is not a policy status: InForce or Proposed.")]
    [InlineData("\"Status\":\"InForce\"", "\"Colour\":\"red\"", "A policy version reference has \"Colour\", which is not Kind, Jurisdiction, Start, EndExclusive, RuleId or Status.")]
    [InlineData(",\"RuleId\":\"COM-01\"", "", "The JSON is not a policy version reference: an object with Kind, Jurisdiction, Start, EndExclusive, RuleId and Status: it gives no RuleId.")]
    [InlineData("\"Start\":null", "\"Start\":\"2019-13-01\"", "2019-13-01 is not an ISO date such as \"2008-01-01\", or null for an open end.")]
    [InlineData("\"Jurisdiction\":\"429004\"", "\"Jurisdiction\":429004", "429004 is not a division code of six or nine digits, such as \"350802\".")]
    public void AReference_TheCatalogCannotAnswer_IsRefused_SayingWhy(string written, string tampered, string message)
    {
        var json = JsonSerializer.Serialize(Quota);
        json.Should().Contain(written);

        FluentActions.Invoking(() => JsonSerializer.Deserialize<QuotaResult>(json.Replace(written, tampered, StringComparison.Ordinal), CommunityDomainJson.Options(BuiltInCatalog.Instance)))
            .Should().Throw<JsonException>().WithMessage(message);
    }

    [Fact]
    public void AReferenceToAVersionOfAnotherPolicyType_IsRefused()
    {
        var grid = new Domain.Grids.GridEvaluator(BuiltInCatalog.Instance).Plan(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 6, 30), HouseholdCount.Of(2500));
        var json = JsonSerializer.Serialize(Quota);
        var gridVersion = JsonSerializer.Serialize(grid.Version, CommunityDomainJson.Options(BuiltInCatalog.Instance).GetTypeInfo(typeof(PolicyVersion)));
        var tampered = "{\"Version\":" + gridVersion + json[(json.IndexOf("},", StringComparison.Ordinal) + 1)..];

        FluentActions.Invoking(() => JsonSerializer.Deserialize<QuotaResult>(tampered, CommunityDomainJson.Options(BuiltInCatalog.Instance)))
            .Should().Throw<JsonException>().WithMessage("The catalog's grids.* version holds GridPolicy policies, not CommitteeQuotaPolicy.");
    }

    [Fact]
    public void ABudgetItem_NamesItsKind_AndAKindTheCatalogLacks_IsRefused()
    {
        var json = JsonSerializer.Serialize(BudgetItem.Pay(PayRole.Director));
        json.Should().StartWith("{\"Kind\":\"subsidies.pay\",\"Role\":\"Director\"");

        JsonSerializer.Deserialize<BudgetItem>(json, CommunityDomainJson.Options(BuiltInCatalog.Instance)).Should().Be(BudgetItem.Pay(PayRole.Director));
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BudgetItem>(json.Replace("subsidies.pay", "subsidies.bonus", StringComparison.Ordinal), CommunityDomainJson.Options(BuiltInCatalog.Instance)))
            .Should().Throw<JsonException>().WithMessage("The catalog has no policy kind named subsidies.bonus.");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BudgetItem>(json))
            .Should().Throw<JsonException>().WithMessage("Reading the policy kind subsidies.pay needs the catalog it came from*");
    }

    [Fact]
    public void ValuesTheFactoriesWouldRefuse_AreRefusedWhenRead()
    {
        var options = CommunityDomainJson.Options(BuiltInCatalog.Instance);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<CountRange>("{\"Min\":5,\"Max\":2}", options))
            .Should().Throw<JsonException>().WithMessage("The JSON gives a count range from 5 to 2; expected counts from zero, the largest no smaller than the least.");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<CommitteeQuota>("{\"Total\":{\"Min\":9,\"Max\":9},\"FullTime\":{\"Min\":3,\"Max\":3},\"PartTime\":{\"Min\":2,\"Max\":2},\"IsSplitSpecified\":true}", options))
            .Should().Throw<JsonException>().WithMessage("The JSON gives a quota of 9 with 3 full-time and 2 part-time members; expected the full-time and part-time ranges adding up to the total.");

        var participation = JsonSerializer.Serialize(Domain.Participation.ParticipationRecord.Of(Ganhe).WithOrganisations(3, 2).WithActivities(2, 3));
        JsonSerializer.Deserialize<Domain.Participation.ParticipationRecord>(participation, options).Should().Be(Domain.Participation.ParticipationRecord.Of(Ganhe).WithOrganisations(3, 2).WithActivities(2, 3));
        foreach (var (whole, part) in new[] { ("\"Societies\":2", "\"Societies\":null"), ("\"VisitsInWeek\":3", "\"VisitsInWeek\":null"), ("\"PartyMemberCount\":null", "\"PartyMemberCount\":100") })
        {
            FluentActions.Invoking(() => JsonSerializer.Deserialize<Domain.Participation.ParticipationRecord>(participation.Replace(whole, part, StringComparison.Ordinal), options))
                .Should().Throw<JsonException>().WithMessage("The JSON gives part of a group of participation counts; expected each group whole or not at all*");
        }

        var request = JsonSerializer.Serialize(Domain.Admission.WorkRequest.Create(Domain.Admission.Department.Of("区民政局", Domain.Admission.DepartmentLevel.County), Domain.Admission.WorkItemKind.Plaque, "挂牌", In2020, In2020.PlusDays(30)));
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Domain.Admission.WorkRequest>(request.Replace("\"Duty\":null", "\"Duty\":\"PublicServices\"", StringComparison.Ordinal), options))
            .Should().Throw<ArgumentException>().WithParameterName("duty");

        var profile = JsonSerializer.Serialize(Ganhe);
        FluentActions.Invoking(() => JsonSerializer.Deserialize<CommunityProfile>(profile.Replace("\"Households\":2600", "\"Households\":9000", StringComparison.Ordinal), options))
            .Should().Throw<ArgumentException>().WithParameterName("households");
        var posts = JsonSerializer.Serialize(BudgetCommunity.Create(Ganhe, [(PayRole.Director, 1), (PayRole.Secretary, 1)]));
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BudgetCommunity>(posts.Replace("Secretary", "Director", StringComparison.Ordinal), options))
            .Should().Throw<ArgumentException>().WithParameterName("posts[1].Role");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BudgetCommunity>(posts.Replace(",\"People\":1}]", "}]", StringComparison.Ordinal), options))
            .Should().Throw<JsonException>().WithMessage("Item 1 gives no People.");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<BudgetCommunity>(posts.Replace("\"People\":1}]", "\"People\":1,\"Pay\":2}]", StringComparison.Ordinal), options))
            .Should().Throw<JsonException>().WithMessage("Item 1 has \"Pay\", which is not Role or People.");
    }

    [Theory]
    [InlineData("{\"Start\":\"2010-01-01\",\"End\":\"2010-12-31\"}", null)]
    [InlineData("{\"Start\":\"2010-12-31\",\"End\":\"2010-01-01\"}", "The interval ends on 2010-01-01, before it starts on 2010-12-31.")]
    [InlineData("{\"Start\":\"2010-01-01\"}", "*it gives no End.")]
    [InlineData("{\"Start\":\"2010-01-01\",\"End\":\"2010-12-31\",\"Days\":365}", "A date interval has \"Days\", which is not Start or End.")]
    [InlineData("{\"Start\":\"2010-1-1\",\"End\":\"2010-12-31\"}", "2010-1-1 is not an ISO date such as \"2010-01-01\".")]
    [InlineData("[\"2010-01-01\"]", "StartArray is not a date interval*")]
    public void DateIntervals_AreWrittenAsTheirFirstAndLastDays(string json, string? refusal)
    {
        var options = new JsonSerializerOptions { Converters = { new IsoDateIntervalJsonConverter() } };
        if (refusal is null)
        {
            var interval = JsonSerializer.Deserialize<DateInterval>(json, options);
            (interval == new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31))).Should().BeTrue();
            JsonSerializer.Serialize(interval, options).Should().Be(json);
        }
        else
        {
            FluentActions.Invoking(() => JsonSerializer.Deserialize<DateInterval>(json, options)).Should().Throw<JsonException>().WithMessage(refusal);
        }
    }

    [Fact]
    public void Binding_RefusesNullsOptionsBoundAlready_AndOptionsInUse()
    {
        FluentActions.Invoking(() => CommunityDomainJson.Options(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        FluentActions.Invoking(() => CommunityDomainJson.Bind(null!, BuiltInCatalog.Instance)).Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => CommunityDomainJson.Bind(new JsonSerializerOptions(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        FluentActions.Invoking(() => CommunityDomainJson.Bind(CommunityDomainJson.Bind(new JsonSerializerOptions(), BuiltInCatalog.Instance), BuiltInCatalog.Instance))
            .Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("options are already bound to a catalog*");
        var used = new JsonSerializerOptions();
        used.MakeReadOnly(populateMissingResolver: true);
        FluentActions.Invoking(() => CommunityDomainJson.Bind(used, BuiltInCatalog.Instance))
            .Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("options are read-only*");
    }

    [Fact]
    public void ACallersOwnOptions_BoundToTheCatalog_ReadResultsBack()
    {
        var options = CommunityDomainJson.Bind(new JsonSerializerOptions { WriteIndented = true }, BuiltInCatalog.Instance);
        var json = JsonSerializer.Serialize(Quota, options);

        json.Should().Contain("\n");
        JsonSerializer.Deserialize<QuotaResult>(json, options).Should().Be(Quota);
        FluentActions.Invoking(() => CommunityDomainJson.Options(BuiltInCatalog.Instance).Converters.Add(new IsoDateIntervalJsonConverter())).Should().NotThrow("a caller may add its own converters");
    }
}
