using Community.Domain.Cases;
using Xunit.Sdk;

namespace Community.Domain.Testing;

/// <summary>
/// One row of a <see cref="GoldenCasesAttribute"/> theory: a case of a suite, named as the case is, or the
/// suite's problems when its documents cannot be read. Call <see cref="AssertPasses"/> in the theory.
/// </summary>
public sealed class GoldenCaseRow : IXunitSerializable
{
    private string _folder = string.Empty;
    private string[] _catalogs = [];
    private string[] _modules = [];

    /// <summary>Initializes a new instance of the <see cref="GoldenCaseRow"/> class, for xunit's deserialization.</summary>
    [Obsolete("Called by xunit's deserialization only.")]
    public GoldenCaseRow()
    {
    }

    internal GoldenCaseRow(string folder, string[] catalogs, string[] modules, string file, string name)
    {
        _folder = folder;
        _catalogs = catalogs;
        _modules = modules;
        File = file;
        Name = name;
    }

    /// <summary>Gets the case's file, relative to the suite's folder (empty for the row reporting problems).</summary>
    public string File { get; private set; } = string.Empty;

    /// <summary>Gets the case's name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Runs the case against the suite's catalog.</summary>
    /// <returns>The outcome.</returns>
    /// <exception cref="InvalidOperationException">The suite's documents have problems; the message lists them.</exception>
    /// <exception cref="TypeLoadException">A module type of the row can no longer be found.</exception>
    public GoldenCaseResult Run() =>
        GoldenCaseSuite.Load(_folder, [.. _modules.Select(static name => Type.GetType(name, throwOnError: true)!)], _catalogs).Run(File, Name);

    /// <summary>Runs the case and fails the test unless it passes, showing expected beside actual and the explanation in both languages.</summary>
    /// <exception cref="GoldenCaseFailedException">The case did not pass.</exception>
    /// <exception cref="InvalidOperationException">The suite's documents have problems; the message lists them.</exception>
    public void AssertPasses()
    {
        var result = Run();
        if (!result.Passed)
        {
            throw new GoldenCaseFailedException(result);
        }
    }

    /// <inheritdoc/>
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _folder = info.GetValue<string>("folder") ?? string.Empty;
        _catalogs = info.GetValue<string[]>("catalogs") ?? [];
        _modules = info.GetValue<string[]>("modules") ?? [];
        File = info.GetValue<string>("file") ?? string.Empty;
        Name = info.GetValue<string>("name") ?? string.Empty;
    }

    /// <inheritdoc/>
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("folder", _folder);
        info.AddValue("catalogs", _catalogs);
        info.AddValue("modules", _modules);
        info.AddValue("file", File);
        info.AddValue("name", Name);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
