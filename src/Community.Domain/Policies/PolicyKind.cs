using Ardalis.GuardClauses;

namespace Community.Domain.Policies;

/// <summary>A kind of policy a catalog holds versions of, such as office funds or the committee quota.</summary>
/// <remarks>
/// A kind is an identity: a catalog compares kinds by reference and refuses two instances with one
/// <see cref="Name"/>, which stays the stable text that explanations and JSON carry. Each domain folder publishes its kinds as static
/// properties (for example <c>FundingKinds.OfficeFunds</c>); a user can define new
/// kinds for rules the library does not model yet.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PolicyKindJsonConverter))]
public abstract class PolicyKind
{
    private protected PolicyKind(string name, string englishName, string chineseName)
    {
        Name = Guard.Against.BlankText(name);
        EnglishName = Guard.Against.BlankText(englishName);
        ChineseName = Guard.Against.BlankText(chineseName);
    }

    /// <summary>Gets the stable identifier of the kind, such as <c>funding.office-funds</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, such as <c>office funds</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the Chinese name, such as <c>办公经费</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the type of the policies of this kind.</summary>
    public abstract Type PolicyType { get; }

    /// <summary>Returns the kind's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
