using System.Text;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Documents;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Scale;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Json;

/// <summary>
/// Catalog documents, format version 1 (issue 15, begun): jurisdictions and the committee size,
/// committee term and community scale policies read from JSON give the same answers as the same
/// policies defined in code; a document with problems is refused whole, every problem with its path
/// (malformed JSON with its line and column).
/// </summary>
public sealed class PolicyDocumentTests
{
    internal const string TestProvince = """
        {
          "format": "community-domain.catalog",
          "formatVersion": 1,
          "jurisdictions": [
            { "code": "990000", "parent": "100000", "chineseName": "测试省", "englishName": "Test Province", "level": "Province" }
          ],
          "policies": [
            {
              "kind": "committees.size", "jurisdiction": "990000", "start": "2019-01-01", "ruleId": "TP-COM-01",
              "citations": [ { "title": "测试省居委会组织办法", "issuer": "测试省民政厅", "jurisdiction": "测试省", "date": "2018-12" } ],
              "policy": { "minimum": 5, "maximum": 9 }
            },
            { "kind": "committees.term", "jurisdiction": "990000", "ruleId": "TP-COM-02", "policy": { "years": 5 } },
            { "kind": "scale.community", "jurisdiction": "990000", "ruleId": "TP-SCL-01", "status": "Proposed", "policy": { "unit": "Households", "maximum": 3000 } },
            {
              "kind": "committees.election", "jurisdiction": "990000", "ruleId": "TP-COM-03",
              "policy": { "basis": "Voters", "turnout": { "numerator": 1, "denominator": 2, "isStrict": true }, "elects": { "numerator": 1, "denominator": 2 } }
            },
            { "kind": "committees.part-time-sources", "jurisdiction": "990000", "ruleId": "TP-COM-04", "policy": { "allowed": [ "GridWorker", "ResidentGroupLeader" ] } },
            {
              "kind": "staffing.community-workers", "jurisdiction": "990000", "ruleId": "TP-STF-01",
              "policy": { "unit": "Households", "exactly": { "bounded": { "formula": { "perUnits": { "units": 300, "rounding": "Up" } }, "minimum": 5, "maximum": 9 } } }
            },
            {
              "kind": "committees.quota", "jurisdiction": "990000", "start": "2020-01-01", "ruleId": "TP-COM-05",
              "policy": { "overall": { "min": 5, "max": 9 }, "unit": "Households", "fullTime": { "larger": [ { "fixed": 3 }, { "stepped": { "base": 3, "firstUnits": 1000, "stepUnits": 500 } } ] }, "partTime": { "fixed": 2 } }
            }
          ]
        }
        """;

    [Fact]
    public void ADocument_GivesTheSameVersionsAsCode()
    {
        var document = PolicyDocument.Parse(TestProvince);
        var province = TestPlaces.Province;

        document.Jurisdictions.Should().Equal(province);
        var size = (PolicyVersion<CommitteeSizePolicy>)document.Versions[0];
        size.Kind.Should().BeSameAs(CommitteeKinds.Size);
        size.Period.Should().Be(EffectivePeriod.From(new LocalDate(2019, 1, 1)));
        size.Policy.Members.Should().Be(Domain.Communities.CountRange.Between(5, 9));
        size.RuleId.Should().Be(RuleId.Of("TP-COM-01"));
        size.Citations.Should().Equal(Citation.Create("测试省居委会组织办法", "测试省民政厅", "测试省", SourceDate.InMonth(2018, 12)));
        ((PolicyVersion<CommitteeTermPolicy>)document.Versions[1]).Policy.Years.Should().Be(5);
        var scale = (PolicyVersion<CommunityScalePolicy>)document.Versions[2];
        (scale.Policy.Unit, scale.Policy.Minimum, scale.Policy.Maximum, scale.Status).Should().Be((CountUnit.Households, (long?)null, (long?)3000, PolicyStatus.Proposed));
        var election = ((PolicyVersion<ElectionPolicy>)document.Versions[3]).Policy;
        election.Should().Be(ElectionPolicy.Create(ElectionBasis.Voters, ShareThreshold.MoreThan(1, 2), ShareThreshold.AtLeast(1, 2)));
        ((PolicyVersion<PartTimeSourcePolicy>)document.Versions[4]).Policy.Allowed.Should().Equal(PartTimeSource.GridWorker, PartTimeSource.ResidentGroupLeader);
        var staffing = ((PolicyVersion<Domain.Staffing.StaffingPolicy>)document.Versions[5]).Policy;
        staffing.Minimum.Count(HouseholdCount.Of(2000).Households).Should().Be(7, "2000 households at one worker per 300, rounded up, bounded to 5..9");
        staffing.Minimum.Count(HouseholdCount.Of(100).Households).Should().Be(5);
        var quota = ((PolicyVersion<CommitteeQuotaPolicy>)document.Versions[6]).Policy;
        quota.IsFormula.Should().BeTrue();
        quota.FullTimeFormula!.Count(1800).Should().Be(5, "the larger of 3 and 3 plus one per 500 households above 1000, rounded up");
        PolicyDocument.Parse(Encoding.UTF8.GetBytes(TestProvince)).Versions.Should().HaveCount(7, "UTF-8 bytes read the same");
        var written = PolicyDocument.Create(document.Jurisdictions, document.Versions).ToJson();
        PolicyDocument.Parse(written).ToJson().Should().Be(written, "a document written and read back writes the same JSON");
    }

    [Fact]
    public void ACatalogExtendedByADocument_AnswersFromIt()
    {
        var catalog = PolicyDocument.Parse(TestProvince).AddTo(BuiltInCatalog.CreateBuilder()).Build();

        catalog.Resolve(CommitteeKinds.Size, JurisdictionCode.Of(990000), new LocalDate(2020, 1, 1)).Version.RuleId.Should().Be(RuleId.Of("TP-COM-01"));
        catalog.TryResolve(CommitteeKinds.Size, JurisdictionCode.Of(990000), new LocalDate(2018, 1, 1), out _).Should().BeFalse("the document's version starts in 2019");
    }

    [Fact]
    public void ADocumentLaidOverACatalog_ReplacesTheVersionsItDefines_AndKeepsTheJurisdictionsAlreadyHeld()
    {
        var exported = PolicyDocument.Create(BuiltInCatalog.Instance.Jurisdictions, BuiltInCatalog.Instance.Versions);
        exported.OverlayOn(BuiltInCatalog.CreateBuilder()).TryBuild(out var same, out var problems).Should().BeTrue(string.Join("; ", problems));
        same!.Versions.Should().HaveCount(BuiltInCatalog.Instance.Versions.Length, "the exported versions replace the built-in ones, not add to them");

        var xiantao = KnownJurisdictions.Xiantao.Code;
        var reform = PolicyDocument.Create([KnownJurisdictions.Xiantao], [PolicyVersion.Create(CommitteeKinds.Quota, xiantao, EffectivePeriod.Always, CommitteeQuotaPolicy.RangeOnly(Domain.Communities.CountRange.Between(5, 9)), RuleId.Of("XT-REFORM-01"))]);
        var catalog = reform.OverlayOn(BuiltInCatalog.CreateBuilder()).Build();

        catalog.Versions.Where(v => ReferenceEquals(v.Kind, CommitteeKinds.Quota) && v.Jurisdiction == xiantao).Should().ContainSingle().Which.RuleId.Should().Be(RuleId.Of("XT-REFORM-01"));
        catalog.Jurisdictions.Should().HaveCount(BuiltInCatalog.Instance.Jurisdictions.Length);
        FluentActions.Invoking(() => reform.OverlayOn(null!)).Should().Throw<ArgumentNullException>().WithParameterName("builder");
    }

    [Fact]
    public void EveryProblem_ComesBackAtOnce_WithItsPath_AndNothingIsRead()
    {
        var json = TestProvince
            .Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)
            .Replace("\"code\": \"990000\"", "\"code\": \"99\"", StringComparison.Ordinal)
            .Replace("\"minimum\": 5, \"maximum\": 9", "\"minimum\": 9, \"maximum\": 5", StringComparison.Ordinal)
            .Replace("\"years\": 5", "\"years\": 5, \"months\": 2", StringComparison.Ordinal)
            .Replace("\"kind\": \"scale.community\"", "\"kind\": \"scale.village\"", StringComparison.Ordinal)
            .Replace("\"numerator\": 1, \"denominator\": 2, \"isStrict\": true", "\"numerator\": 3, \"denominator\": 2, \"isStrict\": true", StringComparison.Ordinal)
            .Replace("\"ResidentGroupLeader\"", "\"Volunteer\"", StringComparison.Ordinal)
            .Replace("\"units\": 300", "\"units\": 0", StringComparison.Ordinal)
            .Replace("{ \"fixed\": 2 }", "{ \"fixed\": 2, \"perUnits\": { \"units\": 5 } }", StringComparison.Ordinal);

        PolicyDocument.TryParse(json, out var document, out var problems).Should().BeFalse();

        document.Should().BeNull();
        string[] expected =
        [
            "$.formatVersion: is 2; this library reads format version 1.",
            "$.jurisdictions[0].code: is \"99\"; expected a division code of six or nine digits, such as \"350802\".",
            "$.policies[0].policy: gives a minimum of 9 above its maximum of 5; expected the least no greater than the most.",
            "$.policies[1].policy.months: is not a member here; expected years.",
            "$.policies[2].kind: is \"scale.village\", a kind no registered module declares; expected one of committees.quota, *, wages.minimum, *.",
            "$.policies[3].policy.turnout.numerator: is 3; it must not exceed denominator (2); a share is at most the whole.",
            "$.policies[4].policy.allowed[1]: is \"Volunteer\"; expected one of GridWorker, ResidentGroupLeader, MemberUnitRepresentative, OwnersCommitteeChair, Other.",
            "$.policies[5].policy.exactly.bounded.formula: *",
            "$.policies[6].policy.partTime: gives \"fixed\" and \"perUnits\"; expected exactly one of \"fixed\", \"perUnits\", \"stepped\", \"larger\", \"smaller\", \"bounded\", \"banded\".",
        ];
        problems.Should().HaveCount(expected.Length, string.Join("\n", problems));
        for (var i = 0; i < expected.Length; i++)
        {
            problems[i].ToString().Should().Match(expected[i]);
        }

        problems.Select(p => p.Kind).Should().Equal(
            DocumentProblemKind.WrongDocument,
            DocumentProblemKind.InvalidValue,
            DocumentProblemKind.InvalidValue,
            DocumentProblemKind.UnknownMember,
            DocumentProblemKind.UnknownName,
            DocumentProblemKind.InvalidValue,
            DocumentProblemKind.UnknownName,
            problems[7].Kind,
            DocumentProblemKind.NotApplying);
    }

    [Fact]
    public void EveryKindTheLibraryDefines_IsHeldByTheFormat()
    {
        var defined = typeof(PolicyKind).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Kinds", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties())
            .Select(p => p.GetValue(null))
            .OfType<PolicyKind>()
            .Select(k => k.Name)
            .ToList();

        defined.Should().NotBeEmpty();
        BuiltInModules.Registry.Kinds.Select(k => k.Name).Should().BeEquivalentTo(defined, "every kind a built-in module defines is registered with its codec, and no other");
    }

    [Fact]
    public void TheWholeBuiltInCatalog_RoundTripsThroughADocument_AnsweringAlike()
    {
        var builtIn = BuiltInCatalog.Instance;
        var held = builtIn.Versions.ToList();

        var json = PolicyDocument.Create(builtIn.Jurisdictions, held).ToJson();
        var read = PolicyDocument.Parse(json);

        read.ToJson().Should().Be(json, "a document read back writes the same JSON");
        read.Jurisdictions.Should().Equal(builtIn.Jurisdictions);
        read.Versions.Select(v => (v.Kind, v.Jurisdiction, v.Period, v.RuleId, v.Status)).Should().Equal(held.Select(v => (v.Kind, v.Jurisdiction, v.Period, v.RuleId, v.Status)));
        read.Versions.Zip(held).Should().OnlyContain(pair => pair.First.Citations.SequenceEqual(pair.Second.Citations) && pair.First.Notes.SequenceEqual(pair.Second.Notes));
        read.Versions.Zip(held).Should().OnlyContain(pair => Policy(pair.First) == Policy(pair.Second), "every policy reads back as the same policy");

        var fromDocument = read.AddTo(PolicyCatalog.CreateBuilder()).Build();
        foreach (var quota in held.OfType<PolicyVersion<CommitteeQuotaPolicy>>())
        {
            var asOf = quota.Period.Start ?? new LocalDate(2010, 1, 1);
            for (var residents = 0; residents <= 30_000; residents += 250)
            {
                new CommitteeEvaluator(fromDocument).Quota(quota.Jurisdiction, asOf, Population.Of(residents))
                    .Should().Be(new CommitteeEvaluator(builtIn).Quota(quota.Jurisdiction, asOf, Population.Of(residents)), "{0} residents under {1}", residents, quota);
            }
        }
    }

    [Fact]
    public void FundingPolicies_WithCostSharesRangesAndExclusions_RoundTripThroughADocument()
    {
        var city = Domain.Tests.Funding.UnnamedCityFunding.City;
        var versions = Domain.Funding.FundingPolicies.UnnamedCityAt(city.Code, EffectivePeriod.Always).ToList();
        var shared = PolicyVersion.Create(Domain.Funding.FundingKinds.SelfGovernanceFunds, city.Code, EffectivePeriod.Always,
            Domain.Funding.FundingPolicy.Between(Money.FromYuan(5000), Money.FromYuan(8000), "5000至8000元").WithCostShare(CostShare.Ratio((Payer.Of("city", "市", "City"), 6), (Payer.Of("district", "区", "District"), 4))).Excluding(Domain.Communities.CommunityKind.Town),
            RuleId.Of("TC-FUN-09"));
        versions.RemoveAll(v => ReferenceEquals(v.Kind, Domain.Funding.FundingKinds.SelfGovernanceFunds));
        versions.Add(shared);

        var json = PolicyDocument.Create([city], versions).ToJson();
        var read = PolicyDocument.Parse(json);

        read.ToJson().Should().Be(json);
        var catalog = read.AddTo(BuiltInCatalog.CreateBuilder()).Build();
        var inCode = Domain.Tests.Funding.UnnamedCityFunding.Builder().RemoveVersions(Domain.Funding.FundingKinds.SelfGovernanceFunds, city.Code).Add(shared).Build();
        var units = Domain.Funding.FundedUnits.Of(Population.Of(4000), HouseholdCount.Of(1200), workers: 5, partyBranches: 2);
        foreach (var kind in new[] { Domain.Funding.FundingKinds.OfficeFunds, Domain.Funding.FundingKinds.WorkFunds, Domain.Funding.FundingKinds.StaffFunds, Domain.Funding.FundingKinds.PartyBranchFunds, Domain.Funding.FundingKinds.SelfGovernanceFunds })
        {
            new Domain.Funding.FundingEvaluator(catalog).Amount(kind, city.Code, new LocalDate(2012, 6, 30), units)
                .Should().Be(new Domain.Funding.FundingEvaluator(inCode).Amount(kind, city.Code, new LocalDate(2012, 6, 30), units), "{0} answers alike", kind);
        }
    }

    [Fact]
    public void AVersionOfAKindTheFormatDoesNotHold_IsRefusedByName() =>
        FluentActions.Invoking(() => PolicyDocument.Create([], [PolicyVersion.Create(new PolicyKind<string>("user.text", "text", "文本"), KnownJurisdictions.Xiantao.Code, EffectivePeriod.Always, "text", RuleId.Of("US-01"))]))
            .Should().Throw<ArgumentException>().WithParameterName("versions[0]").WithMessage("versions[0] is *, of a kind no registered module declares; expected a version of committees.quota, *");

    [Fact]
    public void ADocumentException_HoldsAtLeastOneProblem() =>
        FluentActions.Invoking(() => new DocumentException([])).Should().Throw<ArgumentException>().WithParameterName("problems");

    [Fact]
    public void MalformedJson_IsRefused_WithItsLineAndColumn()
    {
        var problem = FluentActions.Invoking(() => PolicyDocument.Parse("{\n  \"format\": \"community-domain.catalog\",\n  \"policies\": [ }\n}"))
            .Should().Throw<DocumentException>().Which.Problems.Should().ContainSingle().Which;

        (problem.Line, problem.Column).Should().Be((3L, 17L));
        problem.ToString().Should().StartWith("line 3, column 17: ");
        PolicyDocument.TryParse("{\"format\":\"community-domain.catalog\",\"formatVersion\":1}\n{}", out _, out var trailing).Should().BeFalse("a second value after the document is refused, not ignored");
        trailing.Should().ContainSingle().Which.Line.Should().Be(2);
        PolicyDocument.TryParse("// a comment\n{\"format\":\"community-domain.catalog\",\"formatVersion\":1}", out var commented, out _).Should().BeTrue("comments are allowed, for notes in a reviewed file");
        commented!.Versions.Should().BeEmpty();
    }

    private static string Policy(PolicyVersion version) => version.GetType().GetProperty("Policy")!.GetValue(version)!.ToString()!;
}
