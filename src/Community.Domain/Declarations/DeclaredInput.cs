using Ardalis.GuardClauses;

namespace Community.Domain.Declarations;

/// <summary>
/// One input of a declared rule kind: a named measure the caller gives (members present, households,
/// the day a term began), or one derived from two inputs declared before it (candidates beyond seats,
/// votes for among votes cast). Immutable.
/// </summary>
public sealed class DeclaredInput
{
    private readonly MeasureUnit? _unit;

    private DeclaredInput(string name, MeasureUnit? unit, DeclaredDerivation derivation, string? first, string? second, string chineseName, string englishName)
    {
        Name = name;
        _unit = unit;
        Derivation = derivation;
        First = first;
        Second = second;
        ChineseName = chineseName;
        EnglishName = englishName;
    }

    /// <summary>Gets the input's name, as rules and case documents name it: a lower-case letter, then letters and digits, such as <c>membersPresent</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the input measures. For a difference it is the unit of its two inputs (calendar days for two dates), known once the input is declared in a kind.</summary>
    /// <exception cref="InvalidOperationException">The input is a difference not yet declared in a kind.</exception>
    public MeasureUnit Unit => _unit ?? throw new InvalidOperationException($"The difference \"{Name}\" takes the unit of its inputs, known once it is declared in a kind (DeclaredKind.Create).");

    /// <summary>Gets how the input gets its value.</summary>
    public DeclaredDerivation Derivation { get; }

    /// <summary>Gets, for a derived input, the first input it is derived from (the minuend, or the part); null for a measured input.</summary>
    public string? First { get; }

    /// <summary>Gets, for a derived input, the second input it is derived from (the subtrahend, or the whole); null for a measured input.</summary>
    public string? Second { get; }

    /// <summary>Gets the input's name in Chinese, as explanations and findings use it, such as <c>到会成员</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the input's name in English, as explanations and findings use it, such as <c>members present</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Gets a value indicating whether the caller gives the value.</summary>
    public bool IsMeasured => Derivation == DeclaredDerivation.Measured;

    /// <summary>Declares an input the caller gives.</summary>
    /// <param name="name">The input's name: a lower-case letter, then letters and digits.</param>
    /// <param name="unit">What it measures.</param>
    /// <param name="chineseName">Its name in Chinese.</param>
    /// <param name="englishName">Its name in English.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not such a name, a name is blank, or <paramref name="unit"/> is not a unit.</exception>
    public static DeclaredInput Measured(string name, MeasureUnit unit, string chineseName, string englishName) =>
        new(CheckName(name, nameof(name)), Guard.Against.UndefinedEnum(unit), DeclaredDerivation.Measured, null, null, Guard.Against.BlankText(chineseName), Guard.Against.BlankText(englishName));

    /// <summary>Declares an input derived as the first input less the second: candidates beyond seats, days between two dates.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="minuend">The input subtracted from, declared before this one.</param>
    /// <param name="subtrahend">The input subtracted, of the minuend's unit.</param>
    /// <param name="chineseName">Its name in Chinese.</param>
    /// <param name="englishName">Its name in English.</param>
    /// <returns>The input; the kind checks that both inputs exist and share a unit.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A name is not an input name, or a label is blank.</exception>
    public static DeclaredInput Difference(string name, string minuend, string subtrahend, string chineseName, string englishName) =>
        new(CheckName(name, nameof(name)), null, DeclaredDerivation.Difference, CheckName(minuend, nameof(minuend)), CheckName(subtrahend, nameof(subtrahend)), Guard.Against.BlankText(chineseName), Guard.Against.BlankText(englishName));

    /// <summary>Declares an input derived as the first input's share of the second, exactly: votes for among votes cast, members present among members.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="part">The part, declared before this one.</param>
    /// <param name="whole">The whole, of the part's unit; a share of nothing is 0.</param>
    /// <param name="chineseName">Its name in Chinese.</param>
    /// <param name="englishName">Its name in English.</param>
    /// <returns>The input, a <see cref="MeasureUnit.Share"/>.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A name is not an input name, or a label is blank.</exception>
    public static DeclaredInput Ratio(string name, string part, string whole, string chineseName, string englishName) =>
        new(CheckName(name, nameof(name)), MeasureUnit.Share, DeclaredDerivation.Ratio, CheckName(part, nameof(part)), CheckName(whole, nameof(whole)), Guard.Against.BlankText(chineseName), Guard.Against.BlankText(englishName));

    /// <summary>Says whether a text is an input name: a lower-case ASCII letter, then ASCII letters and digits, at most 64 characters.</summary>
    /// <param name="name">The text.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsInputName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || !char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Derivation switch
    {
        DeclaredDerivation.Difference => $"{Name} = {First} - {Second}",
        DeclaredDerivation.Ratio => $"{Name} = {First} / {Second}",
        _ => $"{Name} ({_unit})",
    };

    /// <summary>The same input with its unit settled by its kind.</summary>
    internal DeclaredInput WithUnit(MeasureUnit unit) => new(Name, unit, Derivation, First, Second, ChineseName, EnglishName);

    internal MeasureUnit? UnitOrNull => _unit;

    private static string CheckName(string name, string argument)
    {
        Guard.Against.NullArgument(name, argument);
        return IsInputName(name) ? name : throw new ArgumentException($"{argument} is \"{name}\"; expected a lower-case letter, then letters and digits (at most 64), such as \"membersPresent\".", argument);
    }
}
