using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Declarations;
using Community.Domain.Documents;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using static Community.Domain.Tests.Declarations.DeclaredSamples;

namespace Community.Domain.Tests.Declarations;

/// <summary>A catalog document declares kinds and holds their versions; golden cases evaluate them; a bad declaration or rule is refused at its path, every problem at once.</summary>
public sealed class DeclaredDocumentTests
{
    [Fact]
    public void ADocument_DeclaresAKind_AndHoldsItsVersion_EvaluatedAsInCSharp()
    {
        var document = PolicyDocument.Parse(CouncilDocument);
        var kind = document.Declarations.Should().ContainSingle().Subject;
        var catalog = document.AddTo(PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All)).Build();
        var evaluator = new DeclaredEvaluator(catalog);

        document.Modules.ModuleOf("council.meeting")!.Name.Should().Be("council");
        foreach (var (members, present, inFavour) in new[] { (21, 14, 8), (21, 13, 8), (21, 14, 7), (0, 0, 0) })
        {
            evaluator.Evaluate(kind, Province, Day, [members, present, inFavour])
                .Should().Be(new DeclaredEvaluator(Catalog((Council, CouncilRule))).Evaluate(Council, Province, Day, [members, present, inFavour]));
        }
    }

    [Fact]
    public void ADocumentWithDeclaredKinds_WritesItselfAsItWasRead()
    {
        var written = PolicyDocument.Parse(CouncilDocument).ToJson();
        var again = PolicyDocument.Parse(written, BuiltInModules.Registry);

        again.ToJson().Should().Be(written);
        written.Should().Contain("\"kinds\"").And.Contain("\"atLeast\": \"2/3\"");
    }

    /// <summary>A document of a kind of each form (as the samples declare them), for the document tests that change every member.</summary>
    internal static string EveryFormDocument()
    {
        var versions = EveryFormVersions();
        var registry = BuiltInModules.Registry.With(versions.Select(v => v.Policy.Kind).GroupBy(k => k.Group).Select(g => new DeclaredModule(g.Key, g)));
        return PolicyDocument.Create([TestPlaces.Province], versions, registry).ToJson();
    }

    [Fact]
    public void EveryForm_WritesAndReadsBack()
    {
        var written = EveryFormDocument();

        var read = PolicyDocument.Parse(written);

        read.Declarations.Select(k => k.Name).Should().Equal("projects.premises", "workforce.workers-per-residents", "funds.per-households", "notices.advance-application", "sizes.households", "grades.households");
        read.ToJson().Should().Be(written);
    }

    private static PolicyVersion<DeclaredPolicy>[] EveryFormVersions()
    {
        var grades = DeclaredKind.Create("grades.households", "社区等级", "community grade", [DeclaredInput.Measured("households", MeasureUnit.Households, "户数", "households"), DeclaredInput.Measured("published", MeasureUnit.YesNo, "已公示", "published"), DeclaredInput.Measured("candidates", MeasureUnit.Persons, "候选人", "candidates"), DeclaredInput.Measured("seats", MeasureUnit.Persons, "职数", "seats"), DeclaredInput.Difference("beyond", "candidates", "seats", "差额", "candidates beyond seats")], [DeclaredFinding.Create("grades.unpublished", "未公示", "not published"), DeclaredFinding.Create("grades.no-choice", "未差额", "no choice")]);
        var gradeRule = DeclaredRule.AnyOf(
            DeclaredRule.Table("households", BandTable.Define(BoundaryReading.FirstListedWins, Band.UpTo(Bound.Inclusive(1000m), "小型"), Band.From(Bound.Inclusive(1000m), "大型"))),
            DeclaredRule.Condition("published", true, "grades.unpublished", FindingSeverity.Warning),
            DeclaredRule.Threshold("beyond", DeclaredComparison.AtLeast, 1m, "grades.no-choice", FindingSeverity.Error),
            DeclaredRule.Combine(DeclaredCombination.SmallerOf, DeclaredRule.Count("households", MeasureUnit.Persons, CountFormula.Fixed(3)), DeclaredRule.Count("households", MeasureUnit.Persons, CountFormula.PerUnits(300, RoundingMode.Up))));
        return
        [
            ProjectPremises.Version(Province, EffectivePeriod.Always, PremisesRule, RuleId.Of("TST-02")),
            Workers.Version(Province, EffectivePeriod.Always, WorkersRule, RuleId.Of("TST-03")),
            Fund.Version(Province, EffectivePeriod.Always, FundRule, RuleId.Of("TST-04")),
            Notice.Version(Province, EffectivePeriod.Always, NoticeRule, RuleId.Of("TST-05")),
            Households.Version(Province, EffectivePeriod.Always, HouseholdsRule, RuleId.Of("TST-06")),
            grades.Version(Province, EffectivePeriod.Always, gradeRule, RuleId.Of("TST-07")),
        ];
    }

    [Fact]
    public void AGoldenCase_EvaluatesADeclaredKind_WithTheDocumentsRegistry()
    {
        var document = PolicyDocument.Parse(CouncilDocument);
        var catalog = document.AddTo(PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All)).Build();
        var cases = GoldenCaseDocument.Parse(
            """
            {
              "format": "community-domain.cases",
              "formatVersion": 1,
              "cases": [
                { "name": "quorate at two thirds", "evaluation": "council.meeting", "jurisdiction": "990000", "date": "2026-01-01",
                  "inputs": { "members": 21, "present": 14, "inFavour": 8 },
                  "expected": { "ruleId": "TST-COUNCIL-01", "result": { "Holds": true, "Findings": [] } } },
                { "name": "one short of two thirds", "evaluation": "council.meeting", "jurisdiction": "990000", "date": "2026-01-01",
                  "inputs": { "members": 21, "present": 13, "inFavour": 8 },
                  "expected": { "ruleId": "TST-COUNCIL-01", "result": { "Holds": false, "Severity": "Error" }, "explanation": { "english": ["attendance is 13/21"], "chinese": ["会议未达法定人数"] } } }
              ]
            }
            """,
            document.Modules);

        cases.Run(catalog).Should().OnlyContain(r => r.Passed, "{0}", string.Join("; ", cases.Run(catalog).SelectMany(r => r.Differences)));
    }

    [Fact]
    public void ACaseInput_OutsideItsUnit_IsRefusedAtItsPath()
    {
        var document = PolicyDocument.Parse(CouncilDocument);
        var catalog = document.AddTo(PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All)).Build();

        var act = () => GoldenCaseDocument.Evaluate(catalog, "council.meeting", Province, Day, """{"members": 21, "present": 13.5, "inFavour": 8}""", document.Modules);

        act.Should().Throw<DocumentException>().Which.Problems.Should().ContainSingle().Which.Path.Should().EndWith(".present");
    }

    [Fact]
    public void ABadDeclaration_IsRefused_EveryProblemAtItsPath()
    {
        var json = CouncilDocument
            .Replace("""{ "name": "support", "ratio": { "part": "inFavour", "whole": "present" }""", """{ "name": "support", "ratio": { "part": "inFavour", "whole": "households" }""", StringComparison.Ordinal)
            .Replace("""{ "name": "present", "unit": "Members", "chineseName": "到会成员", """, """{ "name": "present", "unit": "Members", """, StringComparison.Ordinal);

        PolicyDocument.TryParse(json, out _, out var problems).Should().BeFalse();

        problems.Select(p => (p.Path, p.Kind)).Should().BeEquivalentTo(
            new[]
            {
            ("$.kinds[0].inputs[1]", DocumentProblemKind.Missing),
            ("$.kinds[0].inputs[4].ratio.whole", DocumentProblemKind.Definition),
            },
            "{0}",
            string.Join("\n", problems));
    }

    [Fact]
    public void ABadRule_IsRefused_EveryProblemAtItsMember()
    {
        var json = CouncilDocument.Replace(
            """
                    "allOf": [
                      { "threshold": { "measure": "attendance", "atLeast": "2/3", "finding": "council.not-quorate", "severity": "Error" } },
                      { "threshold": { "measure": "support", "moreThan": "1/2", "finding": "council.motion-fails", "severity": "Error" } }
                    ]
            """,
            """
                    "allOf": [
                      { "threshold": { "measure": "attendance", "atLeast": "3/2", "finding": "council.not-quorate", "severity": "Error" } },
                      { "threshold": { "measure": "turnout", "moreThan": "1/2", "finding": "council.motion-fails", "severity": "Error" } },
                      { "range": { "measure": "members", "minimum": { "value": 5, "finding": "council.too-small", "severity": "Warning" } } },
                      { "amount": { "measure": "members", "yuan": 100, "perUnits": 0 } },
                      { "anyOf": [] }
                    ]
            """,
            StringComparison.Ordinal);

        PolicyDocument.TryParse(json, out _, out var problems).Should().BeFalse();

        problems.Select(p => (p.Path, p.DefinitionKind)).Should().BeEquivalentTo(
            new (string, DefinitionProblemKind?)[]
        {
            ("$.policies[0].policy.allOf[0].threshold.atLeast", DefinitionProblemKind.InvalidValue),
            ("$.policies[0].policy.allOf[1].threshold.measure", DefinitionProblemKind.UnknownInput),
            ("$.policies[0].policy.allOf[2].range.minimum.finding", DefinitionProblemKind.UnknownFinding),
            ("$.policies[0].policy.allOf[3].amount.perUnits", DefinitionProblemKind.InvalidValue),
            ("$.policies[0].policy.allOf[4].anyOf", DefinitionProblemKind.InvalidValue),
            ("$.policies[0].policy", DefinitionProblemKind.UnusedInput),
            ("$.policies[0].policy", DefinitionProblemKind.UnusedInput),
            },
            "{0}",
            string.Join("\n", problems));
        problems.Where(p => p.DefinitionKind == DefinitionProblemKind.UnusedInput).Select(p => p.Message).Should().Contain(m => m.Contains("\"inFavour\"", StringComparison.Ordinal));
        problems.Single(p => p.Path.EndsWith("anyOf", StringComparison.Ordinal)).Message.Should().Be("is a combination of nothing; expected one rule or more.");
    }

    [Fact]
    public void AKindInALibraryModulesGroup_OrDeclaredTwice_IsRefusedAtItsName_AndItsVersionsAreNotReadAgain()
    {
        var inLibraryGroup = CouncilDocument.Replace("council.", "committees.", StringComparison.Ordinal);
        var twice = CouncilDocument.Replace("""
              ]
            }
          ],
          "jurisdictions"
        """, """
              ]
            },
            { "name": "council.meeting", "chineseName": "会议", "englishName": "meeting", "inputs": [ { "name": "members", "unit": "Members", "chineseName": "成员", "englishName": "members" } ] }
          ],
          "jurisdictions"
        """, StringComparison.Ordinal);

        PolicyDocument.TryParse(inLibraryGroup, out _, out var library).Should().BeFalse();
        PolicyDocument.TryParse(twice, out _, out var duplicate).Should().BeFalse();

        library.Should().ContainSingle().Which.Path.Should().Be("$.kinds[0].name");
        library[0].Message.Should().Contain("\"committees\"");
        duplicate.Should().ContainSingle().Which.Should().Match<DocumentProblem>(p => p.Path == "$.kinds[1].name" && p.Kind == DocumentProblemKind.Duplicate);
    }

    [Fact]
    public void AnInputNamedAsTheCasesCalendar_IsRefused() =>
        FluentActions.Invoking(() => DeclaredKind.Create("notices.x", "通知", "notice", [DeclaredInput.Measured("holidays", MeasureUnit.CalendarDays, "假日", "holidays")], []))
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Argument.Should().Be("inputs[0].name");

    [Fact]
    public void UnitsThatDoNotMatch_AreRefused()
    {
        var act = () => DeclaredKind.Create(
            "scale.mixed",
            "混合",
            "mixed",
            [
                DeclaredInput.Measured("households", MeasureUnit.Households, "户数", "households"),
                DeclaredInput.Measured("residents", MeasureUnit.Residents, "人口", "residents"),
                DeclaredInput.Difference("gap", "households", "residents", "差额", "gap"),
                DeclaredInput.Ratio("share", "published", "households", "比例", "share"),
            ],
            []);

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => (p.Kind, p.Argument)).Should().Equal(
            (DefinitionProblemKind.MismatchedUnits, "inputs[2].difference"),
            (DefinitionProblemKind.UnknownInput, "inputs[3].ratio.part"));
    }

    [Fact]
    public void ATableOverHouseholds_ComparedWithResidents_IsRefused()
    {
        var rule = DeclaredRule.Range("households", null, DeclaredLimit.Of(3000m, "sizes.large", FindingSeverity.Warning));
        var kind = DeclaredKind.Create("scale.pair", "规模", "scale", [DeclaredInput.Measured("households", MeasureUnit.Households, "户数", "households"), DeclaredInput.Measured("started", MeasureUnit.Date, "日期", "start")], [DeclaredFinding.Create("sizes.large", "偏大", "large")]);
        var check = DeclaredRule.Count("households", MeasureUnit.Persons, CountFormula.Fixed(1), DeclaredCheck.Of("households", DeclaredComparison.AtLeast, "sizes.large", FindingSeverity.Error));

        kind.TryPolicy(DeclaredRule.AllOf(rule, check, DeclaredRule.Threshold("started", DeclaredComparison.AtLeast, 1m, "sizes.large", FindingSeverity.Error)), out _, out var problems).Should().BeFalse();

        problems.Select(p => (p.Kind, p.Argument)).Should().Equal(
            (DefinitionProblemKind.MismatchedUnits, "allOf[1].count.check.actual"),
            (DefinitionProblemKind.MismatchedUnits, "allOf[2].threshold.measure"));
    }
}
