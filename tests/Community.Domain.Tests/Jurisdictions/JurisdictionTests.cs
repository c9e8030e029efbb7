using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;

namespace Community.Domain.Tests.Jurisdictions;

public class JurisdictionCodeTests
{
    [Theory]
    [InlineData(350802, false)]
    [InlineData(100000, false)]
    [InlineData(999999, false)]
    [InlineData(360828100, true)]
    [InlineData(100000000, true)]
    [InlineData(999999999, true)]
    public void Of_SixOrNineDigits_KeepsValue(int value, bool streetOrTown)
    {
        var code = JurisdictionCode.Of(value);

        code.Value.Should().Be(value);
        code.IsStreetOrTown.Should().Be(streetOrTown);
        code.ToString().Should().Be(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99999)]
    [InlineData(1000000)]
    [InlineData(99999999)]
    [InlineData(-350802)]
    public void Of_OtherLengths_ThrowsNamingValue(int value)
    {
        var act = () => JurisdictionCode.Of(value);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "value")
            .WithMessage($"*value is {value}*6-digit*9-digit*");
    }

    [Theory]
    [InlineData("350802", 350802)]
    [InlineData("360828100", 360828100)]
    public void Parse_Digits_ReturnsCode(string text, int value) =>
        JurisdictionCode.Parse(text).Should().Be(JurisdictionCode.Of(value));

    [Theory]
    [InlineData("")]
    [InlineData("35080")]
    [InlineData("3508020")]
    [InlineData("035080")]
    [InlineData("35080x")]
    [InlineData("+35080")]
    [InlineData(" 350802")]
    [InlineData("３５０８０２")]
    public void TryParse_Malformed_ReturnsFalse(string text)
    {
        JurisdictionCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(JurisdictionCode));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => JurisdictionCode.TryParse(null, out _).Should().BeFalse();

    [Fact]
    public void Parse_Malformed_ThrowsFormatNamingText()
    {
        var act = () => JurisdictionCode.Parse("35080");

        act.Should().Throw<FormatException>().WithMessage("*\"35080\"*six or nine digits*");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => JurisdictionCode.Parse(null!);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "text");
    }

    [Fact]
    public void Fits_UndefinedLevel_IsRefused() =>
        FluentActions.Invoking(() => JurisdictionCode.Of(360828).Fits((JurisdictionLevel)99)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");

    [Theory]
    [InlineData(350000, JurisdictionLevel.Province, true)]
    [InlineData(350800, JurisdictionLevel.Province, false)]
    [InlineData(350800, JurisdictionLevel.City, true)]
    [InlineData(350000, JurisdictionLevel.City, false)]
    [InlineData(350802, JurisdictionLevel.City, false)]
    [InlineData(350802, JurisdictionLevel.County, true)]
    [InlineData(350800, JurisdictionLevel.County, false)]
    [InlineData(360828100, JurisdictionLevel.Town, true)]
    [InlineData(360828100, JurisdictionLevel.Street, true)]
    [InlineData(360828100, JurisdictionLevel.County, false)]
    [InlineData(360828100, JurisdictionLevel.Province, false)]
    [InlineData(360828100, JurisdictionLevel.City, false)]
    [InlineData(360828, JurisdictionLevel.Town, false)]
    public void Fits_ChecksTheCodeShapeOfEachLevel(int value, JurisdictionLevel level, bool fits) =>
        JurisdictionCode.Of(value).Fits(level).Should().Be(fits);

    [Theory]
    [InlineData("999999", 999999)]
    [InlineData("429004", 429004)]
    [InlineData("100000000", 100000000)]
    public void Parse_EveryDigit_IsAccepted(string text, int value) =>
        JurisdictionCode.Parse(text).Value.Should().Be(value);

    [Theory]
    [InlineData("35080:")]
    [InlineData("35080/")]
    public void TryParse_CharactersNextToTheDigits_AreRejected(string text) =>
        JurisdictionCode.TryParse(text, out _).Should().BeFalse();
}

public class JurisdictionTests
{
    [Fact]
    public void Province_HasNoParent()
    {
        var hubei = Jurisdiction.Province(JurisdictionCode.Of(420000), "湖北省", "Hubei Province");

        hubei.Parent.Should().BeNull();
        hubei.Level.Should().Be(JurisdictionLevel.Province);
        hubei.ChineseName.Should().Be("湖北省");
        hubei.EnglishName.Should().Be("Hubei Province");
        hubei.ToString().Should().Be("湖北省 Hubei Province (420000)");
    }

    [Fact]
    public void Below_KeepsParentAndLevel()
    {
        var town = Jurisdiction.Below(JurisdictionCode.Of(360828), JurisdictionCode.Of(360828100), "芙蓉镇", "Furong Town", JurisdictionLevel.Town);

        town.Parent.Should().Be(JurisdictionCode.Of(360828));
        town.Level.Should().Be(JurisdictionLevel.Town);
    }

    [Fact]
    public void Equality_IsByValue() =>
        Jurisdiction.Province(JurisdictionCode.Of(420000), "湖北省", "Hubei").Should().Be(Jurisdiction.Province(JurisdictionCode.Of(420000), "湖北省", "Hubei"));

    [Fact]
    public void Province_CodeNotEndingInZeros_ThrowsNamingCode()
    {
        var act = () => Jurisdiction.Province(JurisdictionCode.Of(420100), "武汉", "Wuhan");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "code")
            .WithMessage("*code is 420100; a Province needs a 6-digit code ending in 0000*");
    }

    [Theory]
    [InlineData(420100, JurisdictionLevel.County, "a 6-digit code not ending in 00")]
    [InlineData(420102, JurisdictionLevel.City, "a 6-digit code ending in 00 but not 0000")]
    [InlineData(420102, JurisdictionLevel.Street, "a 9-digit statistical code")]
    public void Below_CodeNotFittingLevel_ThrowsNamingCode(int code, JurisdictionLevel level, string shape)
    {
        var act = () => Jurisdiction.Below(JurisdictionCode.Of(420000), JurisdictionCode.Of(code), "名", "Name", level);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "code").WithMessage($"*{shape}*");
    }

    [Fact]
    public void Below_NationLevel_ThrowsNamingLevel()
    {
        var act = () => Jurisdiction.Below(JurisdictionCode.Of(420000), JurisdictionCode.Of(100000), "中国", "China", JurisdictionLevel.Nation);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "level").WithMessage("*Jurisdiction.Nation*");
    }

    [Fact]
    public void Below_ProvinceUnderTheNation_IsAProvinceWithAParent()
    {
        var hunan = Jurisdiction.Below(JurisdictionCode.Of(100000), JurisdictionCode.Of(430000), "湖南省", "Hunan Province", JurisdictionLevel.Province);

        hunan.Level.Should().Be(JurisdictionLevel.Province);
        hunan.Parent.Should().Be(JurisdictionCode.Of(100000));
    }

    [Fact]
    public void Nation_IsTheTopOfTheTree()
    {
        var china = Jurisdiction.Nation(JurisdictionCode.Of(100000), "中华人民共和国", "People's Republic of China");

        china.Level.Should().Be(JurisdictionLevel.Nation);
        china.Parent.Should().BeNull();
        china.Should().Be(KnownJurisdictions.China);
    }

    [Theory]
    [InlineData(110000, true)]
    [InlineData(100000, true)]
    [InlineData(340100, false)]
    [InlineData(340171, false)]
    public void Nation_CodeShape_EndsInFourZeros(int code, bool fits) =>
        JurisdictionCode.Of(code).Fits(JurisdictionLevel.Nation).Should().Be(fits);

    [Theory]
    [InlineData(340171, true)]
    [InlineData(340100, false)]
    [InlineData(340000, false)]
    [InlineData(340171001, false)]
    public void FunctionalArea_CodeShape_IsACountyCode(int code, bool fits) =>
        JurisdictionCode.Of(code).Fits(JurisdictionLevel.FunctionalArea).Should().Be(fits);

    [Fact]
    public void FunctionalArea_UnderACity_BuildsAndInheritsTheCitysPolicies()
    {
        var hightech = Jurisdiction.Below(KnownJurisdictions.Hefei.Code, JurisdictionCode.Of(340171), "合肥高新技术产业开发区", "Hefei High-tech Zone", JurisdictionLevel.FunctionalArea);
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(hightech).Build();

        catalog.GetLineage(hightech.Code).Select(j => j.Code.Value).Should().Equal(340171, 340100, 340000, 100000);
    }

    [Fact]
    public void FunctionalArea_UnderACounty_IsRefused()
    {
        var zone = Jurisdiction.Below(KnownJurisdictions.Shushan.Code, JurisdictionCode.Of(340172), "某开发区", "A Zone", JurisdictionLevel.FunctionalArea);

        var act = () => BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(zone).Build();

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle(p => p.Kind == DefinitionProblemKind.InvalidParent);
    }

    [Fact]
    public void Province_UnderACity_IsRefused()
    {
        var wrong = Jurisdiction.Below(KnownJurisdictions.Hefei.Code, JurisdictionCode.Of(430000), "湖南省", "Hunan Province", JurisdictionLevel.Province);

        var act = () => BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(wrong).Build();

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle(p => p.Kind == DefinitionProblemKind.InvalidParent);
    }

    [Theory]
    [InlineData(429004, 429004001, JurisdictionLevel.Street)] // 沙嘴街道 under 仙桃市
    [InlineData(360828, 360828100, JurisdictionLevel.Town)] // 芙蓉镇 under 万安县
    [InlineData(441900, 441900003, JurisdictionLevel.Town)] // a town directly under 东莞市, a city without districts
    [InlineData(420000, 429004, JurisdictionLevel.County)] // 仙桃市, a county-level city directly under 湖北省
    [InlineData(650000, 659001, JurisdictionLevel.County)] // 石河子市, a 兵团 city directly under 新疆
    [InlineData(421000, 421002, JurisdictionLevel.County)] // 沙市区 under 荆州市
    [InlineData(340100, 340171, JurisdictionLevel.FunctionalArea)] // a development zone under 合肥市
    [InlineData(350000, 350800, JurisdictionLevel.City)] // 龙岩市 under 福建省
    [InlineData(100000, 990000, JurisdictionLevel.Province)] // any province below the nation
    public void Below_CodeAgreeingWithItsParent_IsAccepted(int parent, int code, JurisdictionLevel level) =>
        Jurisdiction.Below(JurisdictionCode.Of(parent), JurisdictionCode.Of(code), "甲", "A", level).Parent.Should().Be(JurisdictionCode.Of(parent));

    [Theory]
    [InlineData(350802, 429004001, JurisdictionLevel.Street, "expected a nine-digit code extending 350802's six digits (350802001 to 350802999)*")]
    [InlineData(350800, 350900001, JurisdictionLevel.Town, "expected a nine-digit code extending 350800's six digits*")]
    [InlineData(421000, 420106, JurisdictionLevel.County, "expected a code sharing 421000's first four digits (4210xx)*")]
    [InlineData(420000, 350802, JurisdictionLevel.County, "expected a code sharing 420000's first two digits (42xxxx)*")]
    [InlineData(350000, 420100, JurisdictionLevel.City, "expected a code sharing 350000's first two digits (35xxxx)*")]
    public void Below_CodeDisagreeingWithItsParent_IsRefusedNamingCode(int parent, int code, JurisdictionLevel level, string expected) =>
        FluentActions.Invoking(() => Jurisdiction.Below(JurisdictionCode.Of(parent), JurisdictionCode.Of(code), "甲", "A", level))
            .Should().Throw<ArgumentException>().WithParameterName(nameof(code))
            .WithMessage(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"code is {code}, which does not agree with parent {parent}; ") + expected);

    [Fact]
    public void KnownJurisdictions_AllAgreeWithTheirParents() =>
        KnownJurisdictions.All.Where(j => j.Parent is not null)
            .Should().AllSatisfy(j => FluentActions.Invoking(() => Jurisdiction.Below(j.Parent!.Value, j.Code, j.ChineseName, j.EnglishName, j.Level)).Should().NotThrow());

    [Fact]
    public void Below_UndefinedLevel_ThrowsNamingLevel()
    {
        var act = () => Jurisdiction.Below(JurisdictionCode.Of(420000), JurisdictionCode.Of(420100), "武汉市", "Wuhan", (JurisdictionLevel)9);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
    }

    [Fact]
    public void Below_OwnCodeAsParent_ThrowsNamingParent()
    {
        var act = () => Jurisdiction.Below(JurisdictionCode.Of(420100), JurisdictionCode.Of(420100), "武汉市", "Wuhan", JurisdictionLevel.City);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "parent").WithMessage("*420100*own code*");
    }

    [Fact]
    public void Below_DefaultParent_ThrowsNamingParent()
    {
        var act = () => Jurisdiction.Below(default, JurisdictionCode.Of(420100), "武汉市", "Wuhan", JurisdictionLevel.City);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "parent").WithMessage("*default value 0*");
    }

    [Fact]
    public void Province_DefaultCode_ThrowsNamingCode()
    {
        var act = () => Jurisdiction.Province(default, "省", "Province");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "code").WithMessage("*default value 0*");
    }

    [Theory]
    [InlineData("", "Hubei", "chineseName")]
    [InlineData("湖北省", " ", "englishName")]
    public void Province_BlankName_ThrowsNamingIt(string chinese, string english, string parameter)
    {
        var act = () => Jurisdiction.Province(JurisdictionCode.Of(420000), chinese, english);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == parameter);
    }

    [Fact]
    public void KnownJurisdictions_HaveTheIssuedCodesAndParents()
    {
        var expected = new (Jurisdiction J, int Code, int? Parent, JurisdictionLevel Level)[]
        {
            (KnownJurisdictions.China, 100000, null, JurisdictionLevel.Nation),
            (KnownJurisdictions.Hubei, 420000, 100000, JurisdictionLevel.Province),
            (KnownJurisdictions.Xiantao, 429004, 420000, JurisdictionLevel.County),
            (KnownJurisdictions.Jingzhou, 421000, 420000, JurisdictionLevel.City),
            (KnownJurisdictions.Shashi, 421002, 421000, JurisdictionLevel.County),
            (KnownJurisdictions.Fujian, 350000, 100000, JurisdictionLevel.Province),
            (KnownJurisdictions.Longyan, 350800, 350000, JurisdictionLevel.City),
            (KnownJurisdictions.Xinluo, 350802, 350800, JurisdictionLevel.County),
            (KnownJurisdictions.Anhui, 340000, 100000, JurisdictionLevel.Province),
            (KnownJurisdictions.Hefei, 340100, 340000, JurisdictionLevel.City),
            (KnownJurisdictions.Yaohai, 340102, 340100, JurisdictionLevel.County),
            (KnownJurisdictions.Luyang, 340103, 340100, JurisdictionLevel.County),
            (KnownJurisdictions.Shushan, 340104, 340100, JurisdictionLevel.County),
            (KnownJurisdictions.Baohe, 340111, 340100, JurisdictionLevel.County),
            (KnownJurisdictions.Jiangxi, 360000, 100000, JurisdictionLevel.Province),
            (KnownJurisdictions.Jian, 360800, 360000, JurisdictionLevel.City),
            (KnownJurisdictions.Wanan, 360828, 360800, JurisdictionLevel.County),
        };

        KnownJurisdictions.All.Should().HaveCount(expected.Length);
        foreach (var (j, code, parent, level) in expected)
        {
            j.Code.Value.Should().Be(code);
            j.Parent?.Value.Should().Be(parent);
            (j.Parent is null).Should().Be(parent is null);
            j.Level.Should().Be(level);
            KnownJurisdictions.All.Should().Contain(j);
        }
    }
}
