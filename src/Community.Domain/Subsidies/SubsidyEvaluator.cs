using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
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
        Compute(_catalog.ResolveVersion(kind, jurisdiction, asOf), jurisdiction, asOf, role, null);

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
        var version = _catalog.FindVersion(kind, jurisdiction, asOf);
        var found = version is not null && version.Policy.TryGetLine(role, out _);
        amount = found ? Compute(version!, jurisdiction, asOf, role, null) : default;
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

    /// <summary>Tries to return the floor in force for a post, when a floor policy is in force and covers the post.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <param name="floor">The floor, when one is in force for the post.</param>
    /// <returns><see langword="true"/> when a floor policy is in force and covers <paramref name="role"/>.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">The floor is a multiple of a reference wage that is not known there.</exception>
    public bool TryFloor(JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, out SubsidyAmount floor) =>
        TryAmount(SubsidyKinds.Floor, jurisdiction, asOf, role, out floor);

    /// <summary>Returns a post's floor or amount with its explanation: the version, the wage and its date, the multiple, the rounding and the sources.</summary>
    /// <param name="kind">The kind of subsidy policy.</param>
    /// <param name="jurisdiction">The jurisdiction asked about.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <returns>The same amount as <see cref="Amount"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the policy does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of the kind, or no reference wage the line needs, is in force there on <paramref name="asOf"/>.</exception>
    public Explained<SubsidyAmount> ExplainAmount(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role) =>
        Explain(_catalog.ResolveVersion(kind, jurisdiction, asOf), jurisdiction, asOf, role);

    private Explained<SubsidyAmount> Explain(PolicyVersion<SubsidyPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role)
    {
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("role", SubsidyText.Role(role, ExplanationLanguage.English), SubsidyText.Role(role, ExplanationLanguage.Chinese));
        var amount = Compute(version, jurisdiction, asOf, role, recorder);
        var (english, chinese) = SubsidyText.AmountResult(amount);
        return new(amount, recorder.Result("monthly-amount", english, chinese));
    }

    /// <summary>Tries to return a post's floor or amount with its explanation, when a policy of the kind is in force and covers the post.</summary>
    /// <param name="kind">The kind of subsidy policy.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <param name="amount">The amount with its explanation, when a policy is in force and covers <paramref name="role"/>; otherwise the default value.</param>
    /// <returns><see langword="true"/> when a policy is in force and covers <paramref name="role"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">The line is a multiple of a reference wage that is not known there.</exception>
    public bool TryExplainAmount(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, out Explained<SubsidyAmount> amount)
    {
        var version = _catalog.FindVersion(kind, jurisdiction, asOf);
        if (version is null || !version.Policy.TryGetLine(role, out _))
        {
            amount = default;
            return false;
        }

        amount = Explain(version, jurisdiction, asOf, role);
        return true;
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

    /// <summary>Tries to return how far one person's pay falls below the floor, when a floor policy is in force and covers the post.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The post.</param>
    /// <param name="paidMonthly">What the person is paid a month; zero or more.</param>
    /// <param name="gap">The gap, when a floor is in force for the post.</param>
    /// <returns><see langword="true"/> when a floor policy is in force and covers <paramref name="role"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paidMonthly"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">The floor is a multiple of a reference wage that is not known there.</exception>
    public bool TryGap(JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, Money paidMonthly, out SubsidyGap gap)
    {
        CheckPaid(paidMonthly);
        var found = TryFloor(jurisdiction, asOf, role, out var floor);
        gap = found ? new SubsidyGap(floor, paidMonthly) : default;
        return found;
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
        var version = _catalog.ResolveVersion(SubsidyKinds.Floor, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("role", SubsidyText.Role(role, ExplanationLanguage.English), SubsidyText.Role(role, ExplanationLanguage.Chinese))
            .Input("paid", SubsidyText.Monthly(paidMonthly, ExplanationLanguage.English), SubsidyText.Monthly(paidMonthly, ExplanationLanguage.Chinese));
        var gap = new SubsidyGap(Compute(version, jurisdiction, asOf, role, recorder), paidMonthly);
        var (checkEn, checkZh) = SubsidyText.PaidAgainstFloor(gap);
        recorder.Condition(!gap.IsBelowFloor, checkEn, checkZh);
        var (english, chinese) = SubsidyText.GapResult(gap);
        return new(gap, recorder.Result("monthly-shortfall", english, chinese));
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
                gaps.Add((person, new SubsidyGap(Compute(version, jurisdiction, asOf, person.Role, null), person.PaidMonthly)));
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
                gaps.Add(new SubsidyGap(Compute(floors, jurisdiction, asOf, line.Role, null), Compute(pay, jurisdiction, asOf, line.Role, null).Monthly));
            }
        }

        return gaps.ToImmutable();
    }

    /// <summary>Returns what one person is entitled to under the line for their post: its amount, and the eligibility conditions they do not meet.</summary>
    /// <param name="kind">The kind of subsidy policy.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date; years of service are counted to it.</param>
    /// <param name="role">The person's post.</param>
    /// <param name="person">The person's service record.</param>
    /// <returns>The amount and the unmet conditions; a person meeting them all is eligible.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the policy does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>, or the line's reference wage is not.</exception>
    public SubsidyEntitlement Entitlement(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, ServiceRecord person)
    {
        Guard.Against.NullArgument(person);
        return EntitlementUnder(_catalog.ResolveVersion(kind, jurisdiction, asOf), jurisdiction, asOf, role, person, null);
    }

    /// <summary>Tries to return a person's entitlement, without throwing where no policy of the kind is in force or it does not cover the post.</summary>
    /// <param name="kind">The kind of subsidy policy.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The person's post.</param>
    /// <param name="person">The person's service record.</param>
    /// <param name="entitlement">The entitlement, when a policy is in force and covers the post.</param>
    /// <returns><see langword="true"/> when a policy is in force and covers <paramref name="role"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">The line's reference wage is not in force there.</exception>
    public bool TryEntitlement(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, ServiceRecord person, [NotNullWhen(true)] out SubsidyEntitlement? entitlement)
    {
        Guard.Against.NullArgument(person);
        var version = _catalog.FindVersion(kind, jurisdiction, asOf);
        entitlement = version is not null && version.Policy.TryGetLine(role, out _) ? EntitlementUnder(version, jurisdiction, asOf, role, person, null) : null;
        return entitlement is not null;
    }

    /// <summary>Returns a person's entitlement with its explanation: the amount's computation and each condition checked.</summary>
    /// <param name="kind">The kind of subsidy policy.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="role">The person's post.</param>
    /// <param name="person">The person's service record.</param>
    /// <returns>The same entitlement as <see cref="Entitlement"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, the date is not ISO, or the policy does not cover <paramref name="role"/>.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>, or the line's reference wage is not.</exception>
    public Explained<SubsidyEntitlement> ExplainEntitlement(PolicyKind<SubsidyPolicy> kind, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, ServiceRecord person)
    {
        Guard.Against.NullArgument(person);
        var version = _catalog.ResolveVersion(kind, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("role", SubsidyText.Role(role, ExplanationLanguage.English), SubsidyText.Role(role, ExplanationLanguage.Chinese))
            .Input("person", person.ToString(), person.ToString());
        var entitlement = EntitlementUnder(version, jurisdiction, asOf, role, person, recorder);
        var (english, chinese) = SubsidyText.EntitlementResult(entitlement);
        return new(entitlement, recorder.Result("entitlement", english, chinese));
    }

    private SubsidyEntitlement EntitlementUnder(PolicyVersion<SubsidyPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, ServiceRecord person, ExplanationRecorder? recorder)
    {
        var amount = Compute(version, jurisdiction, asOf, role, recorder);
        version.Policy.TryGetLine(role, out var line);
        var findings = new FindingCollector(version, recorder);
        findings.Check(person.IsServingOn(asOf), SubsidyFindingCodes.NotServing, SubsidyText.Serving(person, asOf, serving: false), SubsidyText.Serving(person, asOf, serving: true));
        foreach (var condition in line!.Conditions)
        {
            var met = condition.IsMetBy(person, asOf);
            var code = condition.Kind switch
            {
                EligibilityConditionKind.YearsOfService => SubsidyFindingCodes.TooFewYearsOfService,
                EligibilityConditionKind.AppointedBefore => SubsidyFindingCodes.AppointedTooLate,
                _ => SubsidyFindingCodes.ReceivesExcludedAllowance,
            };
            findings.Check(met, code, SubsidyText.Condition(condition, person, asOf, met: false), SubsidyText.Condition(condition, person, asOf, met: true));
        }

        return new SubsidyEntitlement(amount, findings.ToImmutable());
    }

    private static void CheckPaid(Money paidMonthly)
    {
        if (paidMonthly.IsNegative)
        {
            throw GuardExtensions.OutOfRange(nameof(paidMonthly), paidMonthly, "must be zero or more");
        }
    }

    // The one computation of an amount; the plain path passes no recorder and allocates nothing.
    private SubsidyAmount Compute(PolicyVersion<SubsidyPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        if (!policy.TryGetLine(role, out var line))
        {
            throw NotCovered(version, jurisdiction, asOf, role);
        }

        if (line.Wage is { } wageKind)
        {
            var wage = _catalog.ResolveVersion(wageKind, jurisdiction, asOf);
            // A wage stated per year gives its month as the year's amount times the rate, over twelve:
            // multiplying first keeps a twelfth's repeating digits out of the rounding.
            var unrounded = wage.Policy.IsStatedPerYear ? (wage.Policy.Annual * line.Rate).AnnualToMonthly() : wage.Policy.Monthly * line.Rate;
            var annual = (wage.Policy.Annual * line.Rate).Round(policy.Rounding);
            var amount = new SubsidyAmount(role, unrounded.Round(policy.Rounding), annual, version, wage, line.Rate);
            recorder?.AlsoApplies(wage).Step(SubsidyText.Formula(amount, unrounded)).Step(SubsidyText.Rounding(amount, policy.Rounding, unrounded));
            return amount;
        }

        var monthly = line.FixedMonthly.GetValueOrDefault();
        var fixedAmount = new SubsidyAmount(role, monthly, monthly.MonthlyToAnnual(), version, null, Rate.Zero);
        recorder?.Step(SubsidyText.Formula(fixedAmount, fixedAmount.Monthly));
        return fixedAmount;
    }

    private static ArgumentException NotCovered(PolicyVersion<SubsidyPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, PayRole role) =>
        new(string.Create(
                CultureInfo.InvariantCulture,
                $"role is {role}, which the {version.Kind.EnglishName} in force for {jurisdiction} on {asOf:uuuu-MM-dd} ({version.RuleId}) does not cover; it covers {string.Join(", ", version.Policy.Roles)}."),
            nameof(role));
}
