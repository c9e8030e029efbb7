using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Community.Domain.Explanations;

/// <summary>The explanations' own guard: a language that is English or Chinese.</summary>
internal static class ExplanationGuards
{
    /// <summary>Refuses a language that is neither English nor Chinese.</summary>
    public static ExplanationLanguage Language(this IGuardClause guard, ExplanationLanguage input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guard;
        return input is ExplanationLanguage.English or ExplanationLanguage.Chinese
            ? input
            : throw GuardExtensions.OutOfRange(parameterName, (int)input, "must be English or Chinese");
    }
}
