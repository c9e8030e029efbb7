using Ardalis.GuardClauses;

namespace Community.Domain.Committees;

/// <summary>A member of a residents' committee: name, committee post, any party post held at the same time, employment and, for a part-time member, the source elected from.</summary>
public sealed record CommitteeMember
{
    private CommitteeMember(string name, CommitteePost post, PartyPost? partyPost, Employment employment, PartTimeSource? source)
    {
        Name = name;
        Post = post;
        PartyPost = partyPost;
        Employment = employment;
        Source = source;
    }

    /// <summary>Gets the member's name, which identifies the member within a committee.</summary>
    public string Name { get; }

    /// <summary>Gets the committee post: director, deputy director or member.</summary>
    public CommitteePost Post { get; }

    /// <summary>Gets the party post held at the same time (交叉任职), if any: secretary or deputy secretary.</summary>
    public PartyPost? PartyPost { get; }

    /// <summary>Gets whether the member is full-time or part-time.</summary>
    public Employment Employment { get; }

    /// <summary>Gets the source a part-time member was elected from; <see langword="null"/> for a full-time member.</summary>
    public PartTimeSource? Source { get; }

    /// <summary>Creates a full-time member.</summary>
    /// <param name="name">The name; not blank.</param>
    /// <param name="post">The committee post: director, deputy director or member.</param>
    /// <param name="partyPost">A party post held at the same time, if any.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException">The name is blank, or a post is undefined.</exception>
    public static CommitteeMember FullTime(string name, CommitteePost post, PartyPost? partyPost = null) =>
        Create(name, post, Employment.FullTime, null, partyPost);

    /// <summary>Creates a part-time member.</summary>
    /// <param name="name">The name; not blank.</param>
    /// <param name="post">The committee post: director, deputy director or member.</param>
    /// <param name="source">The source the member was elected from.</param>
    /// <param name="partyPost">A party post held at the same time, if any.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException">The name is blank, a post or the source is undefined.</exception>
    public static CommitteeMember PartTime(string name, CommitteePost post, PartTimeSource source, PartyPost? partyPost = null) =>
        Create(name, post, Employment.PartTime, source, partyPost);

    /// <summary>Creates a member from untrusted data, checking that employment and source agree.</summary>
    /// <param name="name">The name; not blank.</param>
    /// <param name="post">The committee post: director, deputy director or member.</param>
    /// <param name="employment">Full-time or part-time.</param>
    /// <param name="source">The source; required for a part-time member, absent for a full-time one.</param>
    /// <param name="partyPost">A party post held at the same time, if any: secretary or deputy secretary.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException">An argument is blank, undefined, of the wrong kind, or employment and source disagree.</exception>
    public static CommitteeMember Create(string name, CommitteePost post, Employment employment, PartTimeSource? source, PartyPost? partyPost = null)
    {
        Guard.Against.BlankText(name);
        Guard.Against.UndefinedEnum(post);
        Guard.Against.UndefinedEnum(employment);
        if (partyPost is { } party)
        {
            Guard.Against.UndefinedEnum(party, nameof(partyPost));
        }

        if (employment == Employment.PartTime && source is null)
        {
            throw new ArgumentException($"source is null for part-time member \"{name}\"; expected the source the member was elected from (use PartTimeSource.Other if none of the listed ones).", nameof(source));
        }

        if (employment == Employment.FullTime && source is not null)
        {
            throw new ArgumentException($"source is {source} for full-time member \"{name}\"; expected none, since only part-time members are elected from a source.", nameof(source));
        }

        if (source is { } s)
        {
            Guard.Against.UndefinedEnum(s, nameof(source));
        }

        return new(name, post, partyPost, employment, source);
    }

    /// <summary>Formats the member, for diagnostics.</summary>
    /// <returns>A text such as <c>Li (Director, Secretary, FullTime)</c>.</returns>
    public override string ToString() =>
        $"{Name} ({Post}{(PartyPost is { } p ? ", " + p : string.Empty)}, {Employment}{(Source is { } s ? ", from " + s : string.Empty)})";
}
