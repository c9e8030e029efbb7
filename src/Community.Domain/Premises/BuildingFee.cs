using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>One fee charged per m² of floor area on building, such as the urban infrastructure fee (城市基础设施配套费).</summary>
public sealed record BuildingFee
{
    /// <summary>Initializes a new instance of the <see cref="BuildingFee"/> class.</summary>
    /// <param name="name">A stable name, such as <c>infrastructure</c>; not blank.</param>
    /// <param name="chineseName">The fee's Chinese name; not blank.</param>
    /// <param name="perSquareMetre">The fee per m²; checked by the policy to be zero or more.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="chineseName"/> is blank.</exception>
    public BuildingFee(string name, string chineseName, Money perSquareMetre)
    {
        Name = Guard.Against.BlankText(name);
        ChineseName = Guard.Against.BlankText(chineseName);
        PerSquareMetre = perSquareMetre;
    }

    /// <summary>Gets the stable name.</summary>
    public string Name { get; }

    /// <summary>Gets the Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the fee per m².</summary>
    public Money PerSquareMetre { get; }

    /// <summary>Formats the fee.</summary>
    /// <returns>A text such as <c>infrastructure (城市基础设施配套费) 60.00 CNY/m²</c>.</returns>
    public override string ToString() => $"{Name} ({ChineseName}) {PerSquareMetre}/m²";
}
