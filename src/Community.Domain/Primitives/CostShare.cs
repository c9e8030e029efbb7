using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>How a cost is shared between payers, such as city 6 : district 4; the shares add up to the whole.</summary>
/// <remarks>
/// Attach a share to a subsidy or funding policy (<c>WithCostShare</c>); budgets then report each
/// payer's part. <see cref="Split"/> divides an amount into parts rounded to the fen that add up to
/// the amount exactly: the rounding difference goes to the first payer listed.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CostShareJsonConverter))]
public sealed class CostShare : IEquatable<CostShare>
{
    /// <summary>The most payers whose parts are split on the stack; a share with more splits into an array.</summary>
    internal const int MostPartsOnTheStack = 8;

    private CostShare(ImmutableArray<(Payer Payer, int Parts)> parts, int whole)
    {
        Parts = parts;
        Whole = whole;
    }

    /// <summary>Gets each payer and its parts, in the order given.</summary>
    public ImmutableArray<(Payer Payer, int Parts)> Parts { get; }

    /// <summary>Gets the parts in all: 10 for 6 : 4.</summary>
    public int Whole { get; }

    /// <summary>Shares a cost in proportion to whole-number parts: <c>CostShare.Ratio((city, 6), (district, 4))</c>.</summary>
    /// <param name="parts">Each payer and its parts, positive; at least one, each payer once.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or a payer is null.</exception>
    /// <exception cref="ArgumentException">There are no payers, a part is not positive, or a payer appears twice; the message lists every problem.</exception>
    public static CostShare Ratio(params IEnumerable<(Payer Payer, int Parts)> parts)
    {
        var given = Guard.Against.NullArgument(parts).ToImmutableArray();
        var problems = new List<string>();
        if (given.IsEmpty)
        {
            problems.Add("The share names no payer; expected at least one.");
        }

        var seen = new HashSet<Payer>();
        for (var i = 0; i < given.Length; i++)
        {
            var (payer, count) = given[i];
            _ = payer ?? throw GuardExtensions.Null($"parts[{i}].Payer");
            if (count <= 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Payer {i + 1} ({payer.Id}) has {count} parts; expected a positive number."));
            }

            if (!seen.Add(payer))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Payer {i + 1} ({payer.Id}) appears twice; give each payer once."));
            }
        }

        var whole = given.Sum(p => (long)Math.Max(p.Parts, 0));
        if (whole > int.MaxValue)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The parts add up to {whole}; expected at most {int.MaxValue} in all."));
        }

        return problems.Count > 0
            ? throw Refused(nameof(parts), problems)
            : new(given, (int)whole);
    }

    /// <summary>Shares a cost by percentages that must add up to exactly 100%: <c>CostShare.Percentages((province, 50%), (city, 30%), (district, 20%))</c>.</summary>
    /// <param name="shares">Each payer and its share, more than 0% and with at most two decimals of a percent.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> or a payer is null.</exception>
    /// <exception cref="ArgumentException">The shares do not add up to 100%, a share is zero or finer than a hundredth of a percent, or a payer appears twice; the message lists every problem.</exception>
    public static CostShare Percentages(params IEnumerable<(Payer Payer, Rate Share)> shares)
    {
        var given = Guard.Against.NullArgument(shares).ToImmutableArray();
        var problems = new List<string>();
        var parts = ImmutableArray.CreateBuilder<(Payer, int)>(given.Length);
        var total = 0m;
        for (var i = 0; i < given.Length; i++)
        {
            var (payer, share) = given[i];
            _ = payer ?? throw GuardExtensions.Null($"shares[{i}].Payer");
            var basisPoints = share.Fraction * 10_000m;
            if (basisPoints != decimal.Truncate(basisPoints))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Payer {i + 1} ({payer.Id}) has {share}, finer than a hundredth of a percent; expected at most two decimals."));
            }

            total += share.Fraction;
            parts.Add((payer, (int)decimal.Truncate(basisPoints)));
        }

        if (given.IsEmpty)
        {
            problems.Add("The share names no payer; expected at least one.");
        }
        else if (total != 1m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The shares add up to {Rate.FromFraction(total)}; expected exactly 100%."));
        }

        if (problems.Count > 0)
        {
            throw Refused(nameof(shares), problems);
        }

        return Ratio(parts.ToImmutable());
    }

    /// <summary>Returns a payer's share as a rate.</summary>
    /// <param name="payer">The payer.</param>
    /// <returns>The share; zero for a payer the share does not name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payer"/> is null.</exception>
    public Rate ShareOf(Payer payer)
    {
        Guard.Against.NullArgument(payer);
        foreach (var (p, count) in Parts)
        {
            if (p.Equals(payer))
            {
                return Rate.FromRatio(count, Whole);
            }
        }

        return Rate.Zero;
    }

    /// <summary>Divides an amount between the payers, each part rounded half away from zero to the fen; the parts add up to the amount exactly, the first payer taking the rounding difference.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>Each payer and its part, in the share's order.</returns>
    public ImmutableArray<(Payer Payer, Money Amount)> Split(Money amount)
    {
        Span<Money> parts = Parts.Length <= MostPartsOnTheStack ? stackalloc Money[MostPartsOnTheStack] : new Money[Parts.Length];
        SplitInto(amount, parts);
        var result = ImmutableArray.CreateBuilder<(Payer, Money)>(Parts.Length);
        for (var i = 0; i < Parts.Length; i++)
        {
            result.Add((Parts[i].Payer, parts[i]));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Every payer's part of an amount, exactly as <see cref="Split"/> gives them, into a span without allocating.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="parts">At least <see cref="Parts"/>' length; each payer's part, in the share's order.</param>
    internal void SplitInto(Money amount, Span<Money> parts)
    {
        var assigned = Money.Zero;
        for (var i = 0; i < Parts.Length; i++)
        {
            parts[i] = Rounded(amount, i);
            assigned += parts[i];
        }

        parts[0] += amount - assigned;
    }

    /// <summary>Tells whether two shares have the same payers in the same order with the same parts.</summary>
    /// <param name="other">The other share.</param>
    /// <returns><see langword="true"/> when every payer and part is the same.</returns>
    public bool Equals(CostShare? other) =>
        other is not null && (ReferenceEquals(this, other) || Parts.SequenceEqual(other.Parts));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CostShare);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (payer, parts) in Parts)
        {
            hash.Add(payer);
            hash.Add(parts);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the share, for diagnostics.</summary>
    /// <returns>A text such as <c>city 6 : district 4</c>.</returns>
    public override string ToString() => string.Join(" : ", Parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Payer.Id} {p.Parts}")));

    private Money Rounded(Money amount, int index) => Money.FromYuan(amount.Yuan * Parts[index].Parts / Whole).Round(Rounding.Amount);

    // A cost share is a value its factory checks whole: every problem in one refusal, naming the argument.
    private static ArgumentException Refused(string argument, List<string> problems) =>
        new($"{argument} is not a cost share: {string.Join(" ", problems)}", argument);
}
