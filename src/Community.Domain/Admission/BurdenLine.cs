using System.Globalization;
using Community.Domain.Primitives;

namespace Community.Domain.Admission;

/// <summary>One line of a burden report: the admitted items of a kind (or of all kinds) in the year, against the policy's cap if any.</summary>
public sealed record BurdenLine
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal BurdenLine(WorkItemKind? kind, int admitted, int? cap, Money fundsReceived)
    {
        Kind = kind;
        Admitted = admitted;
        Cap = cap;
        FundsReceived = fundsReceived;
    }

    /// <summary>Gets the kind, or null for the line of all kinds together.</summary>
    public WorkItemKind? Kind { get; }

    /// <summary>Gets the number of admitted items.</summary>
    public int Admitted { get; }

    /// <summary>Gets the policy's yearly cap, or null when it sets none.</summary>
    public int? Cap { get; }

    /// <summary>Gets the funds that came with the admitted items.</summary>
    public Money FundsReceived { get; }

    /// <summary>Gets the admitted items beyond the cap; zero when within it or uncapped.</summary>
    public int Excess => Cap is { } cap && Admitted > cap ? Admitted - cap : 0;

    /// <summary>Gets a value indicating whether the admitted items exceed the cap.</summary>
    public bool IsOverCap => Excess > 0;

    /// <summary>Formats the line.</summary>
    /// <returns>A text such as <c>Plaque: 7 admitted, cap 5, 2 over</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Kind?.ToString() ?? "all kinds"}: {Admitted} admitted{(Cap is { } cap ? $", cap {cap}" : string.Empty)}{(IsOverCap ? $", {Excess} over" : string.Empty)}");
}
