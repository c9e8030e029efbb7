using System.Text;

namespace Community.Domain.Policies;

/// <summary>One band of a <see cref="BandTable{TQuantity, TValue}"/>: a range of a quantity, each end explicitly inclusive or exclusive, and the value it gives.</summary>
/// <typeparam name="TQuantity">The ordered quantity, such as a population.</typeparam>
/// <typeparam name="TValue">The value the band gives, such as a number of members or an amount.</typeparam>
/// <remarks>Create bands with the <see cref="Band"/> factory methods. A missing bound means the band is unbounded on that side.</remarks>
public sealed class Band<TQuantity, TValue>
    where TQuantity : struct, IComparable<TQuantity>
{
    internal Band(Bound<TQuantity>? lower, Bound<TQuantity>? upper, TValue value, string? sourceText)
    {
        Lower = lower;
        Upper = upper;
        Value = value;
        SourceText = string.IsNullOrWhiteSpace(sourceText) ? null : sourceText;
    }

    /// <summary>Gets the lower bound, or <see langword="null"/> when the band is unbounded below.</summary>
    public Bound<TQuantity>? Lower { get; }

    /// <summary>Gets the upper bound, or <see langword="null"/> when the band is unbounded above.</summary>
    public Bound<TQuantity>? Upper { get; }

    /// <summary>Gets the value for quantities in the band.</summary>
    public TValue Value { get; }

    /// <summary>Gets the band's wording in the source, such as 5000人以下, or <see langword="null"/>.</summary>
    public string? SourceText { get; }

    /// <summary>Tells whether a quantity lies in the band.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns><see langword="true"/> when both bounds admit <paramref name="quantity"/>.</returns>
    public bool Contains(TQuantity quantity) =>
        (Lower is not { } lower || lower.AdmitsFromAbove(quantity)) &&
        (Upper is not { } upper || upper.AdmitsFromBelow(quantity));

    /// <summary>Gets a value indicating whether no quantity can lie in the band (its lower bound is above its upper bound, or they meet and one excludes the point).</summary>
    public bool IsEmpty
    {
        get
        {
            if (Lower is not { } lower || Upper is not { } upper)
            {
                return false;
            }

            var comparison = lower.Value.CompareTo(upper.Value);
            return comparison > 0 || (comparison == 0 && !(lower.IsInclusive && upper.IsInclusive));
        }
    }

    /// <summary>Formats the band as an interval with its value, for diagnostics.</summary>
    /// <returns>A text such as <c>[0 residents, 5000 residents] → 5</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(FormatInterval(static q => q.ToString() ?? string.Empty)).Append(" → ").Append(Value);
        if (SourceText is not null)
        {
            text.Append(" (").Append(SourceText).Append(')');
        }

        return text.ToString();
    }

    internal string FormatInterval(Func<TQuantity, string> format)
    {
        var text = new StringBuilder();
        if (Lower is { } lower)
        {
            text.Append(lower.IsInclusive ? '[' : '(').Append(format(lower.Value));
        }
        else
        {
            text.Append("(−∞");
        }

        text.Append(", ");
        if (Upper is { } upper)
        {
            text.Append(format(upper.Value)).Append(upper.IsInclusive ? ']' : ')');
        }
        else
        {
            text.Append("∞)");
        }

        return text.ToString();
    }
}
