using Community.Domain.Jurisdictions;

namespace Community.Domain.Divisions.Villages.Tests;

/// <summary>Twelve-digit village-level codes: made, parsed and refused.</summary>
public sealed class VillageCodeTests
{
    [Theory]
    [InlineData(100_000_000_000L, 100_000_000)]
    [InlineData(999_999_999_999L, 999_999_999)]
    [InlineData(429_004_001_002L, 429_004_001)]
    public void ACode_HasTwelveDigits_AndItsTownshipNine(long value, int township)
    {
        var code = VillageCode.Of(value);

        code.Value.Should().Be(value);
        code.Township.Should().Be(JurisdictionCode.Of(township));
        code.ToString().Should().Be(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        VillageCode.Parse(code.ToString()).Should().Be(code);
    }

    [Theory]
    [InlineData(99_999_999_999L)]
    [InlineData(1_000_000_000_000L)]
    [InlineData(0L)]
    [InlineData(-429_004_001_002L)]
    public void ANumberWithoutTwelveDigits_IsRefused(long value) =>
        FluentActions.Invoking(() => VillageCode.Of(value)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(value))
            .WithMessage($"value is {value}; it must be a twelve-digit village-level code (100000000000 to 999999999999).*");

    [Theory]
    [InlineData("")]
    [InlineData("42900400100")]
    [InlineData("4290040010020")]
    [InlineData("029004001002")]
    [InlineData("42900400100a")]
    [InlineData("42900400100 ")]
    [InlineData("４29004001002")]
    public void TextThatIsNotTwelveDigits_IsRefused(string text)
    {
        VillageCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(VillageCode));
        FluentActions.Invoking(() => VillageCode.Parse(text)).Should().Throw<FormatException>().WithMessage($"text is \"{text}\"; expected twelve digits starting with 1 to 9, such as \"110101001001\".");
    }

    [Fact]
    public void NullAndTheDefault_AreRefused()
    {
        VillageCode.TryParse(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => VillageCode.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        FluentActions.Invoking(() => default(VillageCode).Township).Should().Throw<InvalidOperationException>().WithMessage("The default VillageCode names no unit*");
    }
}
