using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Sources;

public class CitationTests
{
    private static Citation Longyan() => Citation.Create(
        "关于规范城市社区服务用房规划审批管理的通知",
        "龙岩市规划局",
        "福建省龙岩市",
        SourceDate.InYear(2005),
        number: "龙政规〔2005〕147号",
        section: "全文",
        englishTitle: "Notice on community service premises",
        englishIssuer: "Longyan city planning bureau",
        remark: "quoted by the Xinluo survey");

    [Fact]
    public void Create_KeepsEveryField()
    {
        var citation = Longyan();

        citation.Title.Should().Be("关于规范城市社区服务用房规划审批管理的通知");
        citation.Issuer.Should().Be("龙岩市规划局");
        citation.Jurisdiction.Should().Be("福建省龙岩市");
        citation.Date.Should().Be(SourceDate.InYear(2005));
        citation.Number.Should().Be("龙政规〔2005〕147号");
        citation.Section.Should().Be("全文");
        citation.EnglishTitle.Should().Be("Notice on community service premises");
        citation.EnglishIssuer.Should().Be("Longyan city planning bureau");
        citation.Remark.Should().Be("quoted by the Xinluo survey");
    }

    [Fact]
    public void Equality_IsByValue() => Longyan().Should().Be(Longyan());

    [Theory]
    [InlineData("", "issuer", "jurisdiction", "title")]
    [InlineData("  ", "issuer", "jurisdiction", "title")]
    [InlineData("title", "", "jurisdiction", "issuer")]
    [InlineData("title", "issuer", " ", "jurisdiction")]
    public void Create_BlankRequiredText_ThrowsNamingIt(string title, string issuer, string jurisdiction, string parameter)
    {
        var act = () => Citation.Create(title, issuer, jurisdiction, null);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == parameter).WithMessage($"*{parameter} is*non-blank*");
    }

    [Fact]
    public void Create_NullTitle_ThrowsArgumentNull()
    {
        var act = () => Citation.Create(null!, "issuer", "jurisdiction", null);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "title").WithMessage("title must not be null; expected a non-blank text.*");
    }

    [Theory]
    [InlineData("number")]
    [InlineData("section")]
    [InlineData("englishTitle")]
    [InlineData("englishIssuer")]
    [InlineData("remark")]
    public void Create_BlankOptionalText_ThrowsNamingIt(string parameter)
    {
        var act = () => Citation.Create(
            "title", "issuer", "jurisdiction", null,
            number: parameter == "number" ? " " : null,
            section: parameter == "section" ? " " : null,
            englishTitle: parameter == "englishTitle" ? " " : null,
            englishIssuer: parameter == "englishIssuer" ? " " : null,
            remark: parameter == "remark" ? " " : null);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == parameter);
    }

    [Fact]
    public void WithSection_ReplacesOnlyTheSection()
    {
        var original = Longyan();
        var cited = original.WithSection("第三条");

        cited.Section.Should().Be("第三条");
        cited.Should().NotBe(original);
        cited.WithSection("全文").Should().Be(original);
    }

    [Fact]
    public void WithSection_Blank_Throws()
    {
        var act = () => Longyan().WithSection(" ");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "section");
    }

    [Fact]
    public void ToChineseString_IsBibliographic() =>
        Longyan().ToChineseString().Should().Be("《关于规范城市社区服务用房规划审批管理的通知》(龙政规〔2005〕147号),龙岩市规划局,福建省龙岩市,2005年,全文", "a note in English only stays out of the Chinese form");

    [Fact]
    public void ToString_LeadsWithEnglishTitle() =>
        Longyan().ToString().Should().Be("Notice on community service premises (《关于规范城市社区服务用房规划审批管理的通知》), 龙政规〔2005〕147号, Longyan city planning bureau, 福建省龙岩市, 2005, section (全文) (quoted by the Xinluo survey)");

    [Fact]
    public void Formatting_WithoutOptionalFields_SaysDateNotStated()
    {
        var bare = Citation.Create("标题", "发文机关", "某地", null);

        bare.ToString().Should().Be("《标题》, 发文机关, 某地, date not stated");
        bare.ToChineseString().Should().Be("《标题》,发文机关,某地,日期未载明");
    }

    [Fact]
    public void SourceDocuments_AreAllComplete()
    {
        var all = new[]
        {
            SourceDocuments.XiantaoReport, SourceDocuments.XinluoSurvey, SourceDocuments.UnnamedCitySurvey,
            SourceDocuments.ShashiReview, SourceDocuments.FurongNotice, SourceDocuments.HefeiSurvey,
            SourceDocuments.FujianOutline, SourceDocuments.Longyan147,
        };

        all.Should().OnlyHaveUniqueItems();
        all.Should().OnlyContain(c => c.EnglishTitle != null);
        SourceDocuments.XiantaoReport.Date.Should().Be(SourceDate.On(new LocalDate(2016, 11, 22)));
        SourceDocuments.Longyan147.Number.Should().Be("龙政规〔2005〕147号");
    }
}

public class SourceDateTests
{
    [Fact]
    public void Precision_IsWhatTheDocumentGives()
    {
        SourceDate.InYear(2005).ToString().Should().Be("2005");
        SourceDate.InMonth(2008, 2).ToString().Should().Be("2008-02");
        SourceDate.On(new LocalDate(2016, 11, 22)).ToString().Should().Be("2016-11-22");
        SourceDate.InYear(2005).ToChineseString().Should().Be("2005年");
        SourceDate.InMonth(2008, 2).ToChineseString().Should().Be("2008年2月");
        SourceDate.On(new LocalDate(2016, 11, 22)).ToChineseString().Should().Be("2016年11月22日");
    }

    [Fact]
    public void Parts_AreExposed()
    {
        var date = SourceDate.InMonth(2008, 2);

        date.Year.Should().Be(2008);
        date.Month.Should().Be(2);
        date.Day.Should().BeNull();
    }

    [Theory]
    [InlineData(1948)]
    [InlineData(10000)]
    public void InYear_OutOfRange_ThrowsNamingYear(int year)
    {
        var act = () => SourceDate.InYear(year);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "year").WithMessage($"*year is {year}*1949 to 9999*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void InMonth_OutOfRange_ThrowsNamingMonth(int month)
    {
        var act = () => SourceDate.InMonth(2008, month);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "month").WithMessage($"*month is {month}*1 to 12*");
    }

    [Fact]
    public void On_NonIsoCalendar_Throws()
    {
        var act = () => SourceDate.On(new LocalDate(2016, 11, 22).WithCalendar(CalendarSystem.Julian));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "date");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void InMonth_FirstAndLastMonths_AreValid(int month) => SourceDate.InMonth(2008, month).Month.Should().Be(month);

    [Fact]
    public void InYear_Bounds_AreValid()
    {
        SourceDate.InYear(1949).Year.Should().Be(1949);
        SourceDate.InYear(9999).Year.Should().Be(9999);
    }

    [Fact]
    public void On_NonIsoCalendar_MessageSaysIso() =>
        FluentActions.Invoking(() => SourceDate.On(new LocalDate(2016, 11, 22).WithCalendar(CalendarSystem.Julian)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*ISO calendar*");
}
