namespace Community.Domain.Explanations;

/// <summary>How explanations name one band of a table: as the band matched, and as the band tied with it at a shared boundary.</summary>
internal readonly record struct BandPlace(string English, string Chinese, string EnglishAsTie, string ChineseAsTie);
