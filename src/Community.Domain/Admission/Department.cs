using Ardalis.GuardClauses;

namespace Community.Domain.Admission;

/// <summary>The department or unit that asks a community to take on work: its name and level.</summary>
public sealed record Department
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Department(string name, DepartmentLevel level)
    {
        Name = Guard.Against.BlankText(name).Trim();
        Level = Guard.Against.UndefinedEnum(level);
    }

    /// <summary>Gets the department's name, such as <c>区民政局</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the level of the body the department belongs to.</summary>
    public DepartmentLevel Level { get; }

    /// <summary>Creates a department.</summary>
    /// <param name="name">The name; not blank.</param>
    /// <param name="level">The level.</param>
    /// <returns>The department.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static Department Of(string name, DepartmentLevel level) =>
        new(name, level);

    /// <summary>Formats the department.</summary>
    /// <returns>The name and level, such as <c>区民政局 (County)</c>.</returns>
    public override string ToString() => $"{Name} ({Level})";
}
