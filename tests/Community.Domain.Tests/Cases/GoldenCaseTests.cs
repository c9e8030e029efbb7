using System.Text.RegularExpressions;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Json;
using Community.Domain.Policies;

namespace Community.Domain.Tests.Cases;

/// <summary>The built-in golden cases pass, cover every rule the built-in catalog encodes, and answer alike from the catalog read back from its document; case documents refuse what they cannot run.</summary>
public sealed class GoldenCaseTests
{
    private static readonly Lazy<PolicyCatalog> RoundTripped = new(() =>
        PolicyDocument.Parse(PolicyDocument.Create(BuiltInCatalog.Instance.Jurisdictions, BuiltInCatalog.Instance.Versions).ToJson()).AddTo(PolicyCatalog.CreateBuilder()).Build());

    public static TheoryData<string> BuiltInCaseNames() => [.. BuiltInGoldenCases.Document.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(BuiltInCaseNames))]
    public void EveryBuiltInCase_Passes_AgainstTheBuiltInCatalog(string name)
    {
        var result = BuiltInGoldenCases.Document.Cases.Single(c => c.Name == name).Run(BuiltInCatalog.Instance);

        result.Passed.Should().BeTrue(result.ToString());
    }

    [Theory]
    [MemberData(nameof(BuiltInCaseNames))]
    public void EveryBuiltInCase_AnswersAlike_FromTheCatalogReadBackFromItsDocument(string name)
    {
        var goldenCase = BuiltInGoldenCases.Document.Cases.Single(c => c.Name == name);

        var builtIn = goldenCase.Run(BuiltInCatalog.Instance);
        var readBack = goldenCase.Run(RoundTripped.Value);

        readBack.Passed.Should().BeTrue(readBack.ToString());
        (readBack.ActualResult, readBack.ActualRuleId, readBack.ActualBand, readBack.EnglishExplanation, readBack.ChineseExplanation, readBack.Refusal)
            .Should().Be((builtIn.ActualResult, builtIn.ActualRuleId, builtIn.ActualBand, builtIn.EnglishExplanation, builtIn.ChineseExplanation, builtIn.Refusal));
    }

    [Fact]
    public void TheBuiltInCases_CoverEveryRuleTheBuiltInCatalogEncodes()
    {
        var answered = BuiltInGoldenCases.Document.Run(BuiltInCatalog.Instance)
            .SelectMany(r => Regex.Matches(r.ActualResult ?? string.Empty, "\"RuleId\":\"([A-Z]+-[0-9]+)\"").Select(m => m.Groups[1].Value).Append(r.ActualRuleId?.ToString()))
            .ToHashSet();

        BuiltInCatalog.Instance.Versions.Select(v => v.RuleId.ToString()).Distinct().Should().BeSubsetOf(answered);
    }

    [Fact]
    public void TheBuiltInCases_UseEveryEvaluation_TheTestProvinceTheTwoTheCatalogHasNoVersionOf()
    {
        var used = BuiltInGoldenCases.Document.Cases.Select(c => c.Evaluation).Distinct();

        BuiltInModules.Registry.Evaluations.Select(e => e.Name).Except(used).Should().BeEquivalentTo(["staffing.requirement", "scale.assessment"], "the built-in catalog has no staffing or scale version; TheEvaluationsTheBuiltInCatalogLacks_RunOnAnotherCatalog covers them");
    }

    [Fact]
    public void TheEvaluationsTheBuiltInCatalogLacks_RunOnAnotherCatalog()
    {
        var catalog = PolicyDocument.Parse(Json.PolicyDocumentTests.TestProvince).AddTo(BuiltInCatalog.CreateBuilder()).Build();
        var community = """{"Jurisdiction":"990000","Name":"测试社区","Kind":"PureResidential","Setting":"Urban","Population":9000,"Households":3001}""";
        var inputs = "\"community\":" + community;
        var cases = GoldenCaseDocument.Parse(
            "{\"format\":\"community-domain.cases\",\"formatVersion\":1,\"cases\":["
            + "{\"name\":\"staffing\",\"evaluation\":\"staffing.requirement\",\"jurisdiction\":\"990000\",\"date\":\"2020-01-01\",\"inputs\":{\"kind\":\"staffing.community-workers\"," + inputs + "},\"expected\":{\"ruleId\":\"TP-STF-01\",\"result\":{\"Minimum\":9}}},"
            + "{\"name\":\"scale\",\"evaluation\":\"scale.assessment\",\"jurisdiction\":\"990000\",\"date\":\"2020-01-01\",\"inputs\":{" + inputs + "},\"expected\":{\"ruleId\":\"TP-SCL-01\",\"result\":{\"IsAbove\":true,\"SuggestedCommunities\":2}}}]}");

        cases.Run(catalog).Should().OnlyContain(r => r.Passed, string.Join("\n", cases.Run(catalog)));
    }

    [Fact]
    public void AFundCase_MayGiveTheCommunity_WhoseKindTheFundMayExclude()
    {
        var town = """{"Jurisdiction":"350802","Name":"镇社区","Kind":"Town","Setting":"Town","Population":5000,"Households":1500}""";
        var answer = GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "funding.amount", Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new NodaTime.LocalDate(2016, 6, 30), "{\"kind\":\"funding.office-funds\",\"community\":" + town + "}");

        answer.Result.Should().Contain("\"Annual\":10000").And.Contain("\"IsExcluded\":false");
        answer.Explanation.RuleId.ToString().Should().Be("FUN-01");
        answer.ToString().Should().Be(answer.Result);
        FluentActions.Invoking(() => GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "funding.amount", Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new NodaTime.LocalDate(2016, 6, 30), "{\"kind\":\"funding.office-funds\",\"population\":1,\"community\":" + town + "}"))
            .Should().Throw<DocumentException>().Which.Problems.Should().ContainSingle().Which.ToString().Should().StartWith("$.inputs: gives \"community\" with \"population\"");
        FluentActions.Invoking(() => GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "funding.amounts", Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new NodaTime.LocalDate(2016, 6, 30), "{}"))
            .Should().Throw<DocumentException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("$.evaluation");
        FluentActions.Invoking(() => GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "funding.amount", Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code, new NodaTime.LocalDate(2016, 6, 30), "{"))
            .Should().Throw<DocumentException>().Which.Problems.Should().ContainSingle().Which.Line.Should().Be(1);
    }

    [Fact]
    public void AnExpectedResult_NamingAMemberTheResultLacks_IsRefusedWhenTheCaseIsRead_ListingTheMembers()
    {
        var json = """
            {"format":"community-domain.cases","formatVersion":1,"cases":[
              {"name":"misspelt","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":5000},
               "expected":{"result":{"Quota":{"Totl":{"Min":6}}}}},
              {"name":"missing","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":5000},
               "expected":{"result":{"Missing":1}}}
            ]}
            """;

        GoldenCaseDocument.TryParse(json, out _, out var problems).Should().BeFalse();

        problems.Select(p => p.ToString()).Should().Equal(
            "$.cases[0].expected.result.Quota.Totl: is not a member of CommitteeQuota; expected one of Total, FullTime, PartTime, IsSplitSpecified.",
            "$.cases[1].expected.result.Missing: is not a member of QuotaResult; expected one of Version, Quota, Overall, RuleId, BandIndex, IsDecidedByFirstListedWins, IsRangeOnly, IsComputed.");
    }

    [Fact]
    public void AFailingCase_ShowsExpectedBesideActual_AndTheExplanationInBothLanguages()
    {
        var cases = GoldenCaseDocument.Parse("""
            {"format":"community-domain.cases","formatVersion":1,"cases":[
              {"name":"wrong","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":5000},
               "expected":{"ruleId":"COM-02","band":2,"result":{"Quota":{"Total":{"Min":6}},"Overall":[1]},"explanation":{"english":["band 2 of 3"],"chinese":"落在第2档"}}}
            ]}
            """);

        var result = cases.Cases[0].Run(BuiltInCatalog.Instance);

        result.Passed.Should().BeFalse();
        result.Differences.Should().Equal(
            "ruleId: expected COM-02, actual COM-01",
            "band: expected 2, actual 1",
            "result.Quota.Total.Min: expected 6, actual 5",
            "result.Overall: expected [1], actual {\"Min\":5,\"Max\":7,\"IsExact\":false}",
            "explanation (English): expected to contain \"band 2 of 3\"",
            "explanation (Chinese): expected to contain \"落在第2档\"");
        result.ToString().Should().StartWith("FAILED: wrong (committees.quota, 429004, 2016-06-30)").And.Contain("actual result: {").And.Contain("falls in band 1 of 3").And.Contain("落在第1档");
    }

    [Fact]
    public void ARefusal_PassesOnlyWhenExpected_AndAnAnswerWhereARefusalIsExpectedFails()
    {
        var cases = GoldenCaseDocument.Parse("""
            {"format":"community-domain.cases","formatVersion":1,"cases":[
              {"name":"refused as expected","evaluation":"subsidies.amount","jurisdiction":"350802","date":"2008-01-31","inputs":{"kind":"subsidies.pay","role":"Director"},"expected":{"refusal":"No version of the policy"}},
              {"name":"refused unexpectedly","evaluation":"subsidies.amount","jurisdiction":"350802","date":"2008-01-31","inputs":{"kind":"subsidies.pay","role":"Director"},"expected":{"ruleId":"SUB-02"}},
              {"name":"refused otherwise","evaluation":"subsidies.amount","jurisdiction":"350802","date":"2008-01-31","inputs":{"kind":"subsidies.pay","role":"Director"},"expected":{"refusal":"something else"}},
              {"name":"answered","evaluation":"subsidies.amount","jurisdiction":"350802","date":"2008-02-01","inputs":{"kind":"subsidies.pay","role":"Director"},"expected":{"refusal":"No version"}}
            ]}
            """);

        var results = cases.Run(BuiltInCatalog.Instance);

        results.Select(r => r.Passed).Should().Equal(true, false, false, false);
        results[0].Refusal.Should().StartWith("No version of the policy \"subsidies.pay\"");
        results[1].Differences.Should().ContainSingle().Which.Should().StartWith("the evaluation was refused: No version");
        results[2].Differences.Should().ContainSingle().Which.Should().StartWith("refusal: expected to contain \"something else\", actual \"No version");
        results[3].Differences.Should().ContainSingle().Which.Should().Be("refusal: expected a refusal containing \"No version\", actual an answer");
    }

    [Fact]
    public void EveryProblemOfACaseDocument_ComesBackAtOnce_WithItsPath()
    {
        var ok = """{"name":"ok","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{"ruleId":"COM-01"}}""";
        var json = $$$"""
            {"format":"community-domain.cases","formatVersion":1,"cases":[
              {{{ok}}},
              {{{ok}}},
              {"name":"a","evaluation":"committees.quotas","jurisdiction":"429004","date":"2016-06-30","expected":{"ruleId":"COM-01"}},
              {"name":"b","evaluation":"committees.quota","jurisdiction":"4290","date":"2016-06-30","inputs":{"population":1},"expected":{"ruleId":"COM-01"}},
              {"name":"c","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-02-30","inputs":{"population":1},"expected":{"ruleId":"COM-01"}},
              {"name":"d","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":-1},"expected":{"ruleId":"COM-01"}},
              {"name":"e","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1,"households":2},"expected":{"ruleId":"COM-01"}},
              {"name":"f","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{}},
              {"name":"g","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{"ruleId":"COM-01","refusal":"x"}},
              {"name":"h","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{"band":0}},
              {"name":"i","evaluation":"admission.decision","jurisdiction":"429004","date":"2016-06-30","inputs":{"request":{"Kind":"Nonsense"}},"expected":{"ruleId":"ADM-03"}},
              {"name":"j","evaluation":"subsidies.amount","jurisdiction":"429004","date":"2016-06-30","inputs":{"kind":"subsidies.floors","role":"Director"},"expected":{"ruleId":"SUB-03"}},
              {"name":" ","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{"ruleId":"COM-01"}},
              {"name":"k","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{"result":[1]}},
              {"name":"l","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1,"community":{"Jurisdiction":"429004","Name":"x","Kind":"Town","Setting":"Town","Population":1,"Households":1}},"expected":{"ruleId":"COM-01"}}
            ],"extra":1}
            """;

        GoldenCaseDocument.TryParse(json, out var document, out var problems).Should().BeFalse();

        document.Should().BeNull("nothing is read from a document with problems");
        var expected = new[]
        {
            "$.extra: is not a member here*",
            "$.cases[1].name: is \"ok\", the name of an earlier case*",
            "$.cases[2].evaluation: is \"committees.quotas\"; expected one of committees.quota, *",
            "$.cases[3].jurisdiction: is \"4290\"; expected a division code*",
            "$.cases[4].date: is \"2016-02-30\"; expected an ISO date*",
            "$.cases[5].inputs.population: *",
            "$.cases[6].inputs.households: is not a member here; expected population, community.",
            "$.cases[7].expected: expects nothing*",
            "$.cases[8].expected.refusal: is given with expectations of an answer*",
            "$.cases[9].expected.band: is 0; expected a band number from 1*",
            "$.cases[10].inputs.request*",
            "$.cases[11].inputs.kind: is \"subsidies.floors\"; expected one of subsidies.floor, subsidies.pay.",
            "$.cases[12].name: is blank*",
            "$.cases[13].expected.result: is not an object*",
            "$.cases[14].inputs: gives both \"population\" and \"community\"*",
        };
        problems.Should().HaveCount(expected.Length, string.Join("\n", problems));
        for (var i = 0; i < expected.Length; i++)
        {
            problems[i].ToString().Should().Match(expected[i]);
        }

        FluentActions.Invoking(() => GoldenCaseDocument.Parse(json)).Should().Throw<DocumentException>().Which.Problems.Should().Equal(problems);
    }

    [Fact]
    public void MalformedJson_AndAnotherFormat_AreRefused()
    {
        GoldenCaseDocument.TryParse("{\n \"cases\": [ }", out _, out var malformed).Should().BeFalse();
        malformed.Should().ContainSingle().Which.Line.Should().Be(2);

        GoldenCaseDocument.TryParse("""{"format":"community-domain.catalog","formatVersion":1,"cases":[]}""", out _, out var format).Should().BeFalse();
        format.Should().ContainSingle().Which.Path.Should().Be("$.format");

        GoldenCaseDocument.TryParse("""{"format":"community-domain.cases","formatVersion":2,"cases":[]}"""u8, out _, out var version).Should().BeFalse();
        version.Should().ContainSingle().Which.Path.Should().Be("$.formatVersion");
        GoldenCaseDocument.Parse(System.Text.Encoding.UTF8.GetBytes(BuiltInGoldenCases.Json)).Cases.Should().HaveCount(BuiltInGoldenCases.Document.Cases.Length);
        FluentActions.Invoking(() => GoldenCaseDocument.Parse("{}"u8)).Should().Throw<DocumentException>();
    }

    [Fact]
    public void ACaseDocument_WritesWhatItRead_AndReadsBackTheSameCases()
    {
        BuiltInGoldenCases.Document.ToJson().ReplaceLineEndings("\n").Should().Be(BuiltInGoldenCases.Json.ReplaceLineEndings("\n").TrimEnd('\n'), "the built-in cases are kept in the format the library writes");

        const string Header = "{\"format\":\"community-domain.cases\",\"formatVersion\":1,\"cases\":[";
        const string Two = """
            {"name":"phrases","evaluation":"statistics.check","jurisdiction":"429004","date":"2016-06-30","inputs":{"kind":"statistics.communities"},"expected":{"ruleId":"STA-01","explanation":{"english":["STA-01","statistics"],"chinese":"仙桃市"}}},
            {"name":"refused","evaluation":"subsidies.amount","jurisdiction":"350802","date":"2008-01-31","inputs":{"kind":"subsidies.pay","role":"Director"},"expected":{"refusal":"No version"}}
            """;
        const string MissingInputs = """{"name":"missing inputs","evaluation":"statistics.check","jurisdiction":"429004","date":"2016-06-30","expected":{"refusal":"kind"}}""";
        GoldenCaseDocument.TryParse(Header + Two + "," + MissingInputs + "]}", out _, out var problems).Should().BeFalse("the third case lacks its kind");
        problems.Should().ContainSingle().Which.Path.Should().Be("$.cases[2].inputs");

        var valid = GoldenCaseDocument.Parse(Header + Two + "]}");
        var written = valid.ToJson(indented: false);
        var read = GoldenCaseDocument.Parse(written);

        read.ToJson(indented: false).Should().Be(written);
        written.Should().Contain("\"english\":[\"STA-01\",\"statistics\"],\"chinese\":\"仙桃市\"").And.Contain("\"refusal\":\"No version\"");
        read.Run(BuiltInCatalog.Instance).Select(r => r.Passed).Should().Equal(valid.Run(BuiltInCatalog.Instance).Select(r => r.Passed));
        read.Run(BuiltInCatalog.Instance).Should().OnlyContain(r => r.Passed);
    }

    [Fact]
    public void ACase_DescribesItself_AndKeepsWhatItExpects()
    {
        var goldenCase = BuiltInGoldenCases.Document.Cases.First(c => c.ExpectedBand is not null);

        goldenCase.ToString().Should().Be($"{goldenCase.Name} ({goldenCase.Evaluation}, {goldenCase.Jurisdiction}, {goldenCase.Date:uuuu-MM-dd})");
        goldenCase.Path.Should().MatchRegex(@"^\$\.cases\[\d+\]$");
        goldenCase.Inputs.GetProperty("population").GetInt32().Should().BeGreaterThanOrEqualTo(0);
        goldenCase.ExpectedRuleId.Should().NotBeNull();
        FluentActions.Invoking(() => goldenCase.Run(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        FluentActions.Invoking(() => BuiltInGoldenCases.Document.Run(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }
}
