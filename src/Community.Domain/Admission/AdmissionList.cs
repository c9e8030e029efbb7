using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Admission;

/// <summary>A named admission list (准入清单): the items of work a jurisdiction puts before its communities, grouped by category, each an own duty, work the community assists with, or work it must not take on.</summary>
/// <remarks>
/// A list is a policy like any other (kind <see cref="AdmissionKinds.List"/>). Where one is in force,
/// a work request that names an item (<see cref="WorkRequest.WithListItem"/>) is decided by the list:
/// an own duty needs no admission, an assisting item is admitted, an excluded item is rejected; an
/// item the list does not hold goes through the admission conditions as any other request.
/// </remarks>
public sealed class AdmissionList
{
    private readonly FrozenDictionary<string, AdmissionListItem> _byId;

    private AdmissionList(string chineseName, string englishName, ImmutableArray<AdmissionListItem> items)
    {
        ChineseName = chineseName;
        EnglishName = englishName;
        Items = items;
        _byId = items.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        Categories = [.. items.GroupBy(i => i.Category, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];
    }

    /// <summary>Gets the list's Chinese name, such as 社区工作事项准入清单.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the list's English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the items, in the order given.</summary>
    public ImmutableArray<AdmissionListItem> Items { get; }

    /// <summary>Gets each category and how many items it groups, in the order the categories first appear.</summary>
    public ImmutableArray<(string Category, int Count)> Categories { get; }

    /// <summary>Defines a list, checking it whole.</summary>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <param name="englishName">The English name; not blank.</param>
    /// <param name="items">The items; at least one, each id once.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="PolicyDefinitionException">The list is empty or an id appears twice; every problem is listed.</exception>
    public static AdmissionList Define(string chineseName, string englishName, params IEnumerable<AdmissionListItem> items)
    {
        Guard.Against.BlankText(chineseName);
        Guard.Against.BlankText(englishName);
        var given = Guard.Against.NullArgument(items).ToImmutableArray();
        var problems = new List<DefinitionProblem>();
        if (given.IsEmpty)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, "The list has no items; expected at least one.", nameof(items)));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Length; i++)
        {
            var item = given[i] ?? throw GuardExtensions.Null($"items[{i}]");
            if (!seen.Add(item.Id))
            {
                problems.Add(new(DefinitionProblemKind.Duplicate, string.Create(CultureInfo.InvariantCulture, $"Item {i + 1} has the id \"{item.Id}\" of an earlier item; give each item its own id."), string.Create(CultureInfo.InvariantCulture, $"items[{i}]")));
            }
        }

        return problems.Count > 0 ? throw new PolicyDefinitionException("admission list", problems) : new(chineseName, englishName, given);
    }

    /// <summary>Tries to find an item by id.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="item">The item, when the list holds it.</param>
    /// <returns><see langword="true"/> when the list holds an item of that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryFind(string id, [NotNullWhen(true)] out AdmissionListItem? item) =>
        _byId.TryGetValue(Guard.Against.NullArgument(id), out item);

    /// <summary>Counts the items of a standing.</summary>
    /// <param name="standing">The standing.</param>
    /// <returns>How many items the list puts there.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="standing"/> is not a defined <see cref="ListStanding"/>.</exception>
    public int Count(ListStanding standing)
    {
        Guard.Against.UndefinedEnum(standing);
        return Items.Count(i => i.Standing == standing);
    }

    /// <summary>Formats the list, for diagnostics.</summary>
    /// <returns>A text such as <c>Community work admission list: 12 items in 3 categories</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{EnglishName}: {Items.Length} items in {Categories.Length} categories");
}
