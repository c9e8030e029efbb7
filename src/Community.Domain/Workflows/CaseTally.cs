using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Workflows;

/// <summary>The counts of a set of cases, and the rates they give, held exactly: received, closed, evaluated, satisfied.</summary>
/// <remarks>Compare a rate with what a report states with <see cref="Proportion.IsReportedAs"/>: 51 mediated of 52 received is 98.08%, which a report rounding to whole percents gives as 98%.</remarks>
public readonly record struct CaseTally
{
    private CaseTally(int received, int closed, int evaluated, int satisfied)
    {
        Received = received;
        Closed = closed;
        Evaluated = evaluated;
        Satisfied = satisfied;
    }

    /// <summary>Gets how many cases were received (opened).</summary>
    public int Received { get; }

    /// <summary>Gets how many reached their workflow's closing step (办结, 调处).</summary>
    public int Closed { get; }

    /// <summary>Gets how many carry a verdict of an evaluation.</summary>
    public int Evaluated { get; }

    /// <summary>Gets how many of those evaluated left the residents satisfied.</summary>
    public int Satisfied { get; }

    /// <summary>Gets the closure rate: cases closed of cases received.</summary>
    public Proportion ClosureRate => Proportion.Of(Closed, Received);

    /// <summary>Gets the satisfaction rate: verdicts of satisfied of verdicts given.</summary>
    public Proportion SatisfactionRate => Proportion.Of(Satisfied, Evaluated);

    /// <summary>Counts a set of cases, each in its latest state.</summary>
    /// <param name="cases">The cases.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or one of them is null (the message names its index).</exception>
    public static CaseTally Of(IEnumerable<WorkflowCase> cases)
    {
        Guard.Against.NullArgument(cases);
        var (received, closed, evaluated, satisfied) = (0, 0, 0, 0);
        foreach (var c in cases)
        {
            _ = c ?? throw GuardExtensions.Null(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cases[{received}]"));
            received++;
            closed += c.IsClosed ? 1 : 0;
            if (c.Satisfied is { } verdict)
            {
                evaluated++;
                satisfied += verdict ? 1 : 0;
            }
        }

        return new(received, closed, evaluated, satisfied);
    }

    /// <summary>Makes a tally from counts a source reports.</summary>
    /// <param name="received">Cases received, zero or more.</param>
    /// <param name="closed">Cases closed, from 0 to <paramref name="received"/>.</param>
    /// <param name="evaluated">Cases evaluated, from 0 to <paramref name="received"/>.</param>
    /// <param name="satisfied">Satisfied verdicts, from 0 to <paramref name="evaluated"/>.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above the count it is part of.</exception>
    public static CaseTally Of(int received, int closed, int evaluated = 0, int satisfied = 0)
    {
        Guard.Against.NegativeCount(received);
        Check(closed, received, nameof(closed));
        Check(evaluated, received, nameof(evaluated));
        Check(satisfied, evaluated, nameof(satisfied));
        return new(received, closed, evaluated, satisfied);
    }

    /// <summary>Formats the tally.</summary>
    /// <returns>A text such as <c>52 received, 51 closed (98.08%)</c>.</returns>
    public override string ToString() => Evaluated == 0
        ? $"{Received} received, {ClosureRate.Part} closed{Percent(ClosureRate)}"
        : $"{Received} received, {ClosureRate.Part} closed{Percent(ClosureRate)}, {Satisfied} of {Evaluated} satisfied{Percent(SatisfactionRate)}";

    private static string Percent(Proportion rate) => rate.IsEmpty ? string.Empty : FormattableString.Invariant($" ({rate.RoundedPercent(2):0.##}%)");

    private static void Check(int part, int whole, string name)
    {
        if (part < 0 || part > whole)
        {
            throw GuardExtensions.OutOfRange(name, part, FormattableString.Invariant($"must be from 0 to {whole}"));
        }
    }
}
