using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>What a subsidy policy says: for each post, a floor or an amount per month, fixed or as a multiple of a reference wage.</summary>
/// <remarks>
/// <para>Three shapes of source rule are written with it: multiples of a reference wage per post
/// (SUB-01: 150% and 130% of the minimum wage), a fixed schedule per post (SUB-02 to SUB-05), and a
/// floor tied to the average wage (SUB-06: 100% of it). A policy can mix fixed and multiple lines.</para>
/// <para>Computed amounts are rounded by <see cref="Rounding"/>: by default floors round up to 0.01
/// yuan, so that paying the floor satisfies it, and amounts round half away from zero.</para>
/// </remarks>
public sealed class SubsidyPolicy
{
    private static readonly int RoleCount = Enum.GetValues<PayRole>().Length;

    // The lines by post, so that finding a post's line is one array read.
    private readonly SubsidyLine?[] _byRole;

    private SubsidyPolicy(SubsidyNature nature, Rounding rounding, ImmutableArray<SubsidyLine> lines, CostShare? costShare = null)
    {
        CostShare = costShare;
        Nature = nature;
        Rounding = rounding;
        Lines = lines;
        _byRole = new SubsidyLine?[RoleCount];
        foreach (var line in lines)
        {
            _byRole[(int)line.Role] = line;
        }
    }

    /// <summary>Gets whether the amounts are floors or amounts paid.</summary>
    public SubsidyNature Nature { get; }

    /// <summary>Gets how computed amounts are rounded.</summary>
    public Rounding Rounding { get; }

    /// <summary>Gets the lines, in the order given.</summary>
    public ImmutableArray<SubsidyLine> Lines { get; }

    /// <summary>Gets how the cost is shared between payers, or <see langword="null"/> when the policy does not say.</summary>
    public CostShare? CostShare { get; }

    /// <summary>Gets the posts the policy covers, in the order given.</summary>
    public IEnumerable<PayRole> Roles => Lines.Select(l => l.Role);

    /// <summary>Defines floors (不低于): the least each post may be paid, computed floors rounded up to 0.01 yuan.</summary>
    /// <param name="lines">One line per post; at least one.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or a line is null.</exception>
    /// <exception cref="PolicyDefinitionException">The lines are invalid; every problem is listed.</exception>
    public static SubsidyPolicy Floors(params IEnumerable<SubsidyLine> lines) => Define(SubsidyNature.Floor, Rounding.Floor, lines);

    /// <summary>Defines amounts paid or set per post, computed amounts rounded half away from zero to 0.01 yuan.</summary>
    /// <param name="lines">One line per post; at least one.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or a line is null.</exception>
    /// <exception cref="PolicyDefinitionException">The lines are invalid; every problem is listed.</exception>
    public static SubsidyPolicy Amounts(params IEnumerable<SubsidyLine> lines) => Define(SubsidyNature.Amount, Rounding.Amount, lines);

    /// <summary>Defines a policy with a stated rounding, for sources that round to whole yuan or ten yuan.</summary>
    /// <param name="nature">Floors or amounts.</param>
    /// <param name="rounding">How computed amounts are rounded.</param>
    /// <param name="lines">One line per post; at least one.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or a line is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nature"/> is not defined.</exception>
    /// <exception cref="PolicyDefinitionException">The lines are invalid; every problem is listed.</exception>
    public static SubsidyPolicy Define(SubsidyNature nature, Rounding rounding, params IEnumerable<SubsidyLine> lines)
    {
        Guard.Against.UndefinedEnum(nature);
        var given = Guard.Against.NullArgument(lines).ToImmutableArray();
        var problems = new List<DefinitionProblem>();
        if (given.IsEmpty)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, "The policy has no lines; give at least one post's floor or amount.", nameof(lines)));
        }

        var seen = new HashSet<PayRole>();
        for (var i = 0; i < given.Length; i++)
        {
            var line = given[i] ?? throw GuardExtensions.Null($"lines[{i}]");
            if (!seen.Add(line.Role))
            {
                problems.Add(new(DefinitionProblemKind.Duplicate, string.Create(CultureInfo.InvariantCulture, $"Line {i + 1} ({line}) is a second line for {line.Role}; give each post once."), string.Create(CultureInfo.InvariantCulture, $"lines[{i}]")));
            }

            if (line.FixedMonthly is { IsNegative: true })
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Line {i + 1} ({line}) gives a negative amount; expected zero or more."), string.Create(CultureInfo.InvariantCulture, $"lines[{i}]")));
            }

            if (line.IsMultipleOfWage && line.Rate == Rate.Zero)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Line {i + 1} ({line}) is zero times the wage; expected a multiple more than zero."), string.Create(CultureInfo.InvariantCulture, $"lines[{i}]")));
            }
        }

        return problems.Count == 0 ? new(nature, rounding, given) : throw new PolicyDefinitionException("subsidy policy", problems);
    }

    /// <summary>Returns a copy of the policy whose cost the payers share as given.</summary>
    /// <param name="share">The share, such as city 6 : district 4.</param>
    /// <returns>The policy with its share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="share"/> is null.</exception>
    public SubsidyPolicy WithCostShare(CostShare share) => new(Nature, Rounding, Lines, Guard.Against.NullArgument(share));

    /// <summary>Tries to get the line for a post.</summary>
    /// <param name="role">The post.</param>
    /// <param name="line">The line, when the policy covers the post.</param>
    /// <returns><see langword="true"/> when the policy covers <paramref name="role"/>.</returns>
    public bool TryGetLine(PayRole role, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SubsidyLine? line)
    {
        Guard.Against.UndefinedEnum(role);
        line = (int)role < _byRole.Length ? _byRole[(int)role] : null;
        return line is not null;
    }

    /// <summary>Formats the policy.</summary>
    /// <returns>Its nature and lines.</returns>
    public override string ToString() => $"{Nature}s: " + string.Join("; ", Lines) + (CostShare is null ? string.Empty : $"; shared {CostShare}");
}
