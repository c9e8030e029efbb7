using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Subsidies;

/// <summary>A post's floor or amount in force: per month and per year, with the policy version, the reference wage and the multiple behind it.</summary>
public readonly record struct SubsidyAmount : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    // For JSON: the versions by reference, resolved in the catalog the options are bound to.
    [System.Text.Json.Serialization.JsonConstructor]
    internal SubsidyAmount(PayRole role, Money monthly, Money annual, PolicyVersion? versionReference, PolicyVersion? wageReference, Rate rate)
        : this(role, monthly, annual, PolicyVersionJsonConverter.As<SubsidyPolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version applied")), PolicyVersionJsonConverter.As<ReferenceWage>(wageReference), rate)
    {
    }

    internal SubsidyAmount(PayRole role, Money monthly, Money annual, PolicyVersion<SubsidyPolicy> version, PolicyVersion<ReferenceWage>? wage, Rate rate)
    {
        _made = true;
        Role = role;
        Monthly = monthly;
        Annual = annual;
        Version = version;
        Wage = wage;
        Rate = rate;
    }

    /// <summary>Gets the post.</summary>
    public PayRole Role { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<SubsidyAmount>("SubsidyEvaluator.Amount or Floor"); }

    /// <summary>Gets the amount per month, rounded as the policy says.</summary>
    public Money Monthly { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<SubsidyAmount>("SubsidyEvaluator.Amount or Floor"); }

    /// <summary>Gets the amount per year: a fixed amount times twelve, or the yearly base times the rate, rounded once by the policy's rounding (not the rounded month times twelve).</summary>
    public Money Annual { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<SubsidyAmount>("SubsidyEvaluator.Amount or Floor"); }

    /// <summary>Gets whether the amount is a floor or an amount paid.</summary>
    public SubsidyNature Nature => Version?.Policy.Nature ?? default;

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId => Version?.RuleId ?? default;

    /// <summary>Gets the subsidy policy version applied.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<SubsidyPolicy> Version { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<SubsidyAmount>("SubsidyEvaluator.Amount or Floor"); }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets the reference wage version used, or null when the amount is fixed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<ReferenceWage>? Wage { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<SubsidyAmount>("SubsidyEvaluator.Amount or Floor"); }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Wage")]
    internal PolicyVersion? WageReference => Wage;

    /// <summary>Gets the multiple of the wage, or zero when the amount is fixed.</summary>
    public Rate Rate { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<SubsidyAmount>("SubsidyEvaluator.Amount or Floor"); }

    /// <summary>Formats the amount.</summary>
    /// <returns>A text such as <c>Director: 855.00 CNY a month (SUB-01 floor, 150% of 570.00 CNY)</c>.</returns>
    public override string ToString() =>
        !_made ? "default SubsidyAmount" : Wage is { } wage
            ? $"{Role}: {Monthly} a month ({RuleId} {Nature.ToString().ToLowerInvariant()}, {Rate} of {wage.Policy.Monthly})"
            : $"{Role}: {Monthly} a month ({RuleId} {Nature.ToString().ToLowerInvariant()})";
}
