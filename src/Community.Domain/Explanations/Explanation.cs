using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Explanations;

/// <summary>Why an evaluation gave its result: the rule, the policy version in force, the inputs, each step with its band or formula and the boundary reading, the result and the sources, in English and in Chinese.</summary>
/// <remarks>
/// <para>An explanation is built only when asked for (the evaluators' <c>Explain</c> methods);
/// plain evaluation never builds one. It is plain data: serialise it with System.Text.Json as it is
/// (dates are ISO strings, enums are names), or render it with <see cref="ToText"/>.</para>
/// </remarks>
public sealed class Explanation
{
    [JsonConstructor]
    internal Explanation(
        RuleId ruleId,
        ExplanationText policy,
        ExplanationText jurisdiction,
        ExplanationText definedAt,
        LocalDate asOf,
        ImmutableArray<ExplanationText> inputs,
        ImmutableArray<ExplanationStep> steps,
        ExplanationText result,
        ImmutableArray<Citation> citations)
    {
        RuleId = ruleId;
        Policy = policy;
        Jurisdiction = jurisdiction;
        DefinedAt = definedAt;
        AsOf = asOf;
        Inputs = inputs;
        Steps = steps;
        Result = result;
        Citations = citations;
    }

    /// <summary>Gets the id of the rule applied, such as <c>FUN-01</c>; serialised as its text.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the kind of policy applied; its name is the kind's stable identifier.</summary>
    public ExplanationText Policy { get; }

    /// <summary>Gets the jurisdiction asked about; its name is the division code.</summary>
    public ExplanationText Jurisdiction { get; }

    /// <summary>Gets the jurisdiction whose version was applied (an ancestor when inherited); its name is the division code.</summary>
    public ExplanationText DefinedAt { get; }

    /// <summary>Gets the date asked about.</summary>
    [JsonConverter(typeof(IsoLocalDateJsonConverter))]
    public LocalDate AsOf { get; }

    /// <summary>Gets the inputs of the evaluation.</summary>
    public ImmutableArray<ExplanationText> Inputs { get; }

    /// <summary>Gets the steps, in the order they were taken.</summary>
    public ImmutableArray<ExplanationStep> Steps { get; }

    /// <summary>Gets the result.</summary>
    public ExplanationText Result { get; }

    /// <summary>Gets the sources of the rule.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Renders the explanation as text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A multi-line text: heading, inputs, numbered steps, result and sources.</returns>
    public string ToText(ExplanationLanguage language)
    {
        Guard.Against.Language(language);
        var chinese = language == ExplanationLanguage.Chinese;
        var text = new StringBuilder();
        text.Append(RuleId.Value).Append(' ').Append(Policy.In(language)).Append(" — ")
            .Append(Jurisdiction.In(language)).Append(KernelText.Heading(language, "comma")).Append(KernelText.Date(AsOf, language)).AppendLine();
        text.Append(KernelText.Heading(language, "inputs"));
        if (Inputs.IsEmpty)
        {
            text.Append(KernelText.Heading(language, "no-inputs"));
        }

        for (var i = 0; i < Inputs.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : KernelText.Heading(language, "separator")).Append(Inputs[i].In(language));
        }

        text.AppendLine();
        text.AppendLine(KernelText.Heading(language, "steps"));
        for (var i = 0; i < Steps.Length; i++)
        {
            text.Append("  ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(Steps[i].In(language));
        }

        text.Append(KernelText.Heading(language, "result")).AppendLine(Result.In(language));
        text.AppendLine(KernelText.Heading(language, "sources"));
        if (Citations.IsEmpty)
        {
            text.AppendLine(KernelText.Heading(language, "no-sources"));
        }

        foreach (var citation in Citations)
        {
            text.Append("  - ").AppendLine(chinese ? citation.ToChineseString() : citation.ToString());
        }

        return text.ToString();
    }

    /// <summary>Renders the explanation in English.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => ToText(ExplanationLanguage.English);

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is Explanation other && Equals(RuleId, other.RuleId) && Equals(Policy, other.Policy) && Equals(Jurisdiction, other.Jurisdiction) && Equals(DefinedAt, other.DefinedAt) && Equals(AsOf, other.AsOf) && Equality.Same(Inputs, other.Inputs) && Equality.Same(Steps, other.Steps) && Equals(Result, other.Result) && Equality.Same(Citations, other.Citations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(RuleId, Policy, Jurisdiction, DefinedAt, AsOf, Equality.Hash(Inputs), Equality.Hash(Steps), Result), HashCode.Combine(Equality.Hash(Citations)));
}
