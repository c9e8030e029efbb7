using Community.Domain.Cases;

namespace Community.Domain.BuiltIn;

/// <summary>
/// The golden cases of the built-in catalog: for every rule the catalog encodes, cases at the values the
/// source names (each boundary on both sides, effective dates, refusals where no version is in force),
/// with the answers the sources give. They run in CI against <see cref="BuiltInCatalog.Instance"/> and
/// against the same catalog read back from its document.
/// </summary>
public static class BuiltInGoldenCases
{
    private const string ResourceName = "Community.Domain.golden-cases.json";

    /// <summary>Gets the cases' document text, in the case document format (docs/policies-as-data.md).</summary>
    public static string Json { get; } = Read();

    /// <summary>Gets the cases, read once.</summary>
    public static GoldenCaseDocument Document { get; } = GoldenCaseDocument.Parse(Json);

    // An embedded resource is part of the assembly, not a file: reading it is no I/O.
    private static string Read()
    {
        using var stream = typeof(BuiltInGoldenCases).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library holds no resource {ResourceName}; the package is damaged.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
