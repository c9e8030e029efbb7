using System.Text.RegularExpressions;

namespace Community.Domain.Tests.Architecture;

/// <summary>Rules read off the library's source files: one type per file, namespace = folder, Chinese text only where it belongs.</summary>
public sealed partial class SourceFileTests
{
    public static TheoryData<string> LibraryFiles => [.. SourceFiles.Library().Select(SourceFiles.Relative)];

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void SourceFile_DeclaresOneTopLevelTypeNamedAfterIt(string file)
    {
        var types = SourceFiles.TopLevelTypes(SourceFiles.Read(file));
        var stem = Path.GetFileNameWithoutExtension(file).Split('.')[0];
        types.Should().ContainSingle("a file holds one type (a big type may split by facet, as Band.Generic.cs does)")
            .Which.Should().Be(stem, "a file is named after its type");
    }

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void SourceFile_NamespaceIsItsFolder(string file)
    {
        var folder = Path.GetDirectoryName(file)!.Replace(Path.DirectorySeparatorChar, '.');
        var expected = folder.Length == 0 ? Layers.Root : Layers.Root + "." + folder;
        NamespaceDeclaration().Match(SourceFiles.Read(file)).Groups[1].Value.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(LibraryFiles))]
    public void SourceFile_HoldsChineseTextOnlyInTextFilesAndBuiltInDefinitions(string file)
    {
        if (SourceFiles.MayHoldChinese(file))
        {
            return;
        }

        SourceFiles.ChineseOutsideComments(SourceFiles.Read(file)).Should().BeEmpty(
            "Chinese phrases live in the module's one text file (…Text.cs), or in the built-in definitions that quote their source (…Policies.cs, KnownJurisdictions.cs, SourceDocuments.cs)");
    }

    [Fact]
    public void ChineseRule_FindsChineseInCodeButNotInComments()
    {
        SourceFiles.ChineseOutsideComments("var x = \"居委会\";\n").Should().ContainSingle();
        SourceFiles.ChineseOutsideComments("/// <summary>Director (主任).</summary>\n// 以上\nint x;\n").Should().BeEmpty();
        SourceFiles.MayHoldChinese(Path.Combine("Committees", "CommitteeText.cs")).Should().BeTrue();
        SourceFiles.MayHoldChinese(Path.Combine("Committees", "CommitteeEvaluator.cs")).Should().BeFalse();
    }

    [Fact]
    public void TypeRule_FindsEveryTopLevelType() =>
        SourceFiles.TopLevelTypes("namespace A;\n\npublic sealed class B\n{\n    private sealed class C { }\n}\n\ninternal readonly record struct D(int X);\npublic enum E { }\n")
            .Should().Equal("B", "D", "E");

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();
}
