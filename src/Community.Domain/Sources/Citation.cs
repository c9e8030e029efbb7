using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Sources;

/// <summary>Where a rule comes from: the issuing document's title, number, issuer, jurisdiction, date and section.</summary>
/// <remarks>
/// A citation is bibliographic data, so its fields are text as the document gives them, in Chinese,
/// with optional English renderings for explanations in English. Every built-in rule carries at
/// least one citation; a rule reported by a survey that quotes another document carries both.
/// Instances are immutable and compare by value.
/// </remarks>
public sealed record Citation
{
    [JsonConstructor]
    internal Citation(
        string title,
        string issuer,
        string jurisdiction,
        SourceDate? date,
        string? number,
        string? section,
        string? englishTitle,
        string? englishIssuer,
        string? remark)
    {
        Title = title;
        Issuer = issuer;
        Jurisdiction = jurisdiction;
        Date = date;
        Number = number;
        Section = section;
        EnglishTitle = englishTitle;
        EnglishIssuer = englishIssuer;
        Remark = remark;
    }

    /// <summary>Gets the document's title as issued, such as 仙桃市社区工作现状及改善对策.</summary>
    public string Title { get; }

    /// <summary>Gets the issuing body as the document names it, such as 仙桃市民政局.</summary>
    public string Issuer { get; }

    /// <summary>Gets the jurisdiction the document belongs to, as text, such as 湖北省仙桃市.</summary>
    public string Jurisdiction { get; }

    /// <summary>Gets the document's date, to the precision known, or <see langword="null"/> when no source states it.</summary>
    public SourceDate? Date { get; }

    /// <summary>Gets the document number, such as 龙政规〔2005〕147号, when it has one.</summary>
    public string? Number { get; }

    /// <summary>Gets the section or passage the rule is stated in, when known.</summary>
    public string? Section { get; }

    /// <summary>Gets an English rendering of the title, when given.</summary>
    public string? EnglishTitle { get; }

    /// <summary>Gets an English rendering of the issuer, when given.</summary>
    public string? EnglishIssuer { get; }

    /// <summary>Gets a short note on the source, such as how its date is known, when given, in English.</summary>
    public string? Remark { get; }

    /// <summary>Gets the same note in Chinese, when given; the Chinese form of the citation shows only this one.</summary>
    [JsonInclude]
    public string? ChineseRemark { get; internal init; }

    /// <summary>Gets the jurisdiction in English, when given, such as "Xiantao, Hubei".</summary>
    [JsonInclude]
    public string? EnglishJurisdiction { get; internal init; }

    /// <summary>Gets the first day the source speaks for, when known: an answer for an earlier day carries its rule back beyond its source, and its explanation says so.</summary>
    [JsonConverter(typeof(IsoDateJsonConverter))]
    [JsonInclude]
    public LocalDate? CoversFrom { get; internal init; }

    /// <summary>Gets the last day the source speaks for, when it describes a closed period; <see langword="null"/> when its rule runs on until replaced.</summary>
    [JsonConverter(typeof(IsoDateJsonConverter))]
    [JsonInclude]
    public LocalDate? CoversUntil { get; internal init; }

    /// <summary>Creates a citation.</summary>
    /// <param name="title">The document's title as issued; not blank.</param>
    /// <param name="issuer">The issuing body; not blank.</param>
    /// <param name="jurisdiction">The jurisdiction, as text; not blank.</param>
    /// <param name="date">The document's date, to its known precision, or <see langword="null"/> when unknown.</param>
    /// <param name="number">The document number, if any; not blank when given.</param>
    /// <param name="section">The section, if known; not blank when given.</param>
    /// <param name="englishTitle">An English title, if any; not blank when given.</param>
    /// <param name="englishIssuer">An English issuer, if any; not blank when given.</param>
    /// <param name="remark">A note on the source, if any; not blank when given.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException">A required text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public static Citation Create(
        string title,
        string issuer,
        string jurisdiction,
        SourceDate? date,
        string? number = null,
        string? section = null,
        string? englishTitle = null,
        string? englishIssuer = null,
        string? remark = null) =>
        new(
            Guard.Against.BlankText(title),
            Guard.Against.BlankText(issuer),
            Guard.Against.BlankText(jurisdiction),
            date is { } given ? Guard.Against.DefaultValue(given, "SourceDate.InYear, InMonth or On", nameof(date)) : null,
            Optional(number),
            Optional(section),
            Optional(englishTitle),
            Optional(englishIssuer),
            Optional(remark));

    private static string? Optional(string? text, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string? parameterName = null) =>
        text is null ? null : Guard.Against.BlankText(text, parameterName);

    /// <summary>Returns a copy of this citation that names the section a rule is stated in.</summary>
    /// <param name="section">The section; not blank.</param>
    /// <returns>The citation with its section.</returns>
    /// <exception cref="ArgumentException"><paramref name="section"/> is blank.</exception>
    public Citation WithSection(string section) =>
        new(Title, Issuer, Jurisdiction, Date, Number, Guard.Against.BlankText(section), EnglishTitle, EnglishIssuer, Remark)
        {
            ChineseRemark = ChineseRemark,
            EnglishJurisdiction = EnglishJurisdiction,
            CoversFrom = CoversFrom,
            CoversUntil = CoversUntil,
        };

    /// <summary>Returns a copy of this citation with its note in both languages.</summary>
    /// <param name="english">The note in English; not blank.</param>
    /// <param name="chinese">The note in Chinese; not blank.</param>
    /// <returns>The citation with its note.</returns>
    /// <exception cref="ArgumentNullException">A note is null.</exception>
    /// <exception cref="ArgumentException">A note is blank.</exception>
    public Citation WithRemark(string english, string chinese) =>
        new(Title, Issuer, Jurisdiction, Date, Number, Section, EnglishTitle, EnglishIssuer, Guard.Against.BlankText(english))
        {
            ChineseRemark = Guard.Against.BlankText(chinese),
            EnglishJurisdiction = EnglishJurisdiction,
            CoversFrom = CoversFrom,
            CoversUntil = CoversUntil,
        };

    /// <summary>Returns a copy of this citation that names its jurisdiction in English too.</summary>
    /// <param name="english">The jurisdiction in English; not blank.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="english"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="english"/> is blank.</exception>
    public Citation WithEnglishJurisdiction(string english) => this with { EnglishJurisdiction = Guard.Against.BlankText(english) };

    /// <summary>Returns a copy of this citation that states the days its source speaks for.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="until">The last day, or <see langword="null"/> when the source's rule runs on until replaced; not before <paramref name="from"/>.</param>
    /// <returns>The citation with its coverage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    public Citation WithCoverage(LocalDate from, LocalDate? until = null) => until is { } last && last < from
        ? throw GuardExtensions.OutOfRange(nameof(until), last, $"must not be before from ({from:yyyy-MM-dd})")
        : this with { CoversFrom = from, CoversUntil = until };

    /// <summary>Says whether a day lies outside the days the source speaks for; never when the citation states none.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when the day is before <see cref="CoversFrom"/> or after <see cref="CoversUntil"/>.</returns>
    public bool IsOutsideCoverage(LocalDate day) => (CoversFrom is { } from && day < from) || (CoversUntil is { } until && day > until);

    /// <summary>Formats the citation in Chinese bibliographic style.</summary>
    /// <returns>A text such as <c>《仙桃市社区工作现状及改善对策》,仙桃市民政局,湖北省仙桃市,2016年11月22日</c>.</returns>
    public string ToChineseString()
    {
        var text = new StringBuilder().Append(SourcesText.TitleOpen).Append(Title).Append(SourcesText.TitleClose);
        if (Number is not null)
        {
            text.Append('(').Append(Number).Append(')');
        }

        text.Append(',').Append(Issuer).Append(',').Append(Jurisdiction).Append(',').Append(Date?.ToChineseString() ?? SourcesText.DateNotStated);
        if (Section is not null)
        {
            text.Append(',').Append(Section);
        }

        if (ChineseRemark is not null)
        {
            text.Append('(').Append(ChineseRemark).Append(')');
        }

        return text.ToString();
    }

    /// <summary>Formats the citation in English, keeping the Chinese title and number for identification.</summary>
    /// <returns>A text such as <c>Community work in Xiantao: current state and remedies (《…》), Xiantao civil affairs bureau, Xiantao, Hubei (湖北省仙桃市), 2016-11-22, section (一、3、…)</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (EnglishTitle is not null)
        {
            text.Append(EnglishTitle).Append(" (");
        }

        text.Append(SourcesText.TitleOpen).Append(Title).Append(SourcesText.TitleClose);
        if (EnglishTitle is not null)
        {
            text.Append(')');
        }

        if (Number is not null)
        {
            text.Append(", ").Append(Number);
        }

        text.Append(", ").Append(EnglishIssuer ?? Issuer).Append(", ");
        if (EnglishJurisdiction is not null)
        {
            text.Append(EnglishJurisdiction).Append(" (").Append(Jurisdiction).Append(')');
        }
        else
        {
            text.Append(Jurisdiction);
        }

        text.Append(", ").Append(Date?.ToString() ?? "date not stated");
        if (Section is not null)
        {
            // The section is the source's own heading, so it stays Chinese, in brackets after the English.
            text.Append(", section (").Append(Section).Append(')');
        }

        if (Remark is not null)
        {
            text.Append(" (").Append(Remark).Append(')');
        }

        return text.ToString();
    }
}
