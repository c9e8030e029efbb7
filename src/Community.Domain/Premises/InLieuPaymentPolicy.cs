using System.Globalization;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>A developer's payment in lieu of community premises: a share of the development's building area, converted to money at a price per square metre (FAC-06: 2% to 5% in Fujian for scattered developments; 5% proposed for Xinluo).</summary>
/// <remarks>The sources give the share, not the price of the conversion, so the price is the caller's input. A policy that states a range returns the payment as a range.</remarks>
public sealed class InLieuPaymentPolicy
{
    private InLieuPaymentPolicy(Rate minimumShare, Rate maximumShare, string? sourceText)
    {
        MinimumShare = minimumShare;
        MaximumShare = maximumShare;
        SourceText = sourceText;
    }

    /// <summary>Gets the least share of the building area to pay for.</summary>
    public Rate MinimumShare { get; }

    /// <summary>Gets the greatest share of the building area to pay for; equal to <see cref="MinimumShare"/> for a single share.</summary>
    public Rate MaximumShare { get; }

    /// <summary>Gets a value indicating whether the policy states a range of shares.</summary>
    public bool IsRange => MinimumShare != MaximumShare;

    /// <summary>Gets the source's wording, if given.</summary>
    public string? SourceText { get; }

    /// <summary>Defines a policy of a range of shares, such as 2% to 5%.</summary>
    /// <param name="minimumShare">The least share; more than zero.</param>
    /// <param name="maximumShare">The greatest share; not below <paramref name="minimumShare"/>, at most 100%.</param>
    /// <param name="sourceText">The source's wording, if any.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">A share is zero or above 100%, or the least is above the greatest; every problem is listed.</exception>
    public static InLieuPaymentPolicy Between(Rate minimumShare, Rate maximumShare, string? sourceText = null)
    {
        var problems = new List<DefinitionProblem>();
        Check(minimumShare, "minimumShare", problems);
        Check(maximumShare, "maximumShare", problems);
        if (minimumShare > maximumShare)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"minimumShare, {minimumShare}, is above maximumShare, {maximumShare}."), nameof(maximumShare)));
        }

        return problems.Count > 0
            ? throw new PolicyDefinitionException("payment in lieu of premises", problems)
            : new(minimumShare, maximumShare, string.IsNullOrWhiteSpace(sourceText) ? null : sourceText);
    }

    /// <summary>Defines a policy of a single share, such as 5%.</summary>
    /// <param name="share">The share; more than zero, at most 100%.</param>
    /// <param name="sourceText">The source's wording, if any.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">The share is zero or above 100%.</exception>
    public static InLieuPaymentPolicy At(Rate share, string? sourceText = null) => Between(share, share, sourceText);

    /// <summary>Formats the policy.</summary>
    /// <returns>A text such as <c>2% to 5% of the building area</c>.</returns>
    public override string ToString() => IsRange ? $"{MinimumShare} to {MaximumShare} of the building area" : $"{MinimumShare} of the building area";

    private static void Check(Rate share, string name, List<DefinitionProblem> problems)
    {
        if (share <= Rate.Zero || share > Rate.Whole)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{name} is {share}; expected more than 0% and at most 100%."), name));
        }
    }
}
