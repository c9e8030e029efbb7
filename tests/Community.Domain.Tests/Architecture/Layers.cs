namespace Community.Domain.Tests.Architecture;

/// <summary>The library's layers, by namespace under Community.Domain: arrows point down only.</summary>
internal static class Layers
{
    public const string Root = "Community.Domain";

    /// <summary>The kernel, bottom first: knows no basics, module or composition, and each of its namespaces knows only those before it.</summary>
    public static readonly string[] Kernel = ["Shared", "Serialization", "Primitives", "Jurisdictions", "Sources", "Policies", "Explanations", "Documents", "Modules"];

    /// <summary>Community basics, shared by every module.</summary>
    public static readonly string[] Basics = ["Communities", "Assessments", "Declarations"];

    /// <summary>One namespace per domain concept, none knowing another: the namespaces of the registered built-in modules, read from the registry (a new module is placed by registering it).</summary>
    public static readonly string[] Modules = [.. Domain.BuiltIn.BuiltInModules.Registry.Modules.Select(m => m.GetType().Namespace!).Select(ns => ns[(Root.Length + 1)..])];

    /// <summary>What combines modules: budgets, the built-in catalog, dependency injection, JSON.</summary>
    public static readonly string[] Composition = ["Batches", "Budgets", "BuiltIn", "Cases", "DependencyInjection", "Json"];

    public static IEnumerable<string> All => Kernel.Concat(Basics).Concat(Modules).Concat(Composition);

    public static string Namespace(string folder) => folder.Length == 0 ? Root : Root + "." + folder;

    /// <summary>A regular expression matching exactly the namespaces of the given folders.</summary>
    public static string Matching(IEnumerable<string> folders) =>
        "^(" + string.Join("|", folders.Select(f => System.Text.RegularExpressions.Regex.Escape(Namespace(f)))) + ")$";
}
