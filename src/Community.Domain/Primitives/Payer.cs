using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>Who pays a share of a cost: a level of government's finance (市级财政, 区级财政) or another body, identified by a stable id.</summary>
/// <remarks>Two payers are equal when their ids are; the names are for reading.</remarks>
public sealed class Payer : IEquatable<Payer>
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Payer(string id, string chineseName, string englishName)
    {
        Id = id;
        ChineseName = chineseName;
        EnglishName = englishName;
    }

    /// <summary>Gets the payer of costs that no cost share assigns: budgets report them under it.</summary>
    public static Payer Unassigned { get; } = new("unassigned", PrimitivesText.UnassignedPayerChinese, PrimitivesText.UnassignedPayerEnglish);

    /// <summary>Gets the stable id, such as <c>city</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese name, such as 市级财政.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name, such as city finance.</summary>
    public string EnglishName { get; }

    /// <summary>Creates a payer.</summary>
    /// <param name="id">The stable id; not blank.</param>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <param name="englishName">The English name; not blank.</param>
    /// <returns>The payer.</returns>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public static Payer Of(string id, string chineseName, string englishName) =>
        new(Guard.Against.BlankText(id), Guard.Against.BlankText(chineseName), Guard.Against.BlankText(englishName));

    /// <summary>Compares two payers by id.</summary>
    /// <param name="other">The other payer.</param>
    /// <returns><see langword="true"/> when the ids are equal.</returns>
    public bool Equals(Payer? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Payer);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Formats the payer, for diagnostics.</summary>
    /// <returns>A text such as <c>city finance (city)</c>.</returns>
    public override string ToString() => $"{EnglishName} ({Id})";
}
