using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>
/// The value of one input of a declared rule, or of its outcome: a number, a yes or no, a date or a text.
/// A small value type, so that giving inputs and reading an outcome allocate nothing.
/// </summary>
/// <remarks>The default value holds nothing: its members throw <see cref="InvalidOperationException"/>, and evaluations refuse it. Numbers, booleans and dates convert implicitly: <c>DeclaredValue v = 21;</c>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(DeclaredValueJsonConverter))]
public readonly struct DeclaredValue : IEquatable<DeclaredValue>, Shared.IHoldsResult
{
    private const string Factories = "DeclaredValue.Of";

    private readonly decimal _number;
    private readonly LocalDate _date;
    private readonly string? _text;
    private readonly DeclaredValueKind _kind;

    private DeclaredValue(DeclaredValueKind kind, decimal number, LocalDate date, string? text)
    {
        _kind = kind;
        _number = number;
        _date = date;
        _text = text;
    }

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _kind != 0;

    /// <summary>Gets what the value holds.</summary>
    /// <exception cref="InvalidOperationException">The value is the default.</exception>
    public DeclaredValueKind Kind => _kind != 0 ? _kind : throw Shared.GuardExtensions.DefaultInstance<DeclaredValue>(Factories);

    /// <summary>Gets the number, or null when the value holds something else.</summary>
    /// <exception cref="InvalidOperationException">The value is the default.</exception>
    public decimal? Number => Kind == DeclaredValueKind.Number ? _number : null;

    /// <summary>Gets the yes or no, or null when the value holds something else.</summary>
    /// <exception cref="InvalidOperationException">The value is the default.</exception>
    public bool? YesNo => Kind == DeclaredValueKind.YesNo ? _number != 0m : null;

    /// <summary>Gets the date, or null when the value holds something else.</summary>
    /// <exception cref="InvalidOperationException">The value is the default.</exception>
    public LocalDate? Date => Kind == DeclaredValueKind.Date ? _date : null;

    /// <summary>Gets the text, or null when the value holds something else.</summary>
    /// <exception cref="InvalidOperationException">The value is the default.</exception>
    public string? Text => Kind == DeclaredValueKind.Text ? _text : null;

    /// <summary>Gets the raw date, without the check, for the evaluator's hot path.</summary>
    internal LocalDate RawDate => _date;

    /// <summary>Gets the raw number, without the check, for the evaluator's hot path.</summary>
    internal decimal RawNumber => _number;

    /// <summary>Gets whether the value is a whole number from zero to the largest an input may be (<see cref="Primitives.Money.MaxYuan"/>, as <c>DeclaredText.ValueProblem</c> holds), written without decimals: by bit tests and one comparison.</summary>
    internal bool IsWholeNumber => _kind == DeclaredValueKind.Number && _number.Scale == 0 && !decimal.IsNegative(_number) && _number <= Primitives.Money.MaxYuan;

    /// <summary>Gets whether the value was made, without throwing.</summary>
    internal bool IsMade => _kind != 0;

    /// <summary>Makes a number: a count, an area in square metres, an amount in yuan or a share from 0 to 1.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static DeclaredValue Of(decimal number) => new(DeclaredValueKind.Number, number, default, null);

    /// <summary>Makes a yes or no.</summary>
    /// <param name="yes">The answer.</param>
    /// <returns>The value.</returns>
    public static DeclaredValue Of(bool yes) => new(DeclaredValueKind.YesNo, yes ? 1m : 0m, default, null);

    /// <summary>Makes a date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static DeclaredValue Of(LocalDate date) => new(DeclaredValueKind.Date, 0m, Guard.Against.IsoDate(date), null);

    /// <summary>Makes a text.</summary>
    /// <param name="text">The text, not blank.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public static DeclaredValue Of(string text) => new(DeclaredValueKind.Text, 0m, default, Guard.Against.BlankText(text));

    /// <summary>Converts a whole number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator DeclaredValue(long number) => Of(number);

    /// <summary>Converts a number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator DeclaredValue(decimal number) => Of(number);

    /// <summary>Converts a yes or no.</summary>
    /// <param name="yes">The answer.</param>
    public static implicit operator DeclaredValue(bool yes) => Of(yes);

    /// <summary>Converts a date.</summary>
    /// <param name="date">The date.</param>
    public static implicit operator DeclaredValue(LocalDate date) => Of(date);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they hold the same.</returns>
    public static bool operator ==(DeclaredValue left, DeclaredValue right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DeclaredValue left, DeclaredValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(DeclaredValue other)
    {
        var kind = IsMade ? Kind : 0;
        var otherKind = other.IsMade ? other.Kind : 0;
        return kind == otherKind && _number == other._number && _date == other._date && string.Equals(_text, other._text, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeclaredValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IsMade ? Kind : 0, _number, _date, _text);

    /// <summary>Formats the value: a number as written (no trailing zeros), yes or no, an ISO date, or the text.</summary>
    /// <returns>The text; <c>default DeclaredValue</c> for the default.</returns>
    public override string ToString() => !IsMade ? "default DeclaredValue" : Kind switch
    {
        DeclaredValueKind.Number => _number.ToString("0.############################", CultureInfo.InvariantCulture),
        DeclaredValueKind.YesNo => _number != 0m ? "yes" : "no",
        DeclaredValueKind.Date => _date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        _ => _text!,
    };

    private static string Describe(DeclaredValueKind kind) => kind switch
    {
        DeclaredValueKind.Number => "a number",
        DeclaredValueKind.YesNo => "a yes or no",
        DeclaredValueKind.Date => "a date",
        _ => "a text",
    };
}
