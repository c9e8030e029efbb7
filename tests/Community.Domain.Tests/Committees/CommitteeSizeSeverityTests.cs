using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Committees;

/// <summary>A committee size's sides each have their severity: a recommended most that committees may pass is a warning, a required least an error, in C# and in documents.</summary>
public sealed class CommitteeSizeSeverityTests
{
    private static readonly LocalDate Day = new(2016, 11, 22);

    private static CommitteeReview Review(CommitteeSizePolicy size, int members)
    {
        var catalog = BuiltInCatalog.CreateBuilder().Add(CommitteeKinds.Size, KnownJurisdictions.China.Code, EffectivePeriod.Always, size, RuleId.Of("TN-COM-01")).Build();
        var community = CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(2600));
        return new CommitteeEvaluator(catalog).Review(Day, CommitteeRecord.Create(community, members, 5));
    }

    [Theory]
    [InlineData(4, FindingSeverity.Error)]
    [InlineData(5, null)]
    [InlineData(9, null)]
    [InlineData(10, FindingSeverity.Warning)]
    public void ARecommendedMost_IsAWarning_ARequiredLeastAnError(int members, FindingSeverity? severity)
    {
        var size = CommitteeSizePolicy.Between(5, 9).WithSeverities(FindingSeverity.Error, FindingSeverity.Warning);

        var found = Review(size, members).Findings.Where(f => f.Code == CommitteeFindingCodes.SizeOutsideRange).ToList();

        found.Select(f => (FindingSeverity?)f.Severity).Should().Equal(severity is null ? [] : [severity]);
    }

    [Fact]
    public void ByDefault_BothSidesAreErrors_AsBefore()
    {
        CommitteeSizePolicy.Between(5, 9).BelowMinimum.Should().Be(FindingSeverity.Error);
        Review(CommitteeSizePolicy.Between(5, 9), 10).Findings.Should().ContainSingle(f => f.Code == CommitteeFindingCodes.SizeOutsideRange).Which.Severity.Should().Be(FindingSeverity.Error);
    }

    [Fact]
    public void ASeverityThatIsNeitherErrorNorWarning_IsRefused() =>
        FluentActions.Invoking(() => CommitteeSizePolicy.Between(5, 9).WithSeverities(FindingSeverity.Info, FindingSeverity.Error))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("belowMinimum");

    [Fact]
    public void InADocument_TheSeveritiesAreReadAndWritten_AndInfoIsRefused()
    {
        const string Document = """
            {"format":"community-domain.catalog","formatVersion":1,"policies":[
              {"kind":"committees.size","jurisdiction":"100000","ruleId":"TN-COM-01","policy":{"minimum":5,"maximum":9,"aboveMaximum":"Warning"}}]}
            """;

        var read = PolicyDocument.Parse(Document);
        var policy = (CommitteeSizePolicy)((PolicyVersion<CommitteeSizePolicy>)read.Versions[0]).Policy;

        policy.AboveMaximum.Should().Be(FindingSeverity.Warning);
        policy.BelowMinimum.Should().Be(FindingSeverity.Error);
        read.ToJson().Should().Contain("\"aboveMaximum\": \"Warning\"").And.NotContain("belowMinimum");
        PolicyDocument.TryParse(Document.Replace("\"Warning\"", "\"Info\"", StringComparison.Ordinal), out _, out var problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.Path.Should().Be("$.policies[0].policy.aboveMaximum");
    }
}
