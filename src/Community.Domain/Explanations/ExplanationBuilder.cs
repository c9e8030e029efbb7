using System.Collections.Immutable;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Explanations;

/// <summary>Assembles an <see cref="Explanation"/> step by step; used only when an explanation is asked for.</summary>
internal sealed class ExplanationBuilder
{
    private readonly RuleId _ruleId;
    private readonly ExplanationText _policy;
    private readonly ExplanationText _jurisdiction;
    private readonly ExplanationText _definedAt;
    private readonly NodaTime.LocalDate _asOf;
    private ImmutableArray<Citation> _citations;
    private readonly PolicyCatalog _catalog;
    private readonly ImmutableArray<ExplanationText>.Builder _inputs = ImmutableArray.CreateBuilder<ExplanationText>(2);
    private readonly ImmutableArray<ExplanationStep>.Builder _steps = ImmutableArray.CreateBuilder<ExplanationStep>(4);

    private ExplanationBuilder(PolicyCatalog catalog, PolicyVersion version, Jurisdictions.JurisdictionCode requested, NodaTime.LocalDate asOf)
    {
        _ruleId = version.RuleId;
        _policy = version.Kind.Text;
        _jurisdiction = catalog.JurisdictionText(requested);
        _definedAt = catalog.JurisdictionText(version.Jurisdiction);
        _asOf = asOf;
        _catalog = catalog;
        _citations = version.Citations;
        _steps.Add(catalog.ResolutionStep(version));
        if (version.Jurisdiction != requested)
        {
            _steps.Add(Wording.Inheritance(_jurisdiction, _definedAt, asOf));
        }
    }

    public static ExplanationBuilder For<TPolicy>(PolicyCatalog catalog, PolicyResolution<TPolicy> resolution)
        where TPolicy : class =>
        new(catalog, resolution.Version, resolution.Requested, resolution.AsOf);

    /// <summary>Records that a second rule's version also applies, with its sources.</summary>
    public ExplanationBuilder AlsoApplies<TPolicy>(PolicyResolution<TPolicy> resolution)
        where TPolicy : class
    {
        var version = resolution.Version;
        var resolved = _catalog.ResolutionStep(version);
        _steps.Add(new(ExplanationStepKind.Resolution, $"{version.RuleId} ({version.Kind.EnglishName}) also applies. {resolved.English}", $"{version.RuleId}({version.Kind.ChineseName})同时适用。{resolved.Chinese}"));
        foreach (var citation in version.Citations)
        {
            if (!_citations.Contains(citation))
            {
                _citations = _citations.Add(citation);
            }
        }

        return this;
    }

    public ExplanationBuilder Input(string name, string english, string chinese)
    {
        _inputs.Add(new(name, english, chinese));
        return this;
    }

    public ExplanationBuilder Input(string name, Primitives.Population population) =>
        Input(name, Wording.Population(population, ExplanationLanguage.English), Wording.Population(population, ExplanationLanguage.Chinese));

    public ExplanationBuilder Condition(bool holds, string english, string chinese) =>
        Step(new(ExplanationStepKind.Condition, (holds ? "Holds: " : "Fails: ") + english, (holds ? "符合:" : "不符合:") + chinese));

    public ExplanationBuilder Step(ExplanationStep step)
    {
        _steps.Add(step);
        return this;
    }

    public ExplanationBuilder Band<TQuantity, TValue>(BandMatch<TQuantity, TValue> match, Func<TValue, ExplanationLanguage, string> value)
        where TQuantity : struct, IComparable<TQuantity>
    {
        var english = Wording.Quantity(match.Quantity, ExplanationLanguage.English);
        var chinese = Wording.Quantity(match.Quantity, ExplanationLanguage.Chinese);
        var band = match.Band;
        _steps.Add(Wording.BandMatched(match.Table.PlaceOf(match.ListedIndex), english, chinese, value(band.Value, ExplanationLanguage.English), value(band.Value, ExplanationLanguage.Chinese)));
        if (match.IsDecidedByFirstListedWins)
        {
            _steps.Add(Wording.FirstListedWins(match.Table.PlaceOf(match.TiedListedIndex), english, chinese));
        }

        return this;
    }

    public Explanation Result(string name, string english, string chinese) =>
        new(_ruleId, _policy, _jurisdiction, _definedAt, _asOf, _inputs.DrainToImmutable(), _steps.DrainToImmutable(), new(name, english, chinese), _citations);
}
