using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Sources;

/// <summary>Pins every built-in citation to what its source gives: titles, issuers and dates as stated, "not stated" where it states none.</summary>
public class SourceDocumentsTests
{
    [Fact]
    public void UnnamedCitySurvey_CarriesItsOwnTitle_AndStatesNeitherTheCityNorItsLevel()
    {
        var survey = SourceDocuments.UnnamedCitySurvey;

        survey.Title.Should().Be("关于加强社区建设的调查与思考");
        survey.Date.Should().BeNull();
        survey.Jurisdiction.Should().Be("某市(原文未具名)");
        survey.EnglishJurisdiction.Should().Be("an unnamed city, its level not stated");
        survey.ToChineseString().Should().Be("《关于加强社区建设的调查与思考》,某市民政局调研组,某市(原文未具名),日期未载明(原文未署日期,市名与行政级别均未载明;所述为2007年至2012年情况(含2012年换届选举))");
    }

    [Fact]
    public void HefeiFeature_IsTheHefeiDailyOf2012_01_10_AndTheSurveyIsUndated()
    {
        SourceDocuments.HefeiPractice.Date.Should().Be(SourceDate.On(new LocalDate(2012, 1, 10)));
        SourceDocuments.HefeiPractice.Issuer.Should().Be("《合肥日报》");
        SourceDocuments.HefeiPractice.ToString().Should().Be("Hefei's practice as a sample of innovation in community service and management (《“创新社区服务管理样本”的合肥实践》), Hefei Daily, Hefei, Anhui (安徽省合肥市), 2012-01-10 (a news feature)");
        SourceDocuments.HefeiSurvey.Date.Should().BeNull();
        SourceDocuments.HefeiSurvey.Remark.Should().Be("undated, the author not stated; its own references point to 2011");
        SourceDocuments.HefeiSurvey.ChineseRemark.Should().Be("原文未署日期与作者;文中所述时点指向2011年");
    }

    [Fact]
    public void WebPostings_AreNotDatesOfTheDocuments()
    {
        SourceDocuments.XinluoSurvey.Date.Should().BeNull();
        SourceDocuments.ShashiReview.Date.Should().BeNull();
        SourceDocuments.FurongNotice.Date.Should().BeNull();
        SourceDocuments.FurongNotice.Issuer.Should().Be("发文机关未载明");
        SourceDocuments.XiantaoReport.Date.Should().Be(SourceDate.On(new LocalDate(2016, 11, 22)));
    }

    public static TheoryData<Citation> All => [
        SourceDocuments.XiantaoReport, SourceDocuments.XinluoSurvey, SourceDocuments.UnnamedCitySurvey, SourceDocuments.ShashiReview,
        SourceDocuments.FurongNotice, SourceDocuments.HefeiSurvey, SourceDocuments.HefeiPractice, SourceDocuments.FujianOutline, SourceDocuments.Longyan147];

    [Theory]
    [MemberData(nameof(All))]
    public void EveryCitation_HasItsJurisdictionInEnglish_AndANoteInBothLanguagesOrNone(Citation citation)
    {
        citation.EnglishJurisdiction.Should().NotBeNull();
        (citation.Remark is null).Should().Be(citation.ChineseRemark is null);
        citation.ToChineseString().Should().NotContainAny("the ", " of ", "undated");
    }

    [Fact]
    public void AnswerForADayBeforeItsSource_SaysSoInItsExplanation()
    {
        var committees = new CommitteeEvaluator(BuiltInCatalog.Instance);
        var yearOne = committees.ExplainQuota(KnownJurisdictions.Xiantao.Code, new LocalDate(1, 1, 1), Population.Of(6000)).Explanation;

        yearOne.Steps.Should().ContainSingle(s => s.Kind == ExplanationStepKind.Remark && s.English.StartsWith("The source", StringComparison.Ordinal)).Which.English.Should().Be(
            "The source of COM-01 speaks for 2016-01-01 onwards; 0001-01-01 is outside that, so this answer carries the rule beyond what its source covers.");
        yearOne.Steps.Single(s => s.Kind == ExplanationStepKind.Remark && s.English.StartsWith("The source", StringComparison.Ordinal)).Chinese.Should().Be(
            "COM-01的来源文件所述时段为2016年1月1日以后;0001年1月1日不在其内,以下结果系将该规则延伸适用于来源文件未涉及的日期。");
        committees.ExplainQuota(KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 1, 1), Population.Of(6000)).Explanation.Steps
            .Should().NotContain(s => s.Kind == ExplanationStepKind.Remark && s.English.StartsWith("The source", StringComparison.Ordinal), "the first day the source speaks for is inside it");

        var funds = new FundingEvaluator(BuiltInCatalog.Instance).ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(1995, 6, 1), Population.Of(6000)).Explanation;
        funds.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Remark && s.English.StartsWith("The source of FUN-03 speaks for 2006-01-01 onwards; 1995-06-01 is outside that", StringComparison.Ordinal));
    }

    [Fact]
    public void Coverage_WithAClosedPeriod_RemarksOnDaysAfterIt_AndRefusesAnEndBeforeItsStart()
    {
        var closed = Citation.Create("标题", "机关", "某地", null).WithCoverage(new LocalDate(2006, 1, 1), new LocalDate(2010, 12, 31));
        closed.IsOutsideCoverage(new LocalDate(2011, 1, 1)).Should().BeTrue();
        closed.IsOutsideCoverage(new LocalDate(2010, 12, 31)).Should().BeFalse();
        closed.IsOutsideCoverage(new LocalDate(2006, 1, 1)).Should().BeFalse();
        closed.IsOutsideCoverage(new LocalDate(2005, 12, 31)).Should().BeTrue();
        Citation.Create("标题", "机关", "某地", null).IsOutsideCoverage(new LocalDate(1, 1, 1)).Should().BeFalse("a citation that states no coverage speaks for every day");
        closed.WithSection("一").CoversUntil.Should().Be(new LocalDate(2010, 12, 31));
        closed.WithRemark("note", "注").CoversFrom.Should().Be(new LocalDate(2006, 1, 1));
        FluentActions.Invoking(() => closed.WithCoverage(new LocalDate(2010, 1, 1), new LocalDate(2009, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "until");
        FluentActions.Invoking(() => closed.WithRemark("x", " ")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "chinese");
        FluentActions.Invoking(() => closed.WithEnglishJurisdiction("")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "english");

        var catalog = PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All)
            .Add(PolicyVersion.Create(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, EffectivePeriod.Always, FundingPolicy.Fixed(Money.FromYuan(20000m), "每年2万元"), RuleId.Fun03, closed))
            .Build();
        var explanation = new FundingEvaluator(catalog).ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(2012, 1, 1), Population.Of(1)).Explanation;
        explanation.Steps.Should().Contain(s => s.English.StartsWith("The source of FUN-03 speaks for 2006-01-01 to 2010-12-31; 2012-01-01 is outside that", StringComparison.Ordinal)
            && s.Chinese.StartsWith("FUN-03的来源文件所述时段为2006年1月1日至2010年12月31日;", StringComparison.Ordinal));
    }

    [Fact]
    public void VersionNotes_AppearAsRemarks()
    {
        var version = PolicyVersion.Create(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, EffectivePeriod.Always, FundingPolicy.Fixed(Money.FromYuan(20000m), "每年2万元"), RuleId.Fun03)
            .WithNote(SourceNote.Of("Two sources differ.", "两份来源表述不一。"));
        var catalog = PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All).Add(version).Build();

        var explanation = new FundingEvaluator(catalog).ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(2012, 1, 1), Population.Of(1)).Explanation;

        explanation.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Remark && s.English == "Two sources differ." && s.Chinese == "两份来源表述不一。");
        version.Notes.Should().ContainSingle();
        version.AsProposed().Notes.Should().ContainSingle();
        FluentActions.Invoking(() => version.WithNote(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "note");
        FluentActions.Invoking(() => SourceNote.Of("", "x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "english");
        SourceNote.Of("a", "b").ToString().Should().Be("a");
    }

    [Fact]
    public void Coverage_OfOneDay_IsAllowed_AndAnEndBeforeItsStartIsNamed()
    {
        var day = new LocalDate(2010, 1, 1);
        Citation.Create("标题", "机关", "某地", null).WithCoverage(day, day).IsOutsideCoverage(day).Should().BeFalse();
        FluentActions.Invoking(() => Citation.Create("标题", "机关", "某地", null).WithCoverage(day, day.PlusDays(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*must not be before from (2010-01-01)*");
    }
}
