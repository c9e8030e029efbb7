using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace Community.Domain.Testing;

/// <summary>
/// Theory data from a folder of golden case documents: one row per case, named as the case is, each a
/// <see cref="GoldenCaseRow"/> to run with <see cref="GoldenCaseRow.AssertPasses"/>.
/// </summary>
/// <example>
/// <code>
/// [Theory]
/// [GoldenCases("cases", Catalogs = ["catalog.json"])]
/// public void Passes(GoldenCaseRow row) => row.AssertPasses();
/// </code>
/// </example>
/// <param name="folder">The folder of case documents; a relative path is taken from the test assembly's folder.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class GoldenCasesAttribute(string folder) : DataAttribute
{
    /// <summary>Gets the folder of case documents.</summary>
    public string Folder { get; } = folder;

    /// <summary>Gets or sets the catalog documents that extend the built-in catalog, in order; none by default.</summary>
    public string[] Catalogs { get; set; } = [];

    /// <summary>Gets or sets modules of your own (types deriving from <c>DomainModule</c> with a public parameterless constructor), registered beside the built-in modules: their kinds may stand in the catalog documents, their evaluations in the cases, and their built-ins join the catalog. None by default.</summary>
    public Type[] Modules { get; set; } = [];

    /// <inheritdoc/>
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var suite = GoldenCaseSuite.Load(Folder, Modules, Catalogs);
        string[] modules = [.. Modules.Select(static m => m.AssemblyQualifiedName!)];
        IReadOnlyCollection<ITheoryDataRow> rows = suite.Problems.IsEmpty
            ? [.. suite.Cases.Select(c => new TheoryDataRow<GoldenCaseRow>(new GoldenCaseRow(suite.Folder, [.. suite.CatalogFiles], modules, c.File, c.Case.Name)) { TestDisplayName = $"{c.File}: {c.Case.Name}" })]
            : [new TheoryDataRow<GoldenCaseRow>(new GoldenCaseRow(suite.Folder, [.. suite.CatalogFiles], modules, string.Empty, "the case documents have problems")) { TestDisplayName = $"{Folder}: the documents have {suite.Problems.Length} problem(s)" }];
        return new(rows);
    }

    /// <inheritdoc/>
    public override bool SupportsDiscoveryEnumeration() => true;
}
