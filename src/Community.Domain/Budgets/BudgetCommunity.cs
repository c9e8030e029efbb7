using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Funding;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>One community of a budget: its profile, its paid posts (how many people in each), its funded workers and its party branches.</summary>
public sealed class BudgetCommunity
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal BudgetCommunity(CommunityProfile community, ImmutableArray<(PayRole Role, int People)> posts, int? workers, int? partyBranches)
    {
        Community = Guard.Against.NullArgument(community);
        Posts = CheckPosts(posts);
        if (workers is { } workerCount)
        {
            Guard.Against.NegativeCount(workerCount, nameof(workers));
        }

        if (partyBranches is { } branches)
        {
            Guard.Against.NegativeCount(branches, nameof(partyBranches));
        }

        Workers = workers;
        PartyBranches = partyBranches;
    }

    /// <summary>Gets the community.</summary>
    public CommunityProfile Community { get; }

    /// <summary>Gets the paid posts and how many people hold each, in the order given.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(PostsJsonConverter))]
    public ImmutableArray<(PayRole Role, int People)> Posts { get; }

    /// <summary>Gets the funded workers, for funds per worker.</summary>
    public int? Workers { get; }

    /// <summary>Gets the party branches, for funds per branch.</summary>
    public int? PartyBranches { get; }

    /// <summary>Gets the units funding policies count on.</summary>
    public FundedUnits Units => FundedUnits.For(Community, Workers, PartyBranches);

    /// <summary>Describes a community of a budget.</summary>
    /// <param name="community">The community.</param>
    /// <param name="posts">Each paid post and how many people hold it; each post once, counts zero or more.</param>
    /// <param name="workers">The funded workers; zero or more.</param>
    /// <param name="partyBranches">The party branches; zero or more.</param>
    /// <returns>The budget community.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> or <paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or a post is not defined.</exception>
    /// <exception cref="ArgumentException">A post is given twice.</exception>
    public static BudgetCommunity Create(CommunityProfile community, IEnumerable<(PayRole Role, int People)> posts, int? workers = null, int? partyBranches = null) =>
        new(Guard.Against.NullArgument(community), Guard.Against.NullArgument(posts).ToImmutableArray(), workers, partyBranches);

    private static ImmutableArray<(PayRole Role, int People)> CheckPosts(ImmutableArray<(PayRole Role, int People)> given)
    {
        if (given.IsDefault)
        {
            throw GuardExtensions.Null("posts");
        }

        var seen = new Dictionary<PayRole, int>();
        for (var i = 0; i < given.Length; i++)
        {
            var (role, people) = given[i];
            Guard.Against.UndefinedEnum(role, string.Create(CultureInfo.InvariantCulture, $"posts[{i}].Role"));
            Guard.Against.NegativeCount(people, string.Create(CultureInfo.InvariantCulture, $"posts[{i}].People"));
            if (!seen.TryAdd(role, i))
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"posts[{i}].Role");
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} is {role}, already given by posts[{seen[role]}]; give each post once with its number of people."), name);
            }
        }

        return given;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is BudgetCommunity other && Equals(Community, other.Community) && Equality.Same(Posts, other.Posts) && Equals(Workers, other.Workers) && Equals(PartyBranches, other.PartyBranches);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Community, Equality.Hash(Posts), Workers, PartyBranches);
}
