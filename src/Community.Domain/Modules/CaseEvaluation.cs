using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Modules;

/// <summary>
/// One evaluation a golden case may name, contributed by a module: its name (such as
/// <c>committees.quota</c>), the inputs it reads, the type of its result and how it evaluates.
/// </summary>
/// <remarks>
/// A case's result is written with the metadata given, as the library writes results; the case's
/// expectations compare against that JSON. Plain inputs are camelCase members (<c>"population": 3000</c>);
/// inputs that are library values take their own JSON form (<see cref="DocumentNode.Value{T}"/>).
/// </remarks>
public sealed class CaseEvaluation
{
    private CaseEvaluation(string name, ImmutableArray<string> inputs, Type resultType, Func<DocumentNode, JurisdictionCode, LocalDate, Func<PolicyCatalog, CaseOutcome>> prepare)
    {
        Name = name;
        Inputs = inputs;
        ResultType = resultType;
        Prepare = prepare;
    }

    /// <summary>Gets the evaluation's name in a case document, such as <c>committees.quota</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the names of the inputs it reads; a case giving any other input is refused at its path.</summary>
    public ImmutableArray<string> Inputs { get; }

    /// <summary>Gets the type of its result.</summary>
    public Type ResultType { get; }

    /// <summary>Gets how it reads a case's inputs and evaluates them against a catalog.</summary>
    internal Func<DocumentNode, JurisdictionCode, LocalDate, Func<PolicyCatalog, CaseOutcome>> Prepare { get; }

    /// <summary>Makes an evaluation.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">Its name in a case document: lower-case letters, digits, dots and hyphens, such as <c>volunteers.assessment</c>.</param>
    /// <param name="inputs">The names of the inputs it reads, each once.</param>
    /// <param name="result">The result's JSON metadata, such as the module's source-generated context gives: the case's result is written with it.</param>
    /// <param name="prepare">Reads the inputs and returns the explaining call to run against a catalog.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument or an input name is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not such a name, or an input name is blank or given twice.</exception>
    public static CaseEvaluation Create<TResult>(string name, IEnumerable<string> inputs, JsonTypeInfo<TResult> result, CasePreparation<TResult> prepare)
    {
        ModuleNames.CheckEvaluation(Guard.Against.NullArgument(name), nameof(name));
        var names = Guard.Against.NoNullElements(inputs);
        for (var i = 0; i < names.Length; i++)
        {
            var argument = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"inputs[{i}]");
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new ArgumentException($"{argument} is blank; expected the name of an input.", argument);
            }

            if (names.IndexOf(names[i]) != i)
            {
                throw new ArgumentException($"{argument} is \"{names[i]}\", named before; expected each input once.", argument);
            }
        }

        Guard.Against.NullArgument(result);
        Guard.Against.NullArgument(prepare);
        return new CaseEvaluation(name, names, typeof(TResult), (node, jurisdiction, date) =>
        {
            var evaluate = prepare(node, jurisdiction, date);
            return catalog =>
            {
                var explained = evaluate(catalog);
                return new CaseOutcome(JsonSerializer.SerializeToElement(explained.Value, result), explained.Explanation);
            };
        });
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
