using Community.Domain.Policies;

namespace Community.Domain.Funding;

/// <summary>The kinds of funding policy a catalog holds.</summary>
public static class FundingKinds
{
    /// <summary>Gets office funds (办公经费): the annual grant for a residents' committee's running costs.</summary>
    public static PolicyKind<FundingPolicy> OfficeFunds { get; } = PolicyKind<FundingPolicy>.Named("funding.office-funds", FundingText.KindName);

    /// <summary>Gets work funds (工作经费): the annual funds for a community's work.</summary>
    public static PolicyKind<FundingPolicy> WorkFunds { get; } = PolicyKind<FundingPolicy>.Named("funding.work-funds", FundingText.KindName);

    /// <summary>Gets staff funds (人员经费), counted per worker (FUN-02).</summary>
    public static PolicyKind<FundingPolicy> StaffFunds { get; } = PolicyKind<FundingPolicy>.Named("funding.staff-funds", FundingText.KindName);

    /// <summary>Gets party branch funds (党支部经费), counted per branch (FUN-05).</summary>
    public static PolicyKind<FundingPolicy> PartyBranchFunds { get; } = PolicyKind<FundingPolicy>.Named("funding.party-branch-funds", FundingText.KindName);

    /// <summary>Gets the residents' self-governance fund (居民自治专项经费), counted per 100 households (FUN-04).</summary>
    public static PolicyKind<FundingPolicy> SelfGovernanceFunds { get; } = PolicyKind<FundingPolicy>.Named("funding.self-governance-funds", FundingText.KindName);
}
