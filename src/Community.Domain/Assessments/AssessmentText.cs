using System.Globalization;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;

namespace Community.Domain.Assessments;

/// <summary>The phrases that every module's assessments share, in English and Chinese: how a range reads, and how a lower level's rule is checked against a higher one.</summary>
internal static class AssessmentText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A range of counts: "6 to 15", "at least 6", "exactly 6".</summary>
    public static (string English, string Chinese) Range(int minimum, int? maximum) => maximum switch
    {
        null => (string.Create(Invariant, $"at least {minimum}"), string.Create(Invariant, $"不少于{minimum}")),
        { } max when max == minimum => (string.Create(Invariant, $"exactly {minimum}"), string.Create(Invariant, $"{minimum}")),
        { } max => (string.Create(Invariant, $"{minimum} to {max}"), string.Create(Invariant, $"{minimum}至{max}")),
    };

    public static (string English, string Chinese) Contradiction(
        Jurisdiction nearerAt, PolicyVersion nearer, (string English, string Chinese) nearerRange,
        Jurisdiction higherAt, PolicyVersion higher, (string English, string Chinese) higherRange,
        string englishWhat, string chineseWhat) =>
        ($"The rule in force, {nearer.RuleId} of {nearerAt.EnglishName}, allows {nearerRange.English} ({englishWhat}), which does not lie within the {higherRange.English} that {higher.RuleId} of {higherAt.EnglishName}, a higher level, requires; the nearer rule is applied, and the two should be reconciled.",
         $"适用的{nearerAt.ChineseName}规则{nearer.RuleId}规定{chineseWhat}{nearerRange.Chinese},超出上级{higherAt.ChineseName}规则{higher.RuleId}规定的{higherRange.Chinese};现按较近一级的规则执行,两者应予协调。");

    public static (string English, string Chinese) Consistent(
        Jurisdiction higherAt, PolicyVersion higher, (string English, string Chinese) higherRange, (string English, string Chinese) nearerRange) =>
        ($"{nearerRange.English} lies within the {higherRange.English} that {higher.RuleId} of {higherAt.EnglishName}, a higher level, requires.",
         $"{nearerRange.Chinese}在上级{higherAt.ChineseName}规则{higher.RuleId}规定的{higherRange.Chinese}之内。");
}
