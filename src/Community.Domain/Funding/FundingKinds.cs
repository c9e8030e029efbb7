using Community.Domain.Policies;

namespace Community.Domain.Funding;

/// <summary>The kinds of funding policy a catalog holds.</summary>
public static class FundingKinds
{
    /// <summary>Gets office funds (办公经费): the annual grant for a residents' committee's running costs.</summary>
    public static PolicyKind<FundingPolicy> OfficeFunds { get; } = new("funding.office-funds", "office funds", "办公经费");

    /// <summary>Gets work funds (工作经费): the annual funds for a community's work.</summary>
    public static PolicyKind<FundingPolicy> WorkFunds { get; } = new("funding.work-funds", "work funds", "工作经费");
}
