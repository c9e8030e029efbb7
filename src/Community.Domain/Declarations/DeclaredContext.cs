using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Declarations;

/// <summary>The inputs of one evaluation of a declared rule, on the stack: the values given, the kind's inputs, the day and the working calendar.</summary>
internal readonly ref struct DeclaredContext(ReadOnlySpan<DeclaredValue> values, DeclaredKind kind, LocalDate asOf, WorkingCalendar? calendar)
{
    private readonly ReadOnlySpan<DeclaredValue> _values = values;

    public DeclaredKind Kind { get; } = kind;

    public LocalDate AsOf { get; } = asOf;

    public WorkingCalendar? Calendar { get; } = calendar;

    /// <summary>The value of an input (measured or derived) as a fraction; the whole of a ratio of nothing is taken as 1, its part being 0.</summary>
    public (decimal Numerator, decimal Denominator) Quantity(int index)
    {
        ref readonly var input = ref Kind.Bound[index];
        switch (input.Derivation)
        {
            case DeclaredDerivation.Measured:
                return (_values[input.Position].RawNumber, 1m);
            case DeclaredDerivation.Ratio:
                var first = Kind.Bound[input.First];
                var second = Kind.Bound[input.Second];
                var part = first.Position >= 0 ? _values[first.Position].RawNumber : Number(input.First);
                var whole = second.Position >= 0 ? _values[second.Position].RawNumber : Number(input.Second);
                return whole == 0m ? (0m, 1m) : (part, whole);
            default:
                if (Kind.Bound[input.First].Unit == MeasureUnit.Date)
                {
                    return (Period.Between(Date(input.Second), Date(input.First), PeriodUnits.Days).Days, 1m);
                }

                return (Number(input.First) - Number(input.Second), 1m);
        }
    }

    /// <summary>The value of a numeric input, a ratio divided out.</summary>
    public decimal Number(int index)
    {
        ref readonly var input = ref Kind.Bound[index];
        if (input.Position >= 0)
        {
            return _values[input.Position].RawNumber;
        }

        var (numerator, denominator) = Quantity(index);
        return denominator == 1m ? numerator : numerator / denominator;
    }

    /// <summary>The value of a date input.</summary>
    public LocalDate Date(int index) => _values[Kind.Bound[index].Position].RawDate;

    /// <summary>The value of a yes-or-no input.</summary>
    public bool YesNo(int index) => _values[Kind.Bound[index].Position].RawNumber != 0m;
}
