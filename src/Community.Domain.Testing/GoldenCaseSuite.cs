using System.Collections.Concurrent;
using System.Collections.Immutable;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Json;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Testing;

/// <summary>
/// A folder of golden case documents (every <c>*.json</c> in it and below, in name order) and the catalog
/// they run against: the built-in catalog with the given catalog documents laid over it, in order (PolicyDocument.OverlayOn). Loaded once
/// per folder and catalog list, and shared by every row of a theory.
/// </summary>
public sealed class GoldenCaseSuite
{
    private static readonly ConcurrentDictionary<string, Lazy<GoldenCaseSuite>> Loaded = new(StringComparer.Ordinal);

    private GoldenCaseSuite(string folder, ModuleRegistry modules, ImmutableArray<string> catalogs, PolicyCatalog? catalog, ImmutableArray<(string File, GoldenCase Case)> cases, ImmutableArray<string> problems)
    {
        Folder = folder;
        Modules = modules;
        CatalogFiles = catalogs;
        Catalog = catalog;
        Cases = cases;
        Problems = problems;
    }

    /// <summary>Gets the folder's full path.</summary>
    public string Folder { get; }

    /// <summary>Gets the modules whose kinds, evaluations and built-ins the suite uses: the built-in modules and those it was loaded with.</summary>
    public ModuleRegistry Modules { get; }

    /// <summary>Gets the full paths of the catalog documents that extend the built-in catalog.</summary>
    public ImmutableArray<string> CatalogFiles { get; }

    /// <summary>Gets the catalog the cases run against, or null if a catalog document has problems.</summary>
    public PolicyCatalog? Catalog { get; }

    /// <summary>Gets every case with the file it comes from (relative to <see cref="Folder"/>).</summary>
    public ImmutableArray<(string File, GoldenCase Case)> Cases { get; }

    /// <summary>Gets every problem found in the case and catalog documents, each with its file and JSON path; the suite runs no case while there are any.</summary>
    public ImmutableArray<string> Problems { get; }

    /// <summary>Loads a folder of case documents and the catalog documents they run against, or returns the suite already loaded for them.</summary>
    /// <param name="folder">The folder of case documents; a relative path is taken from the test assembly's folder.</param>
    /// <param name="catalogFiles">Catalog documents that extend the built-in catalog, in order; relative paths as for <paramref name="folder"/>.</param>
    /// <returns>The suite. Problems in the documents are in <see cref="Problems"/>, not thrown.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is blank, or a catalog file name is.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static GoldenCaseSuite Load(string folder, params string[] catalogFiles) => Load(folder, [], catalogFiles);

    /// <summary>Loads a folder of case documents and the catalog documents they run against, with modules of your own beside the built-in ones, or returns the suite already loaded for them.</summary>
    /// <param name="folder">The folder of case documents; a relative path is taken from the test assembly's folder.</param>
    /// <param name="modules">Module types of your own (deriving from <see cref="DomainModule"/>, with a public parameterless constructor).</param>
    /// <param name="catalogFiles">Catalog documents that extend the built-in catalog (with the modules' built-ins), in order; relative paths as for <paramref name="folder"/>.</param>
    /// <returns>The suite. Problems in the documents are in <see cref="Problems"/>, not thrown.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is blank, a catalog file name is, or a module type is not a <see cref="DomainModule"/> with a public parameterless constructor.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="PolicyDefinitionException">The modules conflict with the built-in modules or each other; every problem is listed.</exception>
    public static GoldenCaseSuite Load(string folder, IReadOnlyList<Type> modules, params string[] catalogFiles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(catalogFiles);
        var root = FullPath(folder);
        var catalogs = catalogFiles.Select((file, i) => string.IsNullOrWhiteSpace(file) ? throw new ArgumentException($"catalogFiles[{i}] is blank; expected the path of a catalog document.", nameof(catalogFiles)) : FullPath(file)).ToImmutableArray();
        var types = modules.Select((type, i) => type is not null && type.IsSubclassOf(typeof(DomainModule)) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null
            ? type
            : throw new ArgumentException($"modules[{i}] is {type?.FullName ?? "null"}; expected a type deriving from DomainModule with a public parameterless constructor.", nameof(modules))).ToList();
        var key = root + "|" + string.Join("|", catalogs) + "|" + string.Join("|", types.Select(static t => t.AssemblyQualifiedName));
        return Loaded.GetOrAdd(key, _ => new Lazy<GoldenCaseSuite>(() => Read(root, Registry(types), catalogs))).Value;
    }

    /// <summary>Runs one case of the suite.</summary>
    /// <param name="file">The case's file, relative to <see cref="Folder"/>.</param>
    /// <param name="name">The case's name.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="InvalidOperationException">The suite has problems, so no case runs; the message lists them.</exception>
    /// <exception cref="ArgumentException">The suite has no such case.</exception>
    public GoldenCaseResult Run(string file, string name)
    {
        if (!Problems.IsEmpty || Catalog is null)
        {
            throw new InvalidOperationException("The golden case documents have problems, so no case runs:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));
        }

        var found = Cases.Where(c => c.File == file && c.Case.Name == name).Select(c => c.Case).FirstOrDefault()
            ?? throw new ArgumentException($"There is no case \"{name}\" in {file} under {Folder}.", nameof(name));
        return found.Run(Catalog);
    }

    private static string FullPath(string path) =>
        Path.IsPathRooted(path) ? Path.GetFullPath(path) : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));

    private static ModuleRegistry Registry(List<Type> modules) =>
        modules.Count == 0 ? BuiltInModules.Registry : BuiltInModules.Registry.With(modules.Select(static t => (DomainModule)Activator.CreateInstance(t)!));

    private static GoldenCaseSuite Read(string root, ModuleRegistry modules, ImmutableArray<string> catalogs)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The golden case folder {root} does not exist; copy the cases to the test output (CopyToOutputDirectory) or give a full path.");
        }

        var problems = new List<string>();
        var builder = modules == BuiltInModules.Registry ? BuiltInCatalog.CreateBuilder() : modules.CreateCatalogBuilder();
        foreach (var file in catalogs)
        {
            if (!File.Exists(file))
            {
                problems.Add($"{file}: the catalog document does not exist.");
            }
            else if (PolicyDocument.TryParse(File.ReadAllBytes(file), modules, out var document, out var found))
            {
                document.OverlayOn(builder);
            }
            else
            {
                problems.AddRange(found.Select(p => $"{file}: {p}"));
            }
        }

        PolicyCatalog? catalog = null;
        if (problems.Count == 0 && !builder.TryBuild(out catalog, out var catalogProblems))
        {
            problems.AddRange(catalogProblems.Select(p => $"{string.Join(", ", catalogs)}: {p}"));
        }

        var cases = ImmutableArray.CreateBuilder<(string, GoldenCase)>();
        foreach (var path in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (catalogs.Contains(Path.GetFullPath(path)))
            {
                continue;
            }

            if (GoldenCaseDocument.TryParse(File.ReadAllBytes(path), modules, out var document, out var found))
            {
                cases.AddRange(document.Cases.Select(c => (relative, c)));
            }
            else
            {
                problems.AddRange(found.Select(p => $"{relative}: {p}"));
            }
        }

        return new GoldenCaseSuite(root, modules, catalogs, catalog, cases.ToImmutable(), [.. problems]);
    }
}
