using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Subsidies;

/// <summary>Evaluates subsidy policies: a post's floor or amount in force, and how far actual pay falls below the floors.</summary>
/// <remarks>
/// Stateless and thread-safe; register it as a singleton. A multiple of a reference wage uses the
/// wage in force for the jurisdiction asked about (or inherited by it) on the date asked about.
/// <see cref="Amount"/>, <see cref="Floor"/> and <see cref="Gap"/> allocate nothing; every
/// <c>Explain…</c> method gives the same result with its explanation.
/// </remarks>
public sealed class SubsidyEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="SubsidyEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies and reference wages in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public SubsidyEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Returns a post's floor or amount under a kind of subsidy policy.</summary>
    /// <param name="kind">The kind, such as <see cref="SubsidyKinds.Floor"/> or <see cref="SubsidyKinds.Pay"/>.</param>
    /// <param name="jurisdiction">The jurisdiction asked about, which also chooses the reference wage.</param>
    /// <param name="asOf">The date, which chooses the policy version and the wage.</param>
    /// <param name="role">The post.</param>
    /// <returns>The amount per month and per year, rounded as the policy says.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the policy in force does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of the kind, or no reference wage the line needs, is in force there on <paramref name="asOf"/>.</exception>
    public SubsidyAmount Amount(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role) =>
        Compute(_catalog.ResolveVersion(kind, jurisdiction, asOf), jurisdiction, asOf, role);

    /// <summary>Tries to return a post's floor or amount, when a policy of the kind is in force and covers the post.</summary>
    /// <param name="kind">The kind of subsidy policy.</param>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <param name="amount">The amount, when there is one.</param>
    /// <returns><see langword="true"/> when a policy is in force and covers <paramref name="role"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">The line is a multiple of a reference wage that is not known there on <paramref name="asOf"/>.</exception>
    public bool TryAmount(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, out SubsidyAmount amount)
    {
        var found = _catalog.TryResolve(kind, jurisdiction, asOf, out var resolution) && resolution.Policy.TryGetLine(role, out _);
        amount = found ? Compute(resolution.Version, jurisdiction, asOf, role) : default;
        return found;
    }

    /// <summary>Returns the floor in force for a post (<see cref="SubsidyKinds.Floor"/>).</summary>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <returns>The floor per month and per year, rounded up.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the floor policy does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No floor policy, or no reference wage it needs, is in force there on <paramref name="asOf"/>.</exception>
    public SubsidyAmount Floor(JurisdictionCode jurisdiction, LocalDate asOf, PayRole role) =>
        Amount(SubsidyKinds.Floor, jurisdiction, asOf, role);

    /// <summary>Returns a post's floor or amount with its explanation: the version, the wage and its date, the multiple, the rounding and the sources.</summary>
    /// <param name="kind">The kind of subsidy policy.</param>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <returns>The same amount as <see cref="Amount"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the policy does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of the kind, or no reference wage the line needs, is in force there on <paramref name="asOf"/>.</exception>
    public Explained<SubsidyAmount> ExplainAmount(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role)
    {
        var resolution = _catalog.Resolve(kind, jurisdiction, asOf);
        var amount = Compute(resolution.Version, jurisdiction, asOf, role);
        var explanation = ExplanationRecorder.Start(_catalog, resolution)
            .Input("role", SubsidyText.Role(role, ExplanationLanguage.English), SubsidyText.Role(role, ExplanationLanguage.Chinese));
        ExplainAmountSteps(explanation, amount, jurisdiction, asOf);
        return new(amount, explanation.Result(
            "monthly-amount",
            $"{SubsidyText.Nature(amount.Nature, ExplanationLanguage.English)} for a {SubsidyText.Role(role, ExplanationLanguage.English)}: {SubsidyText.Monthly(amount.Monthly, ExplanationLanguage.English)} ({KernelText.AnnualMoney(amount.Annual, ExplanationLanguage.English)})",
            $"{SubsidyText.Role(role, ExplanationLanguage.Chinese)}{SubsidyText.Nature(amount.Nature, ExplanationLanguage.Chinese)}:{SubsidyText.Monthly(amount.Monthly, ExplanationLanguage.Chinese)}({KernelText.AnnualMoney(amount.Annual, ExplanationLanguage.Chinese)})"));
    }

    /// <summary>Returns how far one person's pay falls below the floor in force for their post.</summary>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <param name="paidMonthly">What the person is paid per month; zero or more.</param>
    /// <returns>The floor, the pay and the shortfall per month and per year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paidMonthly"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the floor policy does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No floor policy, or no reference wage it needs, is in force there on <paramref name="asOf"/>.</exception>
    public SubsidyGap Gap(JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, Money paidMonthly)
    {
        CheckPaid(paidMonthly);
        return new(Floor(jurisdiction, asOf, role), paidMonthly);
    }

    /// <summary>Returns how far one person's pay falls below the floor, with the explanation of the floor and the comparison.</summary>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <param name="paidMonthly">What the person is paid per month; zero or more.</param>
    /// <returns>The same gap as <see cref="Gap"/>, explained.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paidMonthly"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the floor policy does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No floor policy, or no reference wage it needs, is in force there on <paramref name="asOf"/>.</exception>
    public Explained<SubsidyGap> ExplainGap(JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, Money paidMonthly)
    {
        CheckPaid(paidMonthly);
        var resolution = _catalog.Resolve(SubsidyKinds.Floor, jurisdiction, asOf);
        var gap = new SubsidyGap(Compute(resolution.Version, jurisdiction, asOf, role), paidMonthly);
        var explanation = ExplanationRecorder.Start(_catalog, resolution)
            .Input("role", SubsidyText.Role(role, ExplanationLanguage.English), SubsidyText.Role(role, ExplanationLanguage.Chinese))
            .Input("paid", SubsidyText.Monthly(paidMonthly, ExplanationLanguage.English), SubsidyText.Monthly(paidMonthly, ExplanationLanguage.Chinese));
        ExplainAmountSteps(explanation, gap.Floor, jurisdiction, asOf);
        explanation.Condition(
            !gap.IsBelowFloor,
            $"The pay, {SubsidyText.Monthly(paidMonthly, ExplanationLanguage.English)}, must be at least the floor, {SubsidyText.Monthly(gap.Floor.Monthly, ExplanationLanguage.English)}.",
            $"实发{SubsidyText.Monthly(paidMonthly, ExplanationLanguage.Chinese)},应不低于最低标准{SubsidyText.Monthly(gap.Floor.Monthly, ExplanationLanguage.Chinese)}。");
        return new(gap, explanation.Result(
            "monthly-shortfall",
            $"short {SubsidyText.Monthly(gap.ShortfallMonthly, ExplanationLanguage.English)} ({KernelText.AnnualMoney(gap.ShortfallAnnual, ExplanationLanguage.English)})",
            $"差额{SubsidyText.Monthly(gap.ShortfallMonthly, ExplanationLanguage.Chinese)}({KernelText.AnnualMoney(gap.ShortfallAnnual, ExplanationLanguage.Chinese)})"));
    }

    /// <summary>Returns the gaps of a group of people, such as one committee, against the floors in force.</summary>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="people">The people, each with their post and pay.</param>
    /// <returns>Each person's gap and the totals; people whose post has no floor are listed apart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> or a person is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No floor policy, or no reference wage it needs, is in force there on <paramref name="asOf"/>.</exception>
    public GapReport Gaps(JurisdictionCode jurisdiction, LocalDate asOf, IEnumerable<PaidPerson> people)
    {
        var given = Guard.Against.NullArgument(people).ToList();
        var version = _catalog.ResolveVersion(SubsidyKinds.Floor, jurisdiction, asOf);
        var gaps = ImmutableArray.CreateBuilder<(PaidPerson, SubsidyGap)>(given.Count);
        var notCovered = ImmutableArray.CreateBuilder<PaidPerson>();
        for (var i = 0; i < given.Count; i++)
        {
            var person = given[i] ?? throw GuardExtensions.Null($"people[{i}]");
            if (version.Policy.TryGetLine(person.Role, out _))
            {
                gaps.Add((person, new SubsidyGap(Compute(version, jurisdiction, asOf, person.Role), person.PaidMonthly)));
            }
            else
            {
                notCovered.Add(person);
            }
        }

        return new(gaps.ToImmutable(), notCovered.ToImmutable());
    }

    /// <summary>Compares the pay schedule in force (<see cref="SubsidyKinds.Pay"/>) with the floors in force, post by post, for every post both cover.</summary>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One gap per post, in the floor policy's order: what one person in the post is short.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No pay schedule or no floor policy, or no reference wage either needs, is in force there on <paramref name="asOf"/>.</exception>
    public ImmutableArray<SubsidyGap> ScheduleGaps(JurisdictionCode jurisdiction, LocalDate asOf)
    {
        var floors = _catalog.ResolveVersion(SubsidyKinds.Floor, jurisdiction, asOf);
        var pay = _catalog.ResolveVersion(SubsidyKinds.Pay, jurisdiction, asOf);
        var gaps = ImmutableArray.CreateBuilder<SubsidyGap>();
        foreach (var line in floors.Policy.Lines)
        {
            if (pay.Policy.TryGetLine(line.Role, out _))
            {
                gaps.Add(new SubsidyGap(Compute(floors, jurisdiction, asOf, line.Role), Compute(pay, jurisdiction, asOf, line.Role).Monthly));
            }
        }

        return gaps.ToImmutable();
    }

    private static void CheckPaid(Money paidMonthly)
    {
        if (paidMonthly.IsNegative)
        {
            throw GuardExtensions.OutOfRange(nameof(paidMonthly), paidMonthly, "must be zero or more");
        }
    }

    private SubsidyAmount Compute(PolicyVersion<SubsidyPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role)
    {
        var policy = version.Policy;
        if (!policy.TryGetLine(role, out var line))
        {
            throw NotCovered(version, jurisdiction, asOf, role);
        }

        if (line.Wage is { } wageKind)
        {
            var wage = _catalog.ResolveVersion(wageKind, jurisdiction, asOf);
            return new(role, (wage.Policy.Monthly * line.Rate).Round(policy.Rounding), version, wage, line.Rate);
        }

        return new(role, line.FixedMonthly.GetValueOrDefault(), version, null, Rate.Zero);
    }

    private static ArgumentException NotCovered(PolicyVersion<SubsidyPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role) =>
        new(string.Create(
                CultureInfo.InvariantCulture,
                $"role is {role}, which the {version.Kind.EnglishName} in force for {jurisdiction} on {asOf:uuuu-MM-dd} ({version.RuleId}) does not cover; it covers {string.Join(", ", version.Policy.Roles)}."),
            nameof(role));

    private static void ExplainAmountSteps(ExplanationRecorder explanation, SubsidyAmount amount, JurisdictionCode jurisdiction, LocalDate asOf)
    {
        if (amount.Wage is { } wage)
        {
            explanation.AlsoApplies(new PolicyResolution<ReferenceWage>(wage, jurisdiction, asOf));
            var unrounded = wage.Policy.Monthly * amount.Rate;
            explanation.Step(SubsidyText.Formula(amount, unrounded));
            explanation.Step(SubsidyText.Rounding(amount, amount.Version.Policy.Rounding, unrounded));
        }
        else
        {
            explanation.Step(SubsidyText.Formula(amount, amount.Monthly));
        }
    }
}
