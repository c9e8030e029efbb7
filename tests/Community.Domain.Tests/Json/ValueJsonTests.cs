using System.Text.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Json;

/// <summary>
/// The first part of issue 14's JSON: every public enum is written by name and the kernel's
/// quantities as plain JSON values, each read back into an equal value with no converter the caller
/// writes, and a malformed value refused with a <see cref="JsonException"/> that quotes it.
/// </summary>
public sealed class ValueJsonTests
{
    public static TheoryData<string> PublicEnums() =>
        [.. Contract.PublicSurface.Types.Where(t => t.IsEnum).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void EveryPublicEnum_IsWrittenByName_AndReadBack(string typeName)
    {
        var type = Contract.PublicSurface.Library.GetType(typeName, throwOnError: true)!;
        foreach (var value in Enum.GetValues(type))
        {
            var json = JsonSerializer.Serialize(value, type);

            json.Should().Be("\"" + Enum.GetName(type, value) + "\"", "enums are written as their names");
            JsonSerializer.Deserialize(json, type).Should().Be(value);
        }
    }

    [Fact]
    public void Quantities_AreWrittenAsPlainValues()
    {
        JsonSerializer.Serialize(Money.FromYuan(855.00m)).Should().Be("855.00");
        JsonSerializer.Serialize(Population.Of(5000)).Should().Be("5000");
        JsonSerializer.Serialize(HouseholdCount.Of(1600)).Should().Be("1600");
        JsonSerializer.Serialize(Area.FromSquareMetres(300)).Should().Be("300");
        JsonSerializer.Serialize(Rate.FromPercent(150)).Should().Be("1.5");
        JsonSerializer.Serialize(JurisdictionCode.Of(429004001)).Should().Be("\"429004001\"");
        JsonSerializer.Serialize(new { Paid = Money.FromYuan(700), Code = KnownJurisdictions.Xinluo.Code })
            .Should().Be("{\"Paid\":700,\"Code\":\"350802\"}");
    }

    [Fact]
    public void Property_Quantities_ReadBackEqual() =>
        Gen.Select(Gen.Decimal[-1_000_000_000_000_000m, 1_000_000_000_000_000m], Gen.Int[0, int.MaxValue], Gen.Decimal[0m, 10_000_000_000_000m], Gen.Decimal[0m, 10_000m])
            .Sample((yuan, count, squareMetres, fraction) =>
                RoundTrips(Money.FromYuan(yuan)) && RoundTrips(Population.Of(count)) && RoundTrips(HouseholdCount.Of(count))
                && RoundTrips(Area.FromSquareMetres(squareMetres)) && RoundTrips(Rate.FromFraction(fraction)));

    [Fact]
    public void JurisdictionCodes_ReadBackEqual_AndTheDefaultIsNotWritten()
    {
        foreach (var jurisdiction in KnownJurisdictions.All)
        {
            RoundTrips(jurisdiction.Code).Should().BeTrue(jurisdiction.ToString());
        }

        FluentActions.Invoking(() => JsonSerializer.Serialize(default(JurisdictionCode)))
            .Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("value is the default JurisdictionCode*");
    }

    [Theory]
    [InlineData(typeof(Money), "2000000000000000", "2000000000000000 is not an amount in yuan*")]
    [InlineData(typeof(Money), "\"855\"", "855 is not an amount in yuan*")]
    [InlineData(typeof(Population), "-1", "-1 is not a number of residents*")]
    [InlineData(typeof(Population), "1.5", "1.5 is not a number of residents*")]
    [InlineData(typeof(HouseholdCount), "null", "Null is not a number of households*")]
    [InlineData(typeof(Area), "-3", "-3 is not an area in m²*")]
    [InlineData(typeof(Rate), "10001", "10001 is not a fraction*")]
    [InlineData(typeof(JurisdictionCode), "350802", "350802 is not a division code*")]
    [InlineData(typeof(JurisdictionCode), "\"35-08\"", "35-08 is not a division code*")]
    public void MalformedValues_AreRefused_QuotingThem(Type type, string json, string message) =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize(json, type)).Should().Throw<JsonException>().WithMessage(message);

    private static bool RoundTrips<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!.Equals(value);
}
