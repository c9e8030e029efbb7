using System.Text;

/// <summary>Collects what each section prints, so the app can print only the sections asked for.</summary>
internal sealed class SectionWriter(List<Section> sections) : TextWriter
{
    private readonly StringBuilder _preamble = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => (sections.Count == 0 ? _preamble : sections[^1].Text).Append(value);

    public override void Write(string? value) => (sections.Count == 0 ? _preamble : sections[^1].Text).Append(value);
}
