using System.Collections.Immutable;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Explanations;

/// <summary>Records the steps of one evaluation as the evaluation takes them, then makes its <see cref="Explanation"/>.</summary>
/// <remarks>
/// The one way explanations are built: an evaluator's pure function takes a recorder that is null on
/// the plain path (nothing recorded, nothing allocated) and present on the explained path, so both
/// paths run the same code and the explanation re-narrates nothing. A recorder starts from the
/// version already resolved, so explaining looks nothing up twice.
/// </remarks>
internal sealed class ExplanationRecorder
{
    private readonly CatalogWording _wording;
    private readonly RuleId _ruleId;
    private readonly ExplanationText _policy;
    private readonly ExplanationText _jurisdiction;
    private readonly ExplanationText _definedAt;
    private readonly LocalDate _asOf;
    private readonly ImmutableArray<ExplanationText>.Builder _inputs = ImmutableArray.CreateBuilder<ExplanationText>(2);
    private readonly ImmutableArray<ExplanationStep>.Builder _steps = ImmutableArray.CreateBuilder<ExplanationStep>(4);
    private ImmutableArray<Citation> _citations;

    private ExplanationRecorder(PolicyCatalog catalog, PolicyVersion version, JurisdictionCode requested, LocalDate asOf)
    {
        _wording = CatalogWording.Of(catalog);
        _ruleId = version.RuleId;
        _policy = _wording.Kind(version.Kind);
        _jurisdiction = _wording.Jurisdiction(requested);
        _definedAt = _wording.Jurisdiction(version.Jurisdiction);
        _asOf = asOf;
        _citations = version.Citations;
        _steps.Add(_wording.Resolution(version));
        if (version.Jurisdiction != requested)
        {
            _steps.Add(KernelText.Inheritance(_jurisdiction, _definedAt, asOf));
        }

        RemarkOn(version);
    }

    /// <summary>Starts recording the evaluation of a version resolved for a jurisdiction on a date.</summary>
    public static ExplanationRecorder Start(PolicyCatalog catalog, PolicyVersion version, JurisdictionCode requested, LocalDate asOf) =>
        new(catalog, version, requested, asOf);

    /// <summary>Starts recording the evaluation of a resolved version.</summary>
    public static ExplanationRecorder Start<TPolicy>(PolicyCatalog catalog, PolicyResolution<TPolicy> resolution)
        where TPolicy : class =>
        new(catalog, resolution.Version, resolution.Requested, resolution.AsOf);

    /// <summary>Records that a second rule's version also applies, with its sources.</summary>
    public ExplanationRecorder AlsoApplies<TPolicy>(PolicyResolution<TPolicy> resolution)
        where TPolicy : class => AlsoApplies(resolution.Version);

    /// <summary>Records that a second rule's version also applies, with its sources.</summary>
    public ExplanationRecorder AlsoApplies(PolicyVersion version)
    {
        _steps.Add(KernelText.AlsoApplies(version, _wording.Resolution(version)));
        RemarkOn(version);
        foreach (var citation in version.Citations)
        {
            if (!_citations.Contains(citation))
            {
                _citations = _citations.Add(citation);
            }
        }

        return this;
    }

    public ExplanationRecorder Input(string name, string english, string chinese)
    {
        _inputs.Add(new(name, english, chinese));
        return this;
    }

    public ExplanationRecorder Input(string name, Population population) =>
        Input(name, KernelText.Population(population, ExplanationLanguage.English), KernelText.Population(population, ExplanationLanguage.Chinese));

    public ExplanationRecorder Input(string name, HouseholdCount households) =>
        Input(name, KernelText.Households(households, ExplanationLanguage.English), KernelText.Households(households, ExplanationLanguage.Chinese));

    /// <summary>Records the quantity a count-based rule read, in its unit: "2000 households", "2000户".</summary>
    public ExplanationRecorder Input(CountUnit unit, long units) =>
        Input(unit == CountUnit.Households ? "households" : "population", FormulaText.Units(units, unit, ExplanationLanguage.English), FormulaText.Units(units, unit, ExplanationLanguage.Chinese));

    public ExplanationRecorder Condition(bool holds, string english, string chinese) => Step(KernelText.Condition(holds, english, chinese));

    /// <summary>Records what a reader must know about a version besides its rule: that it is only proposed, that the date lies outside what its source speaks for, and its notes.</summary>
    private void RemarkOn(PolicyVersion version)
    {
        if (version.Status == PolicyStatus.Proposed)
        {
            _steps.Add(KernelText.Proposed(version));
        }

        foreach (var citation in version.Citations)
        {
            if (citation.IsOutsideCoverage(_asOf))
            {
                _steps.Add(KernelText.OutsideCoverage(version, citation, _asOf));
                break;
            }
        }

        foreach (var note in version.Notes)
        {
            _steps.Add(new ExplanationStep(ExplanationStepKind.Remark, note.English, note.Chinese));
        }
    }

    /// <summary>Records a remark: a fact about the answer that is neither a computation nor a condition.</summary>
    public ExplanationRecorder Remark(string english, string chinese) => Step(new ExplanationStep(ExplanationStepKind.Remark, english, chinese));

    public ExplanationRecorder Step(ExplanationStep step)
    {
        _steps.Add(step);
        return this;
    }

    /// <summary>Records the band a quantity fell in and, at a shared boundary, the first-listed-wins reading.</summary>
    public ExplanationRecorder Band<TQuantity, TValue>(BandMatch<TQuantity, TValue> match, Func<TValue, ExplanationLanguage, string> value)
        where TQuantity : struct, IComparable<TQuantity>
    {
        var english = KernelText.Quantity(match.Quantity, ExplanationLanguage.English);
        var chinese = KernelText.Quantity(match.Quantity, ExplanationLanguage.Chinese);
        var band = match.Band;
        _steps.Add(KernelText.BandMatched(
            _wording.Place(match.Table, match.ListedIndex), english, chinese, value(band.Value, ExplanationLanguage.English), value(band.Value, ExplanationLanguage.Chinese)));
        if (match.IsDecidedByFirstListedWins)
        {
            _steps.Add(KernelText.FirstListedWins(_wording.Place(match.Table, match.TiedListedIndex), english, chinese));
        }

        return this;
    }

    /// <summary>Makes the explanation with its result; the recorder is spent.</summary>
    /// <summary>Records the computation of a count formula for a number of units, step by step, in the policy's unit.</summary>
    public ExplanationRecorder Formula(CountFormula formula, CountUnit unit, long units)
    {
        var steps = new List<ExplanationStep>();
        FormulaText.Narrate(formula, unit, units, steps);
        _steps.AddRange(steps);
        return this;
    }

    public Explanation Result(string name, string english, string chinese) =>
        new(_ruleId, _policy, _jurisdiction, _definedAt, _asOf, _inputs.DrainToImmutable(), _steps.DrainToImmutable(), new(name, english, chinese), _citations);
}
