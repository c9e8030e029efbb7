using System.Text.Json;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Tests.Explanations;

public class ExplanationTests
{
    private static Explanation AtBoundary() =>
        new FundingEvaluator(BuiltInCatalog.Instance)
            .ExplainAmount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 6, 30), Population.Of(5000))
            .Explanation;

    [Fact]
    public void ToText_English_HasHeadingInputsStepsResultAndSources()
    {
        var text = AtBoundary().ToText(ExplanationLanguage.English);

        text.Should().StartWith("FUN-01 office funds — Xinluo District (350802), 2008-06-30");
        text.Should().Contain("Inputs: 5000 residents");
        text.Should().Contain("  1. The version in force is defined by Fujian Province (350000)");
        text.Should().Contain("  2. Xinluo District (350802) and any levels between set no version in force");
        text.Should().Contain("Result: office funds: 10000.00 yuan a year");
        text.Should().Contain("  - Survey report on community building (《社区建设工作的调查报告》)");
        AtBoundary().ToString().Should().Be(text);
    }

    [Fact]
    public void ToText_Chinese_IsInChinese()
    {
        var text = AtBoundary().ToText(ExplanationLanguage.Chinese);

        text.Should().StartWith("FUN-01 办公经费 — 新罗区(350802),2008年6月30日");
        text.Should().Contain("输入:5000人");
        text.Should().Contain("步骤:");
        text.Should().Contain("结果:办公经费:每年10000.00元");
        text.Should().Contain("依据:");
        text.Should().Contain("  - 《社区建设工作的调查报告》,新罗区政协调研课题组,福建省龙岩市新罗区,日期未载明,");
        text.Should().Contain("(原文未署日期;所述为2002年至2008年情况,2024年9月15日见于网络)");
    }

    [Fact]
    public void Serialize_WithSystemTextJsonDefaults_GivesPlainData()
    {
        var json = JsonSerializer.Serialize(AtBoundary());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        root.GetProperty("RuleId").GetString().Should().Be("FUN-01");
        root.GetProperty("AsOf").GetString().Should().Be("2008-06-30");
        root.GetProperty("Jurisdiction").GetProperty("Name").GetString().Should().Be("350802");
        root.GetProperty("Steps")[3].GetProperty("Kind").GetString().Should().Be("BoundaryReading");
        root.GetProperty("Inputs")[0].GetProperty("Chinese").GetString().Should().Be("5000人");
        root.GetProperty("Result").GetProperty("English").GetString().Should().Be("office funds: 10000.00 yuan a year");
        var citation = root.GetProperty("Citations")[0];
        citation.GetProperty("Title").GetString().Should().Be("社区建设工作的调查报告");
        citation.GetProperty("Date").ValueKind.Should().Be(JsonValueKind.Null, "the survey is undated");
        citation.GetProperty("CoversFrom").GetString().Should().Be("2002-01-01");
    }

    [Fact]
    public void ExplanationText_And_Step_RejectBlankTextAndPickLanguage()
    {
        var text = new ExplanationText("n", "en", "中");

        text.In(ExplanationLanguage.English).Should().Be("en");
        text.In(ExplanationLanguage.Chinese).Should().Be("中");
        text.ToString().Should().Be("n: en");
        FluentActions.Invoking(() => new ExplanationText("", "en", "中")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "name");
        FluentActions.Invoking(() => new ExplanationText("n", " ", "中")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "english");
        FluentActions.Invoking(() => new ExplanationText("n", "en", null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "chinese");

        var step = new ExplanationStep(ExplanationStepKind.Formula, "a × b", "甲乘乙");
        step.In(ExplanationLanguage.Chinese).Should().Be("甲乘乙");
        step.In(ExplanationLanguage.English).Should().Be("a × b");
        step.ToString().Should().Be("Formula: a × b");
        FluentActions.Invoking(() => new ExplanationStep((ExplanationStepKind)99, "a", "b")).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "kind");
        FluentActions.Invoking(() => new ExplanationStep(ExplanationStepKind.Formula, "", "b")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "english");
        FluentActions.Invoking(() => new ExplanationStep(ExplanationStepKind.Formula, "a", "")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "chinese");
    }

    [Fact]
    public void Explained_RequiresAnExplanation()
    {
        var act = () => new Explained<int>(1, null!);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "explanation");
    }

    [Fact]
    public void IsoLocalDateJsonConverter_RoundTripsAndRejectsGarbage()
    {
        var options = new JsonSerializerOptions { Converters = { new IsoLocalDateJsonConverter() } };

        JsonSerializer.Serialize(new LocalDate(2008, 1, 1), options).Should().Be("\"2008-01-01\"");
        JsonSerializer.Deserialize<LocalDate>("\"2008-01-01\"", options).Should().Be(new LocalDate(2008, 1, 1));
        FluentActions.Invoking(() => JsonSerializer.Deserialize<LocalDate>("\"2008/01/01\"", options)).Should().Throw<JsonException>().WithMessage("*2008/01/01*ISO date*");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<LocalDate>("null", options)).Should().Throw<JsonException>();
    }

    [Fact]
    public void ToText_English_HasEverySectionHeader()
    {
        var lines = AtBoundary().ToText(ExplanationLanguage.English).Split(Environment.NewLine);

        lines.Should().Contain("Steps:").And.Contain("Sources:");
        lines[0].Should().Be("FUN-01 office funds — Xinluo District (350802), 2008-06-30");
    }

    [Fact]
    public void ToText_SeveralInputs_AreSeparated()
    {
        var committee = Community.Domain.Committees.ResidentsCommittee.Create(
            Community.Domain.Communities.CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "社区", Community.Domain.Communities.CommunityKind.PureResidential, Community.Domain.Communities.CommunitySetting.Urban, Population.Of(4000), HouseholdCount.Of(1000)),
            [Community.Domain.Committees.CommitteeMember.FullTime("李", Community.Domain.Committees.CommitteePost.Director)]);
        var explanation = new Community.Domain.Committees.CommitteeEvaluator(BuiltInCatalog.Instance).ExplainAssessment(new LocalDate(2016, 11, 22), committee).Explanation;

        explanation.ToText(ExplanationLanguage.English).Should().Contain("Inputs: 4000 residents; 1 members: 1 full-time, 0 part-time, 1 director(s)");
        explanation.ToText(ExplanationLanguage.Chinese).Should().Contain("输入:4000人;成员1人:专职1人,兼职0人,主任1人");
    }

    [Fact]
    public void ToText_NoCitations_SaysTheDefinerCitedNone()
    {
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .Add(FundingKinds.WorkFunds, KnownJurisdictions.Xiantao.Code, EffectivePeriod.Always, FundingPolicy.Fixed(Money.FromYuan(10000m)), Community.Domain.Sources.RuleId.Of("XT-FUN-01"))
            .Build();
        var explanation = new FundingEvaluator(catalog).ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 1, 1), Population.Of(1)).Explanation;

        explanation.Citations.Should().BeEmpty();
        explanation.ToText(ExplanationLanguage.English).Should().EndWith("Sources:" + Environment.NewLine + "  (the definer cited no source)" + Environment.NewLine);
        explanation.ToText(ExplanationLanguage.Chinese).Should().EndWith("依据:" + Environment.NewLine + "  (定义者未注明出处)" + Environment.NewLine);
    }

    [Fact]
    public void Wording_FormatsEveryQuantityInBothLanguages()
    {
        KernelText.Quantity(HouseholdCount.Of(300), ExplanationLanguage.English).Should().Be("300 households");
        KernelText.Quantity(HouseholdCount.Of(300), ExplanationLanguage.Chinese).Should().Be("300户");
        KernelText.Quantity(Area.FromSquareMetres(50000m), ExplanationLanguage.English).Should().Be("50000 m²");
        KernelText.Quantity(Area.FromSquareMetres(50000m), ExplanationLanguage.Chinese).Should().Be("50000平方米");
        KernelText.Quantity(Money.FromYuan(855m), ExplanationLanguage.Chinese).Should().Be("855.00元");
        KernelText.Quantity(Money.FromYuan(855m), ExplanationLanguage.English).Should().Be("855.00 yuan");
        KernelText.Quantity(Rate.FromPercent(150m), ExplanationLanguage.English).Should().Be("150%");
        KernelText.Period(EffectivePeriod.Always, ExplanationLanguage.English).Should().Be("from a start the source does not state, with no end date");
        KernelText.Period(EffectivePeriod.Always, ExplanationLanguage.Chinese).Should().Be("起始日期来源未载明,无截止日期");
    }
}
