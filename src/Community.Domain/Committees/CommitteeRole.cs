namespace Community.Domain.Committees;

/// <summary>A post on a residents' committee or in the community's party organisation.</summary>
/// <remarks>
/// <see cref="Director"/>, <see cref="DeputyDirector"/> and <see cref="Member"/> are residents'
/// committee posts and are counted in its quota; <see cref="Secretary"/> and
/// <see cref="DeputySecretary"/> are party posts, which a committee member may hold at the same time
/// (交叉任职) without being counted twice.
/// </remarks>
public enum CommitteeRole
{
    /// <summary>Director of the residents' committee (主任).</summary>
    Director = 1,

    /// <summary>Deputy director (副主任).</summary>
    DeputyDirector = 2,

    /// <summary>Member (委员).</summary>
    Member = 3,

    /// <summary>Party secretary (书记), a party post.</summary>
    Secretary = 4,

    /// <summary>Deputy party secretary (副书记), a party post.</summary>
    DeputySecretary = 5,
}
