using System.Globalization;

namespace Community.Domain.Sources;

/// <summary>Every Chinese phrase of citations and source dates, kept in one place.</summary>
internal static class SourcesText
{
    /// <summary>The title marks that enclose a document's title: 《…》.</summary>
    public const char TitleOpen = '《';

    /// <summary>The closing title mark.</summary>
    public const char TitleClose = '》';

    /// <summary>What a citation says when the source gives no date.</summary>
    public const string DateNotStated = "日期未载明";

    /// <summary>A source date in Chinese to its known precision.</summary>
    public static string Date(int year, int? month, int? day) => (month, day) switch
    {
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{year}年{m}月{d}日"),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{year}年{m}月"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{year}年"),
    };
}
