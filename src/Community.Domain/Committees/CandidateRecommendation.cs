using Community.Domain.Sources;

namespace Community.Domain.Committees;

/// <summary>Whether a director qualifies to be recommended as a candidate for the next term, by which clause, and the counts behind it.</summary>
public readonly record struct CandidateRecommendation : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal CandidateRecommendation(RecommendationClause clause, int provincialHonours, int cityHonours, int? bestRank, RuleId ruleId)
    {
        _made = true;
        Clause = clause;
        ProvincialHonours = provincialHonours;
        CityHonours = cityHonours;
        BestRank = bestRank;
        RuleId = ruleId;
    }

    /// <summary>Gets a value indicating whether the director qualifies.</summary>
    public bool IsRecommended => Clause != RecommendationClause.None;

    /// <summary>Gets the first clause, in the rule's order, that the director meets.</summary>
    public RecommendationClause Clause { get => _made ? field : throw GuardExtensions.DefaultInstance<CandidateRecommendation>("CommitteeEvaluator.Recommend"); }

    /// <summary>Gets the provincial-or-above honours received during the term.</summary>
    public int ProvincialHonours { get => _made ? field : throw GuardExtensions.DefaultInstance<CandidateRecommendation>("CommitteeEvaluator.Recommend"); }

    /// <summary>Gets the city-or-above honours received during the term.</summary>
    public int CityHonours { get => _made ? field : throw GuardExtensions.DefaultInstance<CandidateRecommendation>("CommitteeEvaluator.Recommend"); }

    /// <summary>Gets the best assessment rank during the term, if any.</summary>
    public int? BestRank { get => _made ? field : throw GuardExtensions.DefaultInstance<CandidateRecommendation>("CommitteeEvaluator.Recommend"); }

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId { get => _made ? field : throw GuardExtensions.DefaultInstance<CandidateRecommendation>("CommitteeEvaluator.Recommend"); }

    /// <summary>Formats the result.</summary>
    /// <returns>A text such as <c>recommended by ProvincialHonours (COM-04)</c>.</returns>
    public override string ToString() => !_made ? "default CandidateRecommendation" : IsRecommended ? $"recommended by {Clause} ({RuleId})" : $"not recommended ({RuleId})";
}
