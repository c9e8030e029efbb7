using System.Text;
using System.Text.Json;
using Community.Domain.Admission;
using Community.Domain.Batches;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Communities;
using Community.Domain.Documents;
using Community.Domain.Funding;
using Community.Domain.Json;
using Community.Domain.Primitives;
using Community.Domain.Statistics;
using NodaTime;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Each way data was once lost or answered wrongly without a word (issue 26) is now a problem at its
/// path or a refusal that says why: members that do not apply to the form chosen, members given twice,
/// enum names joined by commas, text that is not whole, citations that skip their factory, sums that
/// count a fund twice, a decision before its application, sums beyond their range.
/// </summary>
public sealed class NothingReadIsLostTests
{
    private static string Catalog(string policies, string jurisdictions = "[]") =>
        $$"""{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":{{jurisdictions}},"policies":[{{policies}}]}""";

    private static string[] Problems(string json) =>
        PolicyDocument.TryParse(json, out _, out var problems) ? [] : [.. problems.Select(p => p.ToString())];

    [Fact]
    public void AFundPerHundredHouseholds_WithAFloorBesideItsAmount_IsRefused_NotReadWithoutTheFloor()
    {
        var json = Catalog("""{"kind":"funding.office-funds","jurisdiction":"350802","ruleId":"X-01","policy":{"basis":"PerHundredHouseholds","annual":1000,"annualMinimum":5000}}""");

        Problems(json).Should().Equal("$.policies[0].policy.annualMinimum: does not apply to a fund with \"annual\" (PerHundredHouseholds); give the members of one form only.");
    }

    [Fact]
    public void AFundWithAnAmountBesideItsBands_IsRefused_NotReadAsTheAmount()
    {
        var json = Catalog("""{"kind":"funding.office-funds","jurisdiction":"350802","ruleId":"X-01","policy":{"basis":"PerCommunity","annual":1000,"annualBands":[{"value":2000}]}}""");

        Problems(json).Should().ContainSingle().Which.Should().StartWith("$.policies[0].policy.annualBands: does not apply to a fund with \"annual\"");
    }

    [Theory]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[],"policies":[],"policies":[]}""", "$.policies: is given twice")]
    [InlineData("""{"format":"community-domain.catalog","formatVersion":2,"formatVersion":1,"jurisdictions":[],"policies":[]}""", "$.formatVersion: is given twice")]
    public void AMemberGivenTwice_IsAProblemAtItsPath_NotTheLastOneWinning(string json, string expected)
    {
        Problems(json).Should().Contain(p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AJurisdictionGivenTwice_IsRefused_NamingTheFirst()
    {
        var json = Catalog(string.Empty, """
            [{"code":"990000","chineseName":"测试省","englishName":"Test Province","level":"Province"},
             {"code":"990000","chineseName":"另一省","englishName":"Another Province","level":"Province"}]
            """).Replace("\"policies\":[]", "\"policies\":[]", StringComparison.Ordinal);

        Problems(json).Should().Equal("$.jurisdictions[1].code: is \"990000\", a jurisdiction $.jurisdictions[0] gives already; each jurisdiction is given once.");
    }

    [Fact]
    public void EnumNamesJoinedByCommas_AreRefused_ListingTheNames()
    {
        var json = Catalog(string.Empty, """[{"code":"990000","chineseName":"测试省","englishName":"Test Province","level":"City, Province"}]""");

        Problems(json).Should().ContainSingle().Which.Should().Be("$.jurisdictions[0].level: is \"City, Province\"; expected one of Province, City, County, Street, Town, Nation, FunctionalArea.");
        FluentActions.Invoking(() => GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "subsidies.amount", Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new LocalDate(2016, 6, 30), """{"kind":"subsidies.pay","role":"Secretary, Director"}"""))
            .Should().Throw<DocumentException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.inputs.role");
    }

    [Fact]
    public void ACaseCommunity_WithCamelCaseMembers_IsRefused_NotReadAsACommunityOfNoResidents()
    {
        FluentActions.Invoking(() => GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "funding.amount", Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new LocalDate(2016, 6, 30), """{"kind":"funding.office-funds","community":{"population":5000,"households":1500}}"""))
            .Should().Throw<DocumentException>().Which.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Path.StartsWith("$.inputs.community", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"Min":5}""", typeof(CountRange))]
    [InlineData("""{}""", typeof(CountRange))]
    [InlineData("""{"AnnualMaximum":100,"Basis":"PerCommunity","Units":1,"RuleId":"FUN-01","BandIndex":0,"IsDecidedByFirstListedWins":false}""", typeof(FundingAmount))]
    [InlineData("""{"Annual":200,"AnnualMaximum":100,"Basis":"PerCommunity","Units":1,"RuleId":"FUN-01","BandIndex":0,"IsDecidedByFirstListedWins":false}""", typeof(FundingAmount))]
    [InlineData("""{"Annual":100,"AnnualMaximum":100,"Basis":99,"Units":1,"RuleId":"FUN-01","BandIndex":0,"IsDecidedByFirstListedWins":false}""", typeof(FundingAmount))]
    [InlineData("""{"Annual":100,"AnnualMaximum":100,"Basis":"PerCommunity","Units":1,"RuleId":"","BandIndex":0,"IsDecidedByFirstListedWins":false}""", typeof(FundingAmount))]
    public void AResultWithAMemberMissingOrWrong_IsRefused_NotReadAsADefault(string json, Type type)
    {
        var options = CommunityDomainJson.Options(BuiltInCatalog.Instance);

        FluentActions.Invoking(() => JsonSerializer.Deserialize(json, type, options)).Should().Throw<JsonException>();
    }

    [Fact]
    public void ABatchTallyOfNegativeCommittees_IsRefused()
    {
        var summary = new CommitteeBatch(BuiltInCatalog.Instance).Run(new LocalDate(2016, 6, 30), []);
        var options = CommunityDomainJson.Options(BuiltInCatalog.Instance);
        var json = JsonSerializer.Serialize(summary.Total, options).Replace("\"Committees\":0", "\"Committees\":-5", StringComparison.Ordinal);

        FluentActions.Invoking(() => JsonSerializer.Deserialize<BatchTally>(json, options)).Should().Throw<JsonException>().WithMessage("*committees -5*zero or more*");
    }

    [Fact]
    public void ACitationInADocument_GoesThroughItsFactory_AtItsMembers()
    {
        var json = Catalog("""
            {"kind":"committees.term","jurisdiction":"350802","ruleId":"X-01","policy":{"years":5},
             "citations":[{"issuer":"民政厅","jurisdiction":"测试省"},
                          {"title":"办法","issuer":"民政厅","jurisdiction":"测试省","coversFrom":"2010-01-01","coversUntil":"2009-12-31"},
                          {"title":" ","issuer":"民政厅","jurisdiction":"测试省","date":"2018-13"}]}
            """);

        var problems = Problems(json);

        problems.Should().HaveCount(3);
        problems[0].Should().Be("$.policies[0].citations[0]: gives no \"title\".");
        problems[1].Should().StartWith("$.policies[0].citations[1].coversUntil: ");
        problems[2].Should().Be("$.policies[0].citations[2].date: is \"2018-13\"; expected a source date such as \"2005\", \"2008-02\" or \"2016-11-22\", from 1949 to 9999.");
    }

    [Fact]
    public void AFundListedTwice_IsRefused_NamingBothPlaces()
    {
        var funds = new[] { FundingKinds.OfficeFunds, FundingKinds.StaffFunds, FundingKinds.OfficeFunds };

        FluentActions.Invoking(() => new BudgetCalculator(BuiltInCatalog.Instance, funds)).Should().Throw<ArgumentException>().WithParameterName("funds").WithMessage("funds[2] is funding.office-funds, which funds[0] lists already*");
        FluentActions.Invoking(() => new CommitteeBatch(BuiltInCatalog.Instance, funds)).Should().Throw<ArgumentException>().WithParameterName("funds");
    }

    [Fact]
    public void ADecisionBeforeItsApplication_IsRefused_EitherWayRound()
    {
        var request = WorkRequest.Create(Department.Of("区民政局", DepartmentLevel.County), WorkItemKind.OtherOutsideDuties, "普查", new LocalDate(2010, 3, 1), new LocalDate(2010, 3, 31));

        FluentActions.Invoking(() => request.WithAppliedOn(new LocalDate(2010, 3, 10)).WithDecidedOn(new LocalDate(2010, 3, 9))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date").WithMessage("*2010-03-10*");
        FluentActions.Invoking(() => request.WithDecidedOn(new LocalDate(2010, 3, 9)).WithAppliedOn(new LocalDate(2010, 3, 10))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        request.WithAppliedOn(new LocalDate(2010, 3, 10)).WithDecidedOn(new LocalDate(2010, 3, 10)).DecidedOn.Should().Be(new LocalDate(2010, 3, 10), "a decision on the day of application is on time");
    }

    [Fact]
    public void SumsBeyondTheirRange_AreRefused_NotOverflowing()
    {
        FluentActions.Invoking(() => CostShare.Ratio((Payer.Of("a", "甲", "A"), int.MaxValue), (Payer.Of("b", "乙", "B"), 1))).Should().Throw<ArgumentException>().WithMessage("*add up to 2147483648*");
        FluentActions.Invoking(() => StatisticalBreakdown.Of("按类型", "by kind", StatisticalPart.Of("甲", "a", long.MaxValue), StatisticalPart.Of("乙", "b", 1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("parts");
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D }, "holds bytes that are not UTF-8 here")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 }, "is UTF-16 text")]
    [InlineData(new byte[] { }, "is empty")]
    [InlineData(new byte[] { 0x20, 0x0A }, "is empty")]
    public void TextThatIsNotAWholeUtf8Document_IsAProblem_AndTryParseDoesNotThrow(byte[] bytes, string expected)
    {
        PolicyDocument.TryParse(bytes, out _, out var problems).Should().BeFalse();
        GoldenCaseDocument.TryParse(bytes, out _, out var caseProblems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Message.Should().StartWith(expected);
        problems[0].Line.Should().Be(1);
        caseProblems.Should().ContainSingle().Which.Message.Should().StartWith(expected);
    }

    [Fact]
    public void ALoneSurrogate_IsAProblemWithItsPlace_WhetherAnEscapeOrAChar()
    {
        PolicyDocument.TryParse("{\n  \"format\": \"\ud800\"}", out _, out var asText).Should().BeFalse();
        asText.Should().ContainSingle().Which.Should().Match<DocumentProblem>(p => p.Line == 2 && p.Column == 14 && p.Message.StartsWith("holds a lone surrogate", StringComparison.Ordinal));

        PolicyDocument.TryParse("""{"format":"\ud800","formatVersion":1}""", out _, out var asEscape).Should().BeFalse();
        asEscape.Should().ContainSingle().Which.ToString().Should().StartWith("$.format: holds a lone surrogate");
    }

    [Fact]
    public void AByteOrderMark_IsSkipped_AndTheDocumentReadsAsWithout()
    {
        var json = Encoding.UTF8.GetBytes(PolicyDocumentTests.TestProvince);

        PolicyDocument.TryParse([0xEF, 0xBB, 0xBF, .. json], out var document, out var problems).Should().BeTrue(string.Join("; ", problems));
        document!.ToJson().Should().Be(PolicyDocument.Parse(json).ToJson());
    }

    [Fact]
    public void ACaseDocumentGivenForACatalog_AndTheReverse_IsToldAsSuch()
    {
        PolicyDocument.TryParse(BuiltInGoldenCases.Json, out _, out var asCatalog).Should().BeFalse();
        GoldenCaseDocument.TryParse(PolicyDocumentTests.TestProvince, out _, out var asCases).Should().BeFalse();

        asCatalog.Should().Contain(p => p.ToString() == "$.format: is \"community-domain.cases\", a case document (golden cases); expected \"community-domain.catalog\", for a catalog document (jurisdictions and policy versions), so this is not the document to give here.");
        asCases.Should().Contain(p => p.ToString() == "$.format: is \"community-domain.catalog\", a catalog document (jurisdictions and policy versions); expected \"community-domain.cases\", for a case document (golden cases), so this is not the document to give here.");
    }

    [Fact]
    public void MalformedJson_IsDescribedWithoutTheReadersAdvice_AtItsLineAndColumn()
    {
        PolicyDocument.TryParse("{\"format\": 1,}", out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle().Which.Should().Match<DocumentProblem>(p => p.Line == 1 && p.Message.StartsWith("is not well-formed JSON: ", StringComparison.Ordinal) && !p.Message.Contains("reader options", StringComparison.Ordinal) && !p.Message.Contains("LineNumber", StringComparison.Ordinal));
    }
}
