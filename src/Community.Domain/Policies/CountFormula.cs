using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Policies;

/// <summary>A whole-number count computed from a number of units (residents, households): "one per 250 households, rounded up, at least 6 and at most 15".</summary>
/// <remarks>
/// <para>Formulas compose: <see cref="PerUnits(long, RoundingMode)"/> (or so many per so many units, <see cref="PerUnits(int, long, RoundingMode)"/>), <see cref="Stepped"/>, <see cref="Fixed"/> and
/// <see cref="Banded"/> give a count; <see cref="AtLeast"/>, <see cref="AtMost"/> and
/// <see cref="Between"/> bound it; <see cref="Larger"/> and <see cref="Smaller"/> choose between two.
/// A formula is unitless: the policy that holds it declares the <see cref="CountUnit"/>.</para>
/// <para>Building a formula never throws for a bad figure: every problem (a zero divisor, a minimum
/// above the maximum, a negative step) is kept in <see cref="Problems"/>, naming the part, and the
/// policy that takes the formula refuses it then, listing them all at once. Formulas are immutable
/// and thread-safe, and <see cref="Evaluate"/> allocates nothing.</para>
/// </remarks>
public abstract class CountFormula
{
    private protected CountFormula(ImmutableArray<DefinitionProblem> problems, int depth = 1)
    {
        Depth = depth;
        Problems = depth > MaxDepth
            ? [new DefinitionProblem(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"the formula is nested {depth} levels deep; expected at most {MaxDepth}, as no rule nests its counts deeper."))]
            : problems;
    }

    /// <summary>The deepest a formula may nest (<see cref="Larger"/>, <see cref="Smaller"/>, <see cref="Banded"/> and the bounds each add a level); a deeper one is a problem of its definition.</summary>
    public const int MaxDepth = 32;

    /// <summary>Gets how deep the formula nests: 1 for <see cref="Fixed"/>, <see cref="PerUnits(long, RoundingMode)"/> and <see cref="Stepped"/>, one more than its deepest part for the others.</summary>
    public int Depth { get; }

    /// <summary>Gets what a formula nested beyond <see cref="MaxDepth"/> prints, instead of walking its parts.</summary>
    private protected string TooDeep => string.Create(CultureInfo.InvariantCulture, $"a formula nested {Depth} levels deep");

    /// <summary>Gets every problem of the definition, each naming the part; empty when the formula is valid.</summary>
    public ImmutableArray<DefinitionProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the formula has no problems.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>A fixed count, whatever the number of units.</summary>
    /// <param name="count">The count; a negative count is a problem.</param>
    /// <returns>The formula.</returns>
    public static CountFormula Fixed(int count) => new FixedNode(count);

    /// <summary>One per <paramref name="units"/> units, rounded as declared: "one worker per 250 households, rounded up".</summary>
    /// <param name="units">The units per one; zero or less is a problem.</param>
    /// <param name="rounding">How a part of <paramref name="units"/> counts: <see cref="RoundingMode.Up"/> (a part counts as one), <see cref="RoundingMode.Down"/> (only whole ones count) or <see cref="RoundingMode.HalfAwayFromZero"/> (the nearest, half up).</param>
    /// <returns>The formula.</returns>
    public static CountFormula PerUnits(long units, RoundingMode rounding) => new PerUnitsNode(1, units, rounding);

    /// <summary>So many per so many units, rounded as declared: "12 workers per 10,000 residents, rounded up", a rate no "one per N" states exactly at every size.</summary>
    /// <param name="count">The count per <paramref name="units"/> units; zero or less is a problem.</param>
    /// <param name="units">The units per <paramref name="count"/>; zero or less is a problem.</param>
    /// <param name="rounding">How a part counts: <see cref="RoundingMode.Up"/> (a part counts as one), <see cref="RoundingMode.Down"/> (only whole ones count) or <see cref="RoundingMode.HalfAwayFromZero"/> (the nearest, half up).</param>
    /// <returns>The formula: for <c>u</c> units, <c>u × count ÷ units</c>, computed exactly and rounded once.</returns>
    public static CountFormula PerUnits(int count, long units, RoundingMode rounding) => new PerUnitsNode(count, units, rounding);

    /// <summary>A base count for the first units, plus one for every further step of units: "3 for the first 1000 households, plus one for every further 500 or part of 500".</summary>
    /// <param name="baseCount">The count for up to <paramref name="firstUnits"/> units; negative is a problem.</param>
    /// <param name="firstUnits">The units the base count covers; negative is a problem.</param>
    /// <param name="stepUnits">The units per further one; zero or less is a problem.</param>
    /// <param name="rounding">How a part of a step counts: <see cref="RoundingMode.Up"/> for "or part of", <see cref="RoundingMode.Down"/> for whole steps only.</param>
    /// <returns>The formula.</returns>
    public static CountFormula Stepped(int baseCount, long firstUnits, long stepUnits, RoundingMode rounding = RoundingMode.Up) =>
        new SteppedNode(baseCount, firstUnits, stepUnits, rounding);

    /// <summary>The larger of two formulas' counts.</summary>
    /// <param name="first">One formula.</param>
    /// <param name="second">The other.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException">A formula is null.</exception>
    public static CountFormula Larger(CountFormula first, CountFormula second) =>
        new ChoiceNode(Guard.Against.NullArgument(first), Guard.Against.NullArgument(second), larger: true);

    /// <summary>The smaller of two formulas' counts.</summary>
    /// <param name="first">One formula.</param>
    /// <param name="second">The other.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException">A formula is null.</exception>
    public static CountFormula Smaller(CountFormula first, CountFormula second) =>
        new ChoiceNode(Guard.Against.NullArgument(first), Guard.Against.NullArgument(second), larger: false);

    /// <summary>Bands of units, each with its own formula: "below 3000 households, 5; from 3000, one per 600".</summary>
    /// <param name="bands">The bands over the number of units, each with the formula that applies in it.</param>
    /// <returns>The formula; a band's formula's problems are its problems, naming the band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> or a band's formula is null.</exception>
    public static CountFormula Banded(BandTable<long, CountFormula> bands)
    {
        Guard.Against.NullArgument(bands);
        for (var i = 0; i < bands.Bands.Length; i++)
        {
            _ = bands.Bands[i].Value ?? throw GuardExtensions.Null($"bands.Bands[{i}].Value");
        }

        return new BandedNode(bands);
    }

    /// <summary>This formula's count, but never below a minimum.</summary>
    /// <param name="minimum">The minimum; negative is a problem.</param>
    /// <returns>The bounded formula.</returns>
    public CountFormula AtLeast(int minimum) => new BoundedNode(this, minimum, null);

    /// <summary>This formula's count, but never above a maximum.</summary>
    /// <param name="maximum">The maximum; negative is a problem.</param>
    /// <returns>The bounded formula.</returns>
    public CountFormula AtMost(int maximum) => new BoundedNode(this, null, maximum);

    /// <summary>This formula's count, held between a minimum and a maximum.</summary>
    /// <param name="minimum">The minimum; negative, or above <paramref name="maximum"/>, is a problem.</param>
    /// <param name="maximum">The maximum; negative is a problem.</param>
    /// <returns>The bounded formula.</returns>
    public CountFormula Between(int minimum, int maximum) => new BoundedNode(this, minimum, maximum);

    /// <summary>Computes the count for a number of units.</summary>
    /// <param name="units">The number of units (residents, households); zero or more.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative, or no band of a banded formula covers it.</exception>
    /// <exception cref="PolicyDefinitionException">The formula has problems; every one is listed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count for <paramref name="units"/> does not fit an <see cref="int"/>.</exception>
    public int Evaluate(long units)
    {
        if (units < 0)
        {
            throw GuardExtensions.OutOfRange(nameof(units), units, "must be zero or more");
        }

        return IsValid ? CountOf(units, nameof(units)) : throw new PolicyDefinitionException("count formula", Problems);
    }

    /// <summary>Computes the count, refusing a number of units whose count does not fit an <see cref="int"/>, the argument named.</summary>
    internal int CountOf(long units, string parameterName)
    {
        try
        {
            return Count(units);
        }
        catch (OverflowException)
        {
            throw GuardExtensions.OutOfRange(parameterName, units, $"gives a count beyond {int.MaxValue} under the formula {this}");
        }
    }

    /// <summary>Describes the formula, counting "units", for diagnostics.</summary>
    /// <returns>A text such as <c>1 per 250 units rounded up, at least 6, at most 15</c>.</returns>
    public abstract override string ToString();

    /// <summary>The count for a valid formula and a non-negative number of units: the evaluators' hot path.</summary>
    internal abstract int Count(long units);

    /// <summary>Divides a number of units into steps, counting a part of a step as the rounding says.</summary>
    internal static long Divide(long units, long step, RoundingMode rounding)
    {
        var quotient = Math.DivRem(units, step, out var remainder);
        return rounding switch
        {
            RoundingMode.Up => remainder == 0 ? quotient : quotient + 1,
            RoundingMode.Down => quotient,
            _ => remainder >= step - remainder ? quotient + 1 : quotient,
        };
    }

    /// <summary>Divides a product of units and a count, which may pass <see cref="long.MaxValue"/>, exactly, rounding once.</summary>
    internal static Int128 Divide(Int128 units, long step, RoundingMode rounding)
    {
        var (quotient, remainder) = Int128.DivRem(units, step);
        return rounding switch
        {
            RoundingMode.Up => remainder == 0 ? quotient : quotient + 1,
            RoundingMode.Down => quotient,
            _ => remainder >= step - remainder ? quotient + 1 : quotient,
        };
    }

    private static string Describe(RoundingMode rounding) => rounding switch
    {
        RoundingMode.Up => "rounded up",
        RoundingMode.Down => "rounded down",
        _ => "rounded to the nearest",
    };

    private static DefinitionProblem Problem(FormattableString message) =>
        new(DefinitionProblemKind.InvalidValue, message.ToString(CultureInfo.InvariantCulture));

    private static ImmutableArray<DefinitionProblem> Within(string part, ImmutableArray<DefinitionProblem> inner) =>
        [.. inner.Select(p => new DefinitionProblem(p.Kind, $"{part}: {p.Message}"))];

    private static void CheckRounding(RoundingMode rounding, ImmutableArray<DefinitionProblem>.Builder found, string part)
    {
        if (!Enum.IsDefined(rounding))
        {
            found.Add(Problem($"{part}: the rounding is {(int)rounding}, which is not a RoundingMode; expected Up, Down or HalfAwayFromZero."));
        }
    }

    /// <summary>A fixed count.</summary>
    internal sealed class FixedNode : CountFormula
    {
        public FixedNode(int count)
            : base(count < 0 ? [Problem($"Fixed({count}): the count is {count}; expected zero or more.")] : [])
        {
            Value = count;
        }

        public int Value { get; }

        public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

        internal override int Count(long units) => Value;
    }

    /// <summary>So many (one, by default) per so many units.</summary>
    internal sealed class PerUnitsNode : CountFormula
    {
        public PerUnitsNode(int perCount, long units, RoundingMode rounding)
            : base(Check(perCount, units, rounding))
        {
            PerCount = perCount;
            Units = units;
            Rounding = rounding;
        }

        /// <summary>Gets the count per <see cref="Units"/> units: 1 for "one per 250 households", 12 for "12 per 10,000 residents".</summary>
        public int PerCount { get; }

        public long Units { get; }

        public RoundingMode Rounding { get; }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerCount} per {Units} units {Describe(Rounding)}");

        internal override int Count(long units) => PerCount == 1
            ? checked((int)Divide(units, Units, Rounding))
            : checked((int)Divide((Int128)units * PerCount, Units, Rounding));

        private static ImmutableArray<DefinitionProblem> Check(int perCount, long units, RoundingMode rounding)
        {
            var found = ImmutableArray.CreateBuilder<DefinitionProblem>();
            var part = perCount == 1
                ? string.Create(CultureInfo.InvariantCulture, $"PerUnits({units})")
                : string.Create(CultureInfo.InvariantCulture, $"PerUnits({perCount}, {units})");
            if (perCount <= 0)
            {
                found.Add(Problem($"{part}: the count is {perCount}; expected a positive count per so many units."));
            }

            if (units <= 0)
            {
                found.Add(Problem($"{part}: the divisor is {units}; expected a positive number of units per one."));
            }

            CheckRounding(rounding, found, part);
            return found.ToImmutable();
        }
    }

    /// <summary>A base count for the first units, plus one per further step.</summary>
    internal sealed class SteppedNode : CountFormula
    {
        public SteppedNode(int baseCount, long firstUnits, long stepUnits, RoundingMode rounding)
            : base(Check(baseCount, firstUnits, stepUnits, rounding))
        {
            BaseCount = baseCount;
            FirstUnits = firstUnits;
            StepUnits = stepUnits;
            Rounding = rounding;
        }

        public int BaseCount { get; }

        public long FirstUnits { get; }

        public long StepUnits { get; }

        public RoundingMode Rounding { get; }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{BaseCount} for the first {FirstUnits} units, plus 1 per further {StepUnits} units {Describe(Rounding)}");

        internal override int Count(long units) =>
            units <= FirstUnits ? BaseCount : checked(BaseCount + (int)Divide(units - FirstUnits, StepUnits, Rounding));

        private static ImmutableArray<DefinitionProblem> Check(int baseCount, long firstUnits, long stepUnits, RoundingMode rounding)
        {
            var found = ImmutableArray.CreateBuilder<DefinitionProblem>();
            var part = string.Create(CultureInfo.InvariantCulture, $"Stepped({baseCount}, {firstUnits}, {stepUnits})");
            if (baseCount < 0)
            {
                found.Add(Problem($"{part}: the base count is {baseCount}; expected zero or more."));
            }

            if (firstUnits < 0)
            {
                found.Add(Problem($"{part}: the first units are {firstUnits}; expected zero or more."));
            }

            if (stepUnits <= 0)
            {
                found.Add(Problem($"{part}: the step is {stepUnits}; expected a positive number of units per further one."));
            }

            CheckRounding(rounding, found, part);
            return found.ToImmutable();
        }
    }

    /// <summary>The larger or smaller of two formulas.</summary>
    internal sealed class ChoiceNode : CountFormula
    {
        public ChoiceNode(CountFormula first, CountFormula second, bool larger)
            : base([.. Within(larger ? "Larger, first" : "Smaller, first", first.Problems), .. Within(larger ? "Larger, second" : "Smaller, second", second.Problems)], 1 + Math.Max(first.Depth, second.Depth))
        {
            First = first;
            Second = second;
            IsLarger = larger;
        }

        public CountFormula First { get; }

        public CountFormula Second { get; }

        public bool IsLarger { get; }

        public override string ToString() => Depth > MaxDepth ? TooDeep : $"the {(IsLarger ? "larger" : "smaller")} of ({First}) and ({Second})";

        internal override int Count(long units)
        {
            var a = First.Count(units);
            var b = Second.Count(units);
            return IsLarger ? Math.Max(a, b) : Math.Min(a, b);
        }
    }

    /// <summary>A formula held between a minimum and a maximum.</summary>
    internal sealed class BoundedNode : CountFormula
    {
        public BoundedNode(CountFormula inner, int? minimum, int? maximum)
            : base(Check(inner, minimum, maximum), 1 + inner.Depth)
        {
            Inner = inner;
            Minimum = minimum;
            Maximum = maximum;
        }

        public CountFormula Inner { get; }

        public int? Minimum { get; }

        public int? Maximum { get; }

        public override string ToString() => Depth > MaxDepth ? TooDeep :
            Inner + (Minimum is { } min ? string.Create(CultureInfo.InvariantCulture, $", at least {min}") : string.Empty)
                + (Maximum is { } max ? string.Create(CultureInfo.InvariantCulture, $", at most {max}") : string.Empty);

        internal override int Count(long units)
        {
            var count = Inner.Count(units);
            if (Minimum is { } min && count < min)
            {
                count = min;
            }

            if (Maximum is { } max && count > max)
            {
                count = max;
            }

            return count;
        }

        private static ImmutableArray<DefinitionProblem> Check(CountFormula inner, int? minimum, int? maximum)
        {
            var found = ImmutableArray.CreateBuilder<DefinitionProblem>();
            found.AddRange(inner.Problems);
            if (minimum < 0)
            {
                found.Add(Problem($"at least {minimum}: the minimum is negative; expected zero or more."));
            }

            if (maximum < 0)
            {
                found.Add(Problem($"at most {maximum}: the maximum is negative; expected zero or more."));
            }

            if (minimum > maximum)
            {
                found.Add(Problem($"between {minimum} and {maximum}: the minimum is above the maximum; expected a minimum no greater than {maximum}."));
            }

            return found.ToImmutable();
        }
    }

    /// <summary>Bands of units, each with its formula.</summary>
    internal sealed class BandedNode : CountFormula
    {
        public BandedNode(BandTable<long, CountFormula> bands)
            : base([.. bands.Bands.SelectMany((b, i) => Within(string.Create(CultureInfo.InvariantCulture, $"band {i + 1} {b}"), b.Value.Problems))], 1 + bands.Bands.Max(b => b.Value.Depth))
        {
            Bands = bands;
        }

        public BandTable<long, CountFormula> Bands { get; }

        public override string ToString() => Depth > MaxDepth ? TooDeep : $"by band ({Bands})";

        internal override int Count(long units) => Bands.Bands[Bands.Hit(units).Listed].Value.Count(units);
    }
}
