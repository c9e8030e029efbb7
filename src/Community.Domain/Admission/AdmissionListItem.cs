using Ardalis.GuardClauses;

namespace Community.Domain.Admission;

/// <summary>One item of an admission list (准入清单): its id, its names, the category it is grouped under and where the list puts it.</summary>
public sealed record AdmissionListItem
{
    private AdmissionListItem(string id, string chinese, string english, string category, ListStanding standing)
    {
        Id = id;
        Chinese = chinese;
        English = english;
        Category = category;
        Standing = standing;
    }

    /// <summary>Gets the item's id, as the list numbers it (such as <c>A-03</c>); a work request names it.</summary>
    public string Id { get; }

    /// <summary>Gets the item's Chinese name.</summary>
    public string Chinese { get; }

    /// <summary>Gets the item's English name.</summary>
    public string English { get; }

    /// <summary>Gets the category the list groups it under, such as 民政 or 社会保障.</summary>
    public string Category { get; }

    /// <summary>Gets where the list puts the item.</summary>
    public ListStanding Standing { get; }

    /// <summary>Creates an item.</summary>
    /// <param name="id">The id; not blank.</param>
    /// <param name="chinese">The Chinese name; not blank.</param>
    /// <param name="english">The English name; not blank.</param>
    /// <param name="category">The category; not blank.</param>
    /// <param name="standing">Where the list puts it.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">A text is blank, or <paramref name="standing"/> is undefined.</exception>
    public static AdmissionListItem Create(string id, string chinese, string english, string category, ListStanding standing) =>
        new(Guard.Against.BlankText(id).Trim(), Guard.Against.BlankText(chinese), Guard.Against.BlankText(english), Guard.Against.BlankText(category).Trim(), Guard.Against.UndefinedEnum(standing));

    /// <summary>Formats the item, for diagnostics.</summary>
    /// <returns>A text such as <c>A-03 low-income household checks [民政, Assisting]</c>.</returns>
    public override string ToString() => $"{Id} {English} [{Category}, {Standing}]";
}
