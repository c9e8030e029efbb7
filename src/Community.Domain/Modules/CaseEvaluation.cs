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
    private CaseEvaluation(string name, DocumentSchema inputs, JsonTypeInfo result, Func<DocumentNode, JurisdictionCode, LocalDate, Func<PolicyCatalog, CaseOutcome>> prepare)
    {
        Name = name;
        Inputs = inputs;
        InputNames = [.. inputs.Members.Select(m => m.Name)];
        ResultType = result.Type;
        ResultInfo = result;
        Prepare = prepare;
    }

    /// <summary>Gets the evaluation's name in a case document, such as <c>committees.quota</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the schema of the inputs it reads: an object whose members are the inputs, each with what it means; a case giving any other input is refused at its path.</summary>
    /// <remarks>The JSON Schema of case documents (<c>GoldenCaseDocument.JsonSchema</c>) is assembled from every registered evaluation's inputs.</remarks>
    public DocumentSchema Inputs { get; }

    /// <summary>Gets the names of the inputs.</summary>
    internal string[] InputNames { get; }

    /// <summary>Gets the type of its result.</summary>
    public Type ResultType { get; }

    /// <summary>Gets the JSON metadata its result is written with, against which a case's expected result is checked member by member.</summary>
    internal JsonTypeInfo ResultInfo { get; }

    /// <summary>Gets how it reads a case's inputs and evaluates them against a catalog.</summary>
    internal Func<DocumentNode, JurisdictionCode, LocalDate, Func<PolicyCatalog, CaseOutcome>> Prepare { get; }

    /// <summary>Makes an evaluation.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">Its name in a case document: lower-case letters, digits, dots and hyphens, such as <c>volunteers.assessment</c>.</param>
    /// <param name="inputs">The schema of the inputs it reads: an object (<see cref="DocumentSchema.Object"/>) with a member per input, each with its description.</param>
    /// <param name="result">The result's JSON metadata, such as the module's source-generated context gives: the case's result is written with it.</param>
    /// <param name="prepare">Reads the inputs and returns the explaining call to run against a catalog.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not such a name, or <paramref name="inputs"/> is not the schema of an object.</exception>
    public static CaseEvaluation Create<TResult>(string name, DocumentSchema inputs, JsonTypeInfo<TResult> result, CasePreparation<TResult> prepare)
    {
        ModuleNames.CheckEvaluation(Guard.Against.NullArgument(name), nameof(name));
        Guard.Against.NullArgument(inputs);
        if (inputs.Shape != DocumentSchemaShape.Object || inputs.DefinitionName is not null)
        {
            throw new ArgumentException($"inputs is {inputs}; expected the schema of an object (DocumentSchema.Object), with a member per input.", nameof(inputs));
        }

        Guard.Against.NullArgument(result);
        Guard.Against.NullArgument(prepare);
        return new CaseEvaluation(name, inputs, result, (node, jurisdiction, date) =>
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
