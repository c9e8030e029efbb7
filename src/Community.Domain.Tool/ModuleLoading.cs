using System.Reflection;
using Community.Domain.Modules;

namespace Community.Domain.Tool;

/// <summary>
/// The tool's one loading of code: the modules of an assembly a user names with <c>--module</c>. It runs
/// that assembly's code (its module constructors and registrations, its evaluators), with the tool's
/// rights: load only assemblies you trust, as you would reference a package.
/// </summary>
internal static class ModuleLoading
{
    /// <summary>Loads an assembly and makes one instance of each of its public, non-abstract <see cref="DomainModule"/> types.</summary>
    /// <param name="path">The assembly's path; its dependencies are looked for beside it.</param>
    /// <returns>The modules, in the order of their full type names.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    /// <exception cref="ArgumentException">The assembly holds no module, or a module has no public parameterless constructor.</exception>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Loads a user's assembly and creates its module types by reflection; the tool is not trimmed.")]
    public static IReadOnlyList<DomainModule> Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"--module names {path}, which does not exist; expected the path of an assembly (.dll) holding modules.", path);
        }

        var assembly = Assembly.LoadFrom(full);
        var types = assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(DomainModule).IsAssignableFrom(t) && t != typeof(Community.Domain.Declarations.DeclaredModule))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        if (types.Count == 0)
        {
            throw new ArgumentException($"--module names {path}, whose public types include no module; expected a public class deriving from {nameof(DomainModule)}.");
        }

        return [.. types.Select(type => type.GetConstructor(Type.EmptyTypes) is { } constructor
            ? Make(path, type, constructor)
            : throw new ArgumentException($"--module names {path}, whose module {type.FullName} has no public parameterless constructor; expected one, so that the tool can make it."))];
    }

    private static DomainModule Make(string path, Type type, ConstructorInfo constructor)
    {
        try
        {
            return (DomainModule)constructor.Invoke(null);
        }
        catch (TargetInvocationException failed) when (failed.InnerException is { } inner)
        {
            throw new ArgumentException($"--module names {path}, whose module {type.FullName} failed to construct: {inner.Message}", inner);
        }
    }
}
