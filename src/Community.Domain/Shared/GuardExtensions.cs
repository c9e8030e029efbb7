using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Community.Domain.Shared;

/// <summary>
/// Guard clauses whose messages name the argument, the value and what was expected.
/// </summary>
/// <remarks>
/// GuardClauses' own messages omit the offending value, so the library extends
/// <see cref="IGuardClause"/> as GuardClauses documents. Messages are formatted only when a guard
/// fails, so a passing guard costs a comparison and nothing else.
/// </remarks>
internal static class GuardExtensions
{
    public static int NegativeCount(this IGuardClause guard, int input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guard;
        return input >= 0 ? input : throw OutOfRange(parameterName, input, "must be zero or more");
    }

    public static decimal NegativeAmount(this IGuardClause guard, decimal input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guard;
        return input >= 0m ? input : throw OutOfRange(parameterName, input, "must be zero or more");
    }

    public static int NotPositive(this IGuardClause guard, int input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guard;
        return input > 0 ? input : throw OutOfRange(parameterName, input, "must be greater than zero");
    }

    public static TEnum UndefinedEnum<TEnum>(this IGuardClause guard, TEnum input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        _ = guard;
        var value = EnumValues<TEnum>.Of(input);
        return (EnumValues<TEnum>.Contiguous ? value >= EnumValues<TEnum>.Min && value <= EnumValues<TEnum>.Max : Enum.IsDefined(input))
            ? input
            : throw OutOfRange(parameterName, input, "must be one of " + string.Join(", ", Enum.GetNames<TEnum>()));
    }

    /// <summary>Refuses a flags value with a bit no member of <typeparamref name="TEnum"/> defines.</summary>
    public static TEnum UndefinedFlags<TEnum>(this IGuardClause guard, TEnum input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        _ = guard;
        var bits = unchecked((ulong)EnumValues<TEnum>.Of(input));
        return (bits & ~EnumValues<TEnum>.AllBits) == 0
            ? input
            : throw OutOfRange(parameterName, input, "must combine only " + string.Join(", ", Enum.GetNames<TEnum>()));
    }

    /// <summary>Refuses a date outside the ISO calendar, naming the argument.</summary>
    /// <remarks>On every evaluation's path: the check is one comparison, the refusal is made out of line.</remarks>
    public static NodaTime.LocalDate IsoDate(this IGuardClause guard, NodaTime.LocalDate input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guard;
        return input.Calendar == NodaTime.CalendarSystem.Iso ? input : throw NotIso(input, parameterName);
    }

    /// <summary>The refusal of a date outside the ISO calendar; thrown by the guard and by checks kept in line on hot paths.</summary>
    public static ArgumentException NotIso(NodaTime.LocalDate date, string? parameterName) =>
        new($"{parameterName} is {date} in the {date.Calendar.Id} calendar; expected a date in the ISO calendar.", parameterName);

    public static string BlankText(this IGuardClause guard, string? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guard;
        if (input is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} must not be null; expected a non-blank text.");
        }

        return !string.IsNullOrWhiteSpace(input)
            ? input
            : throw new ArgumentException($"{parameterName} is \"{input}\"; expected a non-blank text.", parameterName);
    }

    public static T NullArgument<T>(this IGuardClause guard, T? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : class
    {
        _ = guard;
        return input ?? throw Null(parameterName);
    }

    /// <summary>Refuses a default array or one holding null, naming the element (for arrays read from JSON).</summary>
    public static ImmutableArray<T> NoNullElements<T>(this IGuardClause guard, ImmutableArray<T> input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : class =>
        input.IsDefault ? throw Null(parameterName) : guard.NoNullElements((IEnumerable<T?>)input, parameterName);

    /// <summary>Takes a sequence whole, refusing a null sequence or a null element, the element named by its index (<c>parts[2]</c>).</summary>
    public static ImmutableArray<T> NoNullElements<T>(this IGuardClause guard, IEnumerable<T?>? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : class
    {
        var given = guard.NullArgument(input, parameterName).ToImmutableArray();
        for (var i = 0; i < given.Length; i++)
        {
            _ = given[i] ?? throw Null(string.Create(CultureInfo.InvariantCulture, $"{parameterName}[{i}]"));
        }

        return given!;
    }

    /// <summary>Refuses a struct argument left at its default value, naming the factory that makes a real one.</summary>
    public static T DefaultValue<T>(this IGuardClause guard, T input, string factory, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct, IEquatable<T>
    {
        _ = guard;
        return !input.Equals(default) ? input : throw DefaultArgument<T>(parameterName, factory);
    }

    /// <summary>The exception for a struct argument left at its default value.</summary>
    public static ArgumentException DefaultArgument<T>(string? parameterName, string factory) =>
        new($"{parameterName} is the default {typeof(T).Name}, which holds no value; make one with {factory}.", parameterName);

    /// <summary>The exception for a member called on a result struct left at its default value.</summary>
    public static InvalidOperationException DefaultInstance<T>(string source) =>
        new($"This {typeof(T).Name} is the default value, which holds nothing; get one from {source}.");

    /// <summary>Refuses an amount beyond a documented limit.</summary>
    public static decimal OutsideLimit(this IGuardClause guard, decimal input, ulong limit, string unit, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guard;
        return IsWithin(input, limit)
            ? input
            : throw OutOfRange(parameterName, input, string.Create(CultureInfo.InvariantCulture, $"must be at most {limit} {unit} in size, the documented limit"));
    }

    /// <summary>Tells whether a value lies within ±<paramref name="limit"/>, a whole number below 2^64.</summary>
    /// <remarks>The common case, a mantissa no larger than the limit (the value is the mantissa over a
    /// power of ten, so then no larger either), is read off the bits; only other values are compared
    /// as decimals, which is several times slower on the hot paths that check every amount.</remarks>
    public static bool IsWithin(decimal value, ulong limit)
    {
        ulong low;
        bool high;
        if (DecimalBits.LayoutKnown)
        {
            ref readonly var bits = ref Unsafe.As<decimal, DecimalBits>(ref value);
            (high, low) = (bits.High != 0, bits.Low);
        }
        else
        {
            Span<int> parts = stackalloc int[4];
            decimal.GetBits(value, parts);
            (high, low) = (parts[2] != 0, unchecked(((ulong)(uint)parts[1] << 32) | (uint)parts[0]));
        }

        return (!high && low <= limit) || decimal.Abs(value) <= limit;
    }

    // The runtime's layout of a decimal (flags, the high 32 bits of the mantissa, its low 64), read in
    // place on the hot paths. It is checked once against decimal.GetBits; should a runtime lay decimals
    // out otherwise, IsWithin reads them through GetBits instead.
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private readonly struct DecimalBits
    {
        public static readonly bool LayoutKnown = Check(79_228_162_514_264_337_593_543_950.335m) && Check(-0.0000000001m) && Check(123_456_789_012.34m);

        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;

        private static bool Check(decimal value)
        {
            var parts = decimal.GetBits(value);
            ref readonly var bits = ref Unsafe.As<decimal, DecimalBits>(ref value);
            return Unsafe.SizeOf<DecimalBits>() == sizeof(decimal)
                && bits.Flags == parts[3] && bits.High == unchecked((uint)parts[2]) && bits.Low == unchecked(((ulong)(uint)parts[1] << 32) | (uint)parts[0]);
        }
    }

    // What the guards need of an enum type, computed once per type: its values' range, whether they
    // run without a gap (so a defined value is two comparisons, not a search), and the union of its bits.
    private static class EnumValues<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly long Min;
        public static readonly long Max;
        public static readonly bool Contiguous;
        public static readonly ulong AllBits;

        static EnumValues()
        {
            var values = Enum.GetValues<TEnum>().Select(Of).Distinct().Order().ToArray();
            Min = values.Length == 0 ? 0 : values[0];
            Max = values.Length == 0 ? -1 : values[^1];
            Contiguous = values.Length > 0 && Max - Min + 1 == values.Length;
            AllBits = values.Aggregate(0UL, static (mask, value) => mask | unchecked((ulong)value));
        }

        // The value as a number, without boxing for the common int-sized enums.
        public static long Of(TEnum value) =>
            Unsafe.SizeOf<TEnum>() == sizeof(int) ? Unsafe.As<TEnum, int>(ref value) : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    // Exceptions are built in separate methods so that the guards, which run on every evaluation,
    // carry no message-formatting state and stay cheap to call.
    public static ArgumentNullException Null(string? parameterName) => new(parameterName, $"{parameterName} must not be null.");

    public static ArgumentOutOfRangeException OutOfRange<T>(string? parameterName, T value, string expectation) =>
        new(parameterName, value, value is NodaTime.LocalDate date
            ? string.Create(CultureInfo.InvariantCulture, $"{parameterName} is {date:uuuu-MM-dd}; it {expectation}.")
            : string.Create(CultureInfo.InvariantCulture, $"{parameterName} is {value}; it {expectation}."));
}
