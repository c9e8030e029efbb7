using System.Text;

namespace Community.Domain.Tests.Architecture;

/// <summary>docs/architecture.md draws the one layer picture that Layers.cs defines: the picture is rendered from it and compared.</summary>
public sealed class ArchitectureDocumentTests
{
    private const string Begin = "<!-- layers: rendered from tests/Community.Domain.Tests/Architecture/Layers.cs; ArchitectureDocumentTests fails when they differ -->";

    private const string End = "<!-- /layers -->";

    /// <summary>The picture of the layers, top first, as docs/architecture.md shows it.</summary>
    public static string Picture()
    {
        var text = new StringBuilder();
        text.Append("```").Append('\n');
        text.Append("4  Composition  ").Append(string.Join(" · ", Layers.Composition)).Append('\n');
        text.Append("        ▼  may use every layer below").Append('\n');
        text.Append("3  Modules      ").Append(string.Join(" │ ", Layers.Modules)).Append('\n');
        text.Append("        ▼  no module uses another; each registers through the module contract (Kernel: Modules)").Append('\n');
        text.Append("2  Basics       ").Append(string.Join(" · ", Layers.Basics)).Append('\n');
        text.Append("        ▼").Append('\n');
        text.Append("1  Kernel       ").Append(string.Join(" → ", Layers.Kernel.Reverse())).Append('\n');
        text.Append("                (each uses only those to its right)").Append('\n');
        text.Append("```").Append('\n');
        return text.ToString();
    }

    [Fact]
    public void TheLayerPicture_IsTheOneLayersDefines()
    {
        var document = File.ReadAllText(RepositoryPaths.Of("docs", "architecture.md")).ReplaceLineEndings("\n");
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "docs/architecture.md holds the rendered picture between its markers");
        end.Should().BeGreaterThan(start);

        document[(start + Begin.Length + 1)..end].Should().Be(Picture(), "the picture is rendered from Layers.cs; paste this one between the markers");
    }
}
