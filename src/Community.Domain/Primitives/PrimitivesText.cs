namespace Community.Domain.Primitives;

/// <summary>The Chinese and English names the primitives give, kept in one place.</summary>
internal static class PrimitivesText
{
    public const string UnassignedPayerChinese = "未明确分担";

    public const string UnassignedPayerEnglish = "not assigned";
}
