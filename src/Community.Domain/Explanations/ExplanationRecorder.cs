using System.Collections.Immutable;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Explanations;

/// <summary>Records the steps of one evaluation as the evaluation takes them, then makes its <see cref="Explanation"/>.</summary>
/// <remarks>
/// The one way explanations are built, by the library's evaluators and a user module's alike: an
/// evaluator's pure function takes a recorder that is null on the plain path (nothing recorded, nothing
/// allocated) and present on the explained path, so both paths run the same code and the explanation
/// re-narrates nothing. A recorder starts from the version already resolved, so explaining looks nothing
/// up twice; it words the rule, the jurisdictions, the inheritance, the version's status, coverage and
/// notes and its citations itself. A recorder belongs to one evaluation on one thread.
/// </remarks>
public sealed class ExplanationRecorder
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
    /// <param name="catalog">The catalog the version was resolved in; its wording names the jurisdictions.</param>
    /// <param name="version">The version in force.</param>
    /// <param name="requested">The jurisdiction asked about (the version may stand at an ancestor).</param>
    /// <param name="asOf">The day evaluated.</param>
    /// <returns>A new recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="requested"/> is the default code, or the catalog does not hold it or the version.</exception>
    public static ExplanationRecorder Start(PolicyCatalog catalog, PolicyVersion version, JurisdictionCode requested, LocalDate asOf)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(version);
        Ardalis.GuardClauses.Guard.Against.DefaultValue(requested, "JurisdictionCode.Parse or a known jurisdiction's Code");
        return Checked(catalog, version, requested, asOf, nameof(version), nameof(requested));
    }

    /// <summary>Starts recording the evaluation of a version the catalog itself resolved: the library's evaluators, which need none of the public form's checks.</summary>
    internal static ExplanationRecorder Begin(PolicyCatalog catalog, PolicyVersion version, JurisdictionCode requested, LocalDate asOf) =>
        new(catalog, version, requested, asOf);

    /// <summary>Starts recording the evaluation of a resolution the catalog itself made.</summary>
    internal static ExplanationRecorder Begin<TPolicy>(PolicyCatalog catalog, PolicyResolution<TPolicy> resolution)
        where TPolicy : class =>
        new(catalog, resolution.Version, resolution.Requested, resolution.AsOf);

    // A recorder words the catalog's jurisdictions and versions: both must be the catalog's.
    private static ExplanationRecorder Checked(PolicyCatalog catalog, PolicyVersion version, JurisdictionCode requested, LocalDate asOf, string versionArgument, string requestedArgument)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(catalog);
        if (!catalog.TryGetJurisdiction(requested, out _))
        {
            throw new ArgumentException($"{requestedArgument} is {requested}, which the catalog does not hold; expected a jurisdiction of the catalog the version was resolved in.", requestedArgument);
        }

        if (!CatalogWording.Of(catalog).Holds(version))
        {
            throw new ArgumentException($"{versionArgument} is {version}, which the catalog does not hold; expected a version the catalog resolved.", versionArgument);
        }

        return new(catalog, version, requested, asOf);
    }

    /// <summary>Starts recording the evaluation of a resolved version.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="catalog">The catalog the version was resolved in.</param>
    /// <param name="resolution">The resolution (<see cref="PolicyCatalog.TryResolve{TPolicy}(PolicyKind{TPolicy}, JurisdictionCode, LocalDate, out PolicyResolution{TPolicy})"/>).</param>
    /// <returns>A new recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="resolution"/> is the default value.</exception>
    public static ExplanationRecorder Start<TPolicy>(PolicyCatalog catalog, PolicyResolution<TPolicy> resolution)
        where TPolicy : class =>
        resolution.Equals(default)
            ? throw new ArgumentException("resolution is the default value; expected a resolution the catalog made.", nameof(resolution))
            : Checked(catalog, resolution.Version, resolution.Requested, resolution.AsOf, nameof(resolution), nameof(resolution));

    /// <summary>Records that a second rule's version also applies, with its sources.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="resolution">The other rule's resolution.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentException"><paramref name="resolution"/> is the default value.</exception>
    public ExplanationRecorder AlsoApplies<TPolicy>(PolicyResolution<TPolicy> resolution)
        where TPolicy : class =>
        resolution.Equals(default) ? throw new ArgumentException("resolution is the default value; expected a resolution the catalog made.", nameof(resolution))
        : _wording.Holds(resolution.Version) ? AlsoApplies(resolution.Version)
        : throw new ArgumentException($"resolution is of {resolution.Version}, which the recorder's catalog does not hold; expected a resolution of the catalog.", nameof(resolution));

    /// <summary>Records that a second rule's version also applies, with its sources.</summary>
    /// <param name="version">The other rule's version.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException">The recorder's catalog does not hold <paramref name="version"/>.</exception>
    public ExplanationRecorder AlsoApplies(PolicyVersion version)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(version);
        if (!_wording.Holds(version))
        {
            throw new ArgumentException($"version is {version}, which the recorder's catalog does not hold; expected a version the catalog resolved.", nameof(version));
        }

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

    /// <summary>Records an input the evaluation read, worded in both languages.</summary>
    /// <param name="name">The input's name, such as <c>hours</c>.</param>
    /// <param name="english">The input in English, such as <c>120 hours</c>.</param>
    /// <param name="chinese">The input in Chinese, such as <c>120小时</c>.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public ExplanationRecorder Input(string name, string english, string chinese)
    {
        _inputs.Add(new(Ardalis.GuardClauses.Guard.Against.NullArgument(name), Ardalis.GuardClauses.Guard.Against.NullArgument(english), Ardalis.GuardClauses.Guard.Against.NullArgument(chinese)));
        return this;
    }

    /// <summary>Records a population the evaluation read.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="population">The population.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ExplanationRecorder Input(string name, Population population) =>
        Input(name, KernelText.Population(population, ExplanationLanguage.English), KernelText.Population(population, ExplanationLanguage.Chinese));

    /// <summary>Records a number of households the evaluation read.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="households">The households.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ExplanationRecorder Input(string name, HouseholdCount households) =>
        Input(name, KernelText.Households(households, ExplanationLanguage.English), KernelText.Households(households, ExplanationLanguage.Chinese));

    /// <summary>Records the quantity a count-based rule read, in its unit: "2000 households", "2000户".</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="units">How many.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public ExplanationRecorder Input(CountUnit unit, long units) =>
        Input(Ardalis.GuardClauses.Guard.Against.UndefinedEnum(unit) == CountUnit.Households ? "households" : "population", FormulaText.Units(units, unit, ExplanationLanguage.English), FormulaText.Units(units, unit, ExplanationLanguage.Chinese));

    /// <summary>Records a condition the evaluation checked, held or failed, worded in both languages.</summary>
    /// <param name="holds">Whether it holds.</param>
    /// <param name="english">The condition in English.</param>
    /// <param name="chinese">The condition in Chinese.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public ExplanationRecorder Condition(bool holds, string english, string chinese) =>
        Step(KernelText.Condition(holds, Ardalis.GuardClauses.Guard.Against.NullArgument(english), Ardalis.GuardClauses.Guard.Against.NullArgument(chinese)));

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
    /// <param name="english">The remark in English.</param>
    /// <param name="chinese">The remark in Chinese.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public ExplanationRecorder Remark(string english, string chinese) => Step(new ExplanationStep(ExplanationStepKind.Remark, english, chinese));

    /// <summary>Records a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public ExplanationRecorder Step(ExplanationStep step)
    {
        _steps.Add(Ardalis.GuardClauses.Guard.Against.NullArgument(step));
        return this;
    }

    /// <summary>Records the band a quantity fell in and, at a shared boundary, the first-listed-wins reading.</summary>
    /// <typeparam name="TQuantity">The quantity the bands divide.</typeparam>
    /// <typeparam name="TValue">The bands' value.</typeparam>
    /// <param name="match">The band matched (<c>BandTable.Match</c>).</param>
    /// <param name="value">Words a band's value in a language.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="match"/> is the default value.</exception>
    public ExplanationRecorder Band<TQuantity, TValue>(BandMatch<TQuantity, TValue> match, Func<TValue, ExplanationLanguage, string> value)
        where TQuantity : struct, IComparable<TQuantity>
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(value);
        if (match.Equals(default))
        {
            throw new ArgumentException("match is the default value; expected a match a band table made.", nameof(match));
        }

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

    /// <summary>Records the computation of a count formula for a number of units, step by step, in the policy's unit.</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="unit">The unit it counts.</param>
    /// <param name="units">How many units.</param>
    /// <returns>This recorder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public ExplanationRecorder Formula(CountFormula formula, CountUnit unit, long units)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(formula);
        Ardalis.GuardClauses.Guard.Against.UndefinedEnum(unit);
        var steps = new List<ExplanationStep>();
        FormulaText.Narrate(formula, unit, units, steps);
        _steps.AddRange(steps);
        return this;
    }

    /// <summary>Makes the explanation with its result, worded in both languages; the recorder is spent (its inputs and steps move into the explanation).</summary>
    /// <param name="name">The result's name, such as <c>level</c>.</param>
    /// <param name="english">The result in English.</param>
    /// <param name="chinese">The result in Chinese.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public Explanation Result(string name, string english, string chinese) =>
        new(_ruleId, _policy, _jurisdiction, _definedAt, _asOf, _inputs.DrainToImmutable(), _steps.DrainToImmutable(), new(Ardalis.GuardClauses.Guard.Against.NullArgument(name), Ardalis.GuardClauses.Guard.Against.NullArgument(english), Ardalis.GuardClauses.Guard.Against.NullArgument(chinese)), _citations);
}
