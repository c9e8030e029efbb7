using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>A person, the post they are paid as, and what they are paid per month.</summary>
public sealed record PaidPerson
{
    /// <summary>Initializes a new instance of the <see cref="PaidPerson"/> class.</summary>
    /// <param name="name">The person's name; not blank.</param>
    /// <param name="role">The post they are paid as.</param>
    /// <param name="paidMonthly">What they are paid per month; zero or more.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined, or <paramref name="paidMonthly"/> is negative.</exception>
    public PaidPerson(string name, PayRole role, Money paidMonthly)
    {
        Name = Guard.Against.BlankText(name);
        Role = Guard.Against.UndefinedEnum(role);
        PaidMonthly = paidMonthly.IsNegative ? throw GuardExtensions.OutOfRange(nameof(paidMonthly), paidMonthly, "must be zero or more") : paidMonthly;
    }

    /// <summary>Gets the person's name.</summary>
    public string Name { get; }

    /// <summary>Gets the post they are paid as.</summary>
    public PayRole Role { get; }

    /// <summary>Gets what they are paid per month.</summary>
    public Money PaidMonthly { get; }
}
