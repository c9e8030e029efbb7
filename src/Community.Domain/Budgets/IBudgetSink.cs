using Community.Domain.Funding;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>What costing one community produces, line by line: kept as a community's budget, or added to running totals.</summary>
internal interface IBudgetSink
{
    /// <summary>A costed line: a post's pay or a fund.</summary>
    void Line(BudgetItem item, Money minimum, Money maximum, CostShare? share);

    /// <summary>A post with no pay in force.</summary>
    void Unpaid(PayRole role);

    /// <summary>A fund counted on something the community did not give.</summary>
    void NotCosted(PolicyKind<FundingPolicy> kind, PolicyVersion<FundingPolicy> version, string missing);
}
