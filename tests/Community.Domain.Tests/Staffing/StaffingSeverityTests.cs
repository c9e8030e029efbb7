using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Documents;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Json;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using NodaTime;

namespace Community.Domain.Tests.Staffing;

/// <summary>
/// Limits with severity (issue 27): a recommended maximum (or minimum) that communities may pass is a
/// warning, not an error, so an assessment that passes it stays compliant; in C# and in documents.
/// </summary>
public sealed class StaffingSeverityTests
{
    private static readonly LocalDate Day = new(2024, 7, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;

    // At least one worker per 300 households (required), at most one per 250 (recommended).
    private static readonly StaffingPolicy Recommended = StaffingPolicy.Between(
        CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up), CountFormula.PerUnits(250, RoundingMode.Up))
        .WithSeverities(FindingSeverity.Error, FindingSeverity.Warning);

    private static StaffingEvaluator Evaluator(StaffingPolicy policy) => new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province)
        .Add(StaffingKinds.CommunityWorkers, Province.Code, EffectivePeriod.Always, policy, RuleId.Of("TP-STF-09"))
        .Build());

    private static CommunityProfile Community(int households) =>
        CommunityProfile.Create(Province.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(households * 3), HouseholdCount.Of(households));

    [Theory]
    [InlineData(8, true, null)]   // 2000 households: at most 8 recommended
    [InlineData(9, true, FindingSeverity.Warning)] // one above the recommended maximum: a warning, still compliant
    [InlineData(7, true, null)]   // the least required
    [InlineData(6, false, FindingSeverity.Error)]  // one below the required minimum: an error
    public void ARecommendedMaximum_IsAWarning_ARequiredMinimumAnError(int staff, bool compliant, FindingSeverity? severity)
    {
        var assessment = Evaluator(Recommended).Assess(StaffingKinds.CommunityWorkers, Day, Community(2000), staff);

        assessment.IsCompliant.Should().Be(compliant);
        assessment.Findings.Select(f => (FindingSeverity?)f.Severity).Should().Equal(severity is null ? [] : [severity]);
    }

    [Fact]
    public void AWarningOverTheMaximum_SaysTheMaximumIsRecommended_InBothLanguages()
    {
        var finding = Evaluator(Recommended).Assess(StaffingKinds.CommunityWorkers, Day, Community(2000), 10).Findings.Should().ContainSingle().Subject;

        finding.Code.Should().Be(StaffingFindingCodes.OverCap);
        finding.English.Should().EndWith("10 in post, 2 more than the 8 recommended; a recommended maximum may be passed.");
        finding.Chinese.Should().EndWith("现有10人,多于建议的8人2人(建议上限,可以超过)。");
    }

    [Fact]
    public void ARecommendedMinimum_IsAWarning_InBothLanguages()
    {
        var policy = StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up)).WithSeverities(FindingSeverity.Warning, FindingSeverity.Error);

        var assessment = Evaluator(policy).Assess(StaffingKinds.CommunityWorkers, Day, Community(2000), 6);

        assessment.IsCompliant.Should().BeTrue();
        var finding = assessment.Findings.Should().ContainSingle().Subject;
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.English.Should().EndWith("6 in post, 1 fewer than the 7 recommended.");
        finding.Chinese.Should().EndWith("现有6人,少于建议的7人1人。");
        policy.ToString().Should().Be("at least (1 per 300 units rounded up) (recommended), counting Households");
    }

    [Fact]
    public void ASeverityOtherThanErrorOrWarning_OrAWarningAboveNoMaximum_IsRefused()
    {
        var atLeast = StaffingPolicy.AtLeast(CountUnit.Households, CountFormula.Fixed(3));

        FluentActions.Invoking(() => atLeast.WithSeverities(FindingSeverity.Info, FindingSeverity.Error)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("belowMinimum");
        FluentActions.Invoking(() => Recommended.WithSeverities(FindingSeverity.Error, (FindingSeverity)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("aboveMaximum");
        FluentActions.Invoking(() => atLeast.WithSeverities(FindingSeverity.Error, FindingSeverity.Warning)).Should().Throw<ArgumentException>().WithParameterName("aboveMaximum").WithMessage("*has no maximum*");
    }

    [Fact]
    public void InADocument_SeveritiesReadAndWriteBack_AndErrorIsNotWritten()
    {
        var json = Document("""{"unit":"Households","minimum":{"perUnits":{"units":300}},"maximum":{"perUnits":{"units":250}},"aboveMaximum":"Warning"}""");

        var document = PolicyDocument.Parse(json);

        var policy = ((PolicyVersion<StaffingPolicy>)document.Versions.Single()).Policy;
        (policy.BelowMinimum, policy.AboveMaximum).Should().Be((FindingSeverity.Error, FindingSeverity.Warning));
        var written = document.ToJson(indented: false);
        written.Should().Contain("\"aboveMaximum\":\"Warning\"").And.NotContain("belowMinimum");
        PolicyDocument.Parse(written).ToJson(indented: false).Should().Be(written);
    }

    [Theory]
    [InlineData("""{"unit":"Households","minimum":{"fixed":3},"aboveMaximum":"Warning"}""", "$.policies[0].policy.aboveMaximum", DocumentProblemKind.NotApplying)]
    [InlineData("""{"unit":"Households","minimum":{"fixed":3},"maximum":{"fixed":5},"aboveMaximum":"Info"}""", "$.policies[0].policy.aboveMaximum", DocumentProblemKind.InvalidValue)]
    [InlineData("""{"unit":"Households","exactly":{"fixed":3},"belowMinimum":"Warn"}""", "$.policies[0].policy.belowMinimum", DocumentProblemKind.UnknownName)]
    public void InADocument_ABadSeverity_IsAProblemAtItsMember(string policy, string path, DocumentProblemKind kind)
    {
        PolicyDocument.TryParse(Document(policy), out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle(string.Join("\n", problems)).Which.Should().Match<DocumentProblem>(p => p.Path == path && p.Kind == kind);
    }

    private static string Document(string policy) => Json.CatalogJson.OneVersion("staffing.community-workers", policy);
}
