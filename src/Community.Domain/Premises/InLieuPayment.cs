using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Premises;

/// <summary>What a developer pays in lieu of community premises: the area paid for and its price, as a range when the policy states one.</summary>
public readonly record struct InLieuPayment : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    // For JSON: the version by reference, resolved in the catalog the options are bound to.
    [System.Text.Json.Serialization.JsonConstructor]
    internal InLieuPayment(PolicyVersion? versionReference, Area buildingArea, Money pricePerSquareMetre, Area areaMinimum, Area areaMaximum, Money amountMinimum, Money amountMaximum)
        : this(PolicyVersionJsonConverter.As<InLieuPaymentPolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version applied")), buildingArea, pricePerSquareMetre, areaMinimum, areaMaximum, amountMinimum, amountMaximum)
    {
    }

    internal InLieuPayment(PolicyVersion<InLieuPaymentPolicy> version, Area buildingArea, Money pricePerSquareMetre, Area areaMinimum, Area areaMaximum, Money amountMinimum, Money amountMaximum)
    {
        _made = true;
        Version = version;
        BuildingArea = buildingArea;
        PricePerSquareMetre = pricePerSquareMetre;
        AreaMinimum = areaMinimum;
        AreaMaximum = areaMaximum;
        AmountMinimum = amountMinimum;
        AmountMaximum = amountMaximum;
    }

    /// <summary>Gets the version that set the share.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<InLieuPaymentPolicy> Version { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<InLieuPayment>("PremisesEvaluator.InLieuPayment"); }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets the rule that set the share.</summary>
    public RuleId RuleId => Version?.RuleId ?? default;

    /// <summary>Gets the development's building area.</summary>
    public Area BuildingArea { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<InLieuPayment>("PremisesEvaluator.InLieuPayment"); }

    /// <summary>Gets the price of a square metre, as the caller gave it.</summary>
    public Money PricePerSquareMetre { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<InLieuPayment>("PremisesEvaluator.InLieuPayment"); }

    /// <summary>Gets the least area paid for.</summary>
    public Area AreaMinimum { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<InLieuPayment>("PremisesEvaluator.InLieuPayment"); }

    /// <summary>Gets the greatest area paid for.</summary>
    public Area AreaMaximum { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<InLieuPayment>("PremisesEvaluator.InLieuPayment"); }

    /// <summary>Gets the least payment, rounded half away from zero to the fen.</summary>
    public Money AmountMinimum { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<InLieuPayment>("PremisesEvaluator.InLieuPayment"); }

    /// <summary>Gets the greatest payment, rounded half away from zero to the fen.</summary>
    public Money AmountMaximum { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<InLieuPayment>("PremisesEvaluator.InLieuPayment"); }

    /// <summary>Gets a value indicating whether the payment is a range.</summary>
    public bool IsRange => AmountMinimum != AmountMaximum;

    /// <summary>Formats the payment.</summary>
    /// <returns>A text such as <c>400.00 m² to 1000.00 m², 1200000.00 CNY to 3000000.00 CNY (FAC-06)</c>.</returns>
    public override string ToString() => !_made ? "default InLieuPayment" : IsRange
        ? $"{AreaMinimum} to {AreaMaximum}, {AmountMinimum} to {AmountMaximum} ({RuleId})"
        : $"{AreaMinimum}, {AmountMinimum} ({RuleId})";
}
