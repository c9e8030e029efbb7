using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using Community.Domain.Policies;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Community.Domain.Tests.Architecture;

/// <summary>Arrows point down: kernel, community basics, modules, composition (docs/architecture.md).</summary>
public sealed class LayeringTests
{
    private static readonly ArchUnitNET.Domain.Architecture Library =
        new ArchLoader().LoadAssemblies(typeof(PolicyCatalog).Assembly).Build();

    public static TheoryData<string> ModuleNames => [.. Layers.Modules];

    public static TheoryData<string> KernelNames => [.. Layers.Kernel];

    [Fact]
    public void Kernel_DependsOnNoBasicsModuleOrComposition() =>
        Forbid(Layers.Kernel, Layers.Basics.Concat(Layers.Modules).Concat(Layers.Composition)).Check(Library);

    [Fact]
    public void Policies_DoNotDependOnExplanations() =>
        Forbid(["Policies"], ["Explanations"]).Check(Library);

    // Inside the kernel, too, arrows point down: Primitives know no policies, Sources no explanations.
    [Theory]
    [MemberData(nameof(KernelNames))]
    public void KernelNamespace_DependsOnlyOnThoseBelowIt(string kernel) =>
        Forbid([kernel], Layers.Kernel.SkipWhile(k => k != kernel).Skip(1)).Check(Library);

    [Fact]
    public void TheLibrarysRootNamespace_HoldsNoType() =>
        typeof(PolicyCatalog).Assembly.GetTypes().Where(t => t.Namespace == Layers.Root && !t.Name.StartsWith('<')).Should().BeEmpty("loose files go into a folder that says what they are");

    [Fact]
    public void CommunityBasics_DependOnNoModuleOrComposition() =>
        Forbid(Layers.Basics, Layers.Modules.Concat(Layers.Composition)).Check(Library);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_DependsOnNoOtherModuleNorComposition(string module) =>
        Forbid([module], Layers.Modules.Where(m => m != module).Concat(Layers.Composition)).Check(Library);

    [Fact]
    public void EveryNamespace_BelongsToALayer()
    {
        var known = Layers.All.Select(Layers.Namespace).ToHashSet(StringComparer.Ordinal);
        var unplaced = typeof(PolicyCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith(Layers.Root, StringComparison.Ordinal) && !known.Contains(ns))
            .Select(t => t.FullName)
            .ToList();
        unplaced.Should().BeEmpty("every namespace must be placed in a layer in Layers.cs, so that the layering rules cover it");
    }

    // The rules can fail: composition does depend on modules, so the same rule written the other way
    // round finds violations, and a module that used another module would be found the same way.
    [Fact]
    public void ForbiddenDependencyRule_ReportsAnExistingDependency()
    {
        Forbid(["Budgets"], ["Subsidies"]).HasNoViolations(Library).Should().BeFalse();
        Forbid(["BuiltIn"], Layers.Modules).HasNoViolations(Library).Should().BeFalse();
        Forbid(["Committees"], ["Communities"]).HasNoViolations(Library).Should().BeFalse();
        Forbid(["Modules"], ["Documents"]).HasNoViolations(Library).Should().BeFalse("the kernel's order rule finds what the module contract uses");
    }

    private static ArchUnitNET.Fluent.Syntax.Elements.Types.TypesShouldConjunctionWithDescription Forbid(IEnumerable<string> from, IEnumerable<string> to) =>
        Types().That().ResideInNamespaceMatching(Layers.Matching(from))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(Layers.Matching(to)))
            .Because("arrows point down: kernel, community basics, modules, composition");
}
