using System.Text.Json;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Tests.Funding;
using NodaTime;

namespace Community.Domain.Tests.Json;

/// <summary>Results read back equal from System.Text.Json with default options when they hold no policy version: funding amounts (with their cost shares), staffing requirements and assessments with their findings, and candidate recommendations.</summary>
public sealed class ResultJsonTests
{
    private static readonly LocalDate In2012 = new(2012, 6, 30);

    private static readonly CostShare CityAndDistrict = CostShare.Ratio((Payer.Of("city", "市", "City"), 6), (Payer.Of("district", "区", "District"), 4));

    public static TheoryData<string> Amounts() => ["office", "staff", "work-range", "shared"];

    [Theory]
    [MemberData(nameof(Amounts))]
    public void AFundingAmount_ReadsBackEqual(string which)
    {
        var amount = Amount(which);
        var json = JsonSerializer.Serialize(amount);

        JsonSerializer.Deserialize<FundingAmount>(json).Should().Be(amount);
        json.Should().Contain("\"Basis\":\"" + amount.Basis + "\"", "enums are written by name");
    }

    [Fact]
    public void ACostShare_IsWrittenAsItsPayersAndParts_AndReadBackEqual()
    {
        var json = JsonSerializer.Serialize(CityAndDistrict);

        json.Should().Be("[{\"Payer\":{\"Id\":\"city\",\"ChineseName\":\"\\u5E02\",\"EnglishName\":\"City\"},\"Parts\":6},{\"Payer\":{\"Id\":\"district\",\"ChineseName\":\"\\u533A\",\"EnglishName\":\"District\"},\"Parts\":4}]");
        JsonSerializer.Deserialize<CostShare>(json).Should().Be(CityAndDistrict);
        CityAndDistrict.Should().NotBe(CostShare.Ratio((Payer.Of("city", "市", "City"), 3), (Payer.Of("district", "区", "District"), 2)), "6:4 and 3:2 share alike but are written differently");
        CityAndDistrict.GetHashCode().Should().Be(CostShare.Ratio((Payer.Of("city", "市", "City"), 6), (Payer.Of("district", "区", "District"), 4)).GetHashCode());
    }

    [Theory]
    [InlineData("{}", "*expected StartArray, found StartObject*")]
    [InlineData("[{\"Parts\":1}]", "*its part 0 names no Payer*")]
    [InlineData("[{\"Payer\":{\"Id\":\"city\",\"ChineseName\":\"市\",\"EnglishName\":\"City\"}}]", "*its part 0 gives no Parts*")]
    [InlineData("[{\"Payer\":{\"Id\":\"city\",\"ChineseName\":\"市\",\"EnglishName\":\"City\"},\"Parts\":-1}]", "The JSON is not a cost share: *")]
    [InlineData("[{\"Payer\":{\"Id\":\"city\",\"ChineseName\":\"市\"},\"Parts\":1}]", "The JSON is not a cost share: *englishName*")]
    [InlineData("[{\"Payer\":{\"Id\":\"city\",\"ChineseName\":\"市\",\"EnglishName\":\"City\",\"Colour\":\"red\"},\"Parts\":1}]", "*\"Colour\", which is not Id, ChineseName or EnglishName*")]
    [InlineData("[{\"Payer\":{\"Id\":1},\"Parts\":1}]", "*the payer's Id is not a text*")]
    [InlineData("[{\"Share\":1}]", "*\"Share\", which is not Payer or a whole number of Parts*")]
    public void MalformedCostShares_AreRefused_SayingWhy(string json, string message) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<CostShare>(json)).Should().Throw<JsonException>().WithMessage(message);

    [Fact]
    public void StaffingAssessments_WithTheirFindings_AndRecommendations_ReadBackEqual()
    {
        var province = TestPlaces.Province;
        var catalog = Domain.BuiltIn.BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(province)
            .Add(Domain.Staffing.StaffingKinds.CommunityWorkers, province.Code, EffectivePeriod.Always, Domain.Staffing.StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up).Between(5, 9)), RuleId.Of("EX-01"))
            .Build();
        var community = Domain.Communities.CommunityProfile.Create(province.Code, "示例社区", Domain.Communities.CommunityKind.PureResidential, Domain.Communities.CommunitySetting.Urban, Population.Of(12000), HouseholdCount.Of(4000));
        var staffing = new Domain.Staffing.StaffingEvaluator(catalog);

        foreach (var staff in new[] { 3, 9, 14 })
        {
            var assessment = staffing.Assess(Domain.Staffing.StaffingKinds.CommunityWorkers, In2012, community, staff);
            JsonSerializer.Deserialize<Domain.Staffing.StaffingAssessment>(JsonSerializer.Serialize(assessment)).Should().Be(assessment);
            JsonSerializer.Deserialize<Domain.Assessments.Finding[]>(JsonSerializer.Serialize(assessment.Findings)).Should().Equal(assessment.Findings);
        }

        var term = new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31));
        var recommendation = new Domain.Committees.CommitteeEvaluator(Domain.BuiltIn.BuiltInCatalog.Instance).Recommend(KnownJurisdictions.Xiantao.Code, term.End,
            Domain.Committees.DirectorRecord.Create(term, [Domain.Committees.Honour.Of(Domain.Committees.HonourLevel.City, new LocalDate(2012, 5, 4))], [Domain.Committees.AssessmentRank.Of(2, new LocalDate(2013, 12, 20))]));
        JsonSerializer.Deserialize<Domain.Committees.CandidateRecommendation>(JsonSerializer.Serialize(recommendation)).Should().Be(recommendation);
    }

    private static FundingAmount Amount(string which)
    {
        var evaluator = new FundingEvaluator(UnnamedCityFunding.Catalog);
        var units = FundedUnits.Of(Population.Of(4000), HouseholdCount.Of(1200), workers: 5, partyBranches: 1);
        return which switch
        {
            "office" => evaluator.Amount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 6, 30), Population.Of(5000)),
            "staff" => evaluator.Amount(FundingKinds.StaffFunds, UnnamedCityFunding.City.Code, In2012, units),
            "work-range" => evaluator.Amount(FundingKinds.WorkFunds, UnnamedCityFunding.City.Code, In2012, units),
            _ => new FundingEvaluator(UnnamedCityFunding.Builder()
                    .Add(FundingKinds.OfficeFunds, UnnamedCityFunding.City.Code, EffectivePeriod.Always, FundingPolicy.Fixed(Money.FromYuan(10000)).WithCostShare(CityAndDistrict), RuleId.Of("TC-FUN-01"))
                    .Build())
                .Amount(FundingKinds.OfficeFunds, UnnamedCityFunding.City.Code, In2012, units),
        };
    }
}
