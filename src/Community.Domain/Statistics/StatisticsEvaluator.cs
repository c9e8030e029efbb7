using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Statistics;

/// <summary>Checks the statistical reports of the sources (STA-01 to STA-04), or a user's own: every breakdown that does not add up to its total becomes a warning citing the figures, which stay as reported.</summary>
/// <remarks>Every question has the three forms of every evaluator: kind, jurisdiction, date. Stateless and thread-safe.</remarks>
public sealed class StatisticsEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="StatisticsEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve reports in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public StatisticsEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Checks the report of a kind in force for a jurisdiction.</summary>
    /// <param name="kind">The kind of report.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The report and a warning for each breakdown that does not add up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No report of <paramref name="kind"/> is held there on <paramref name="asOf"/>.</exception>
    public StatisticsCheck Check(PolicyKind<StatisticalReport> kind, JurisdictionCode jurisdiction, LocalDate asOf) =>
        CheckUnder(_catalog.ResolveVersion(kind, jurisdiction, asOf), null);

    /// <summary>Tries to check a report, without throwing where none is held.</summary>
    /// <param name="kind">The kind of report.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="check">The check, when a report is held.</param>
    /// <returns><see langword="true"/> when a report of <paramref name="kind"/> is held there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryCheck(PolicyKind<StatisticalReport> kind, JurisdictionCode jurisdiction, LocalDate asOf, [NotNullWhen(true)] out StatisticsCheck? check)
    {
        check = _catalog.FindVersion(kind, jurisdiction, asOf) is { } version ? CheckUnder(version, null) : null;
        return check is not null;
    }

    /// <summary>Checks a report and explains it: every breakdown's sum against its total, those that add up and those that do not.</summary>
    /// <param name="kind">The kind of report.</param>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The same check as <see cref="Check"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No report of <paramref name="kind"/> is held there on <paramref name="asOf"/>.</exception>
    public Explained<StatisticsCheck> ExplainCheck(PolicyKind<StatisticalReport> kind, JurisdictionCode jurisdiction, LocalDate asOf)
    {
        var version = _catalog.ResolveVersion(kind, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf);
        var check = CheckUnder(version, recorder);
        var (english, chinese) = StatisticsText.Result(check);
        return new(check, recorder.Result("check", english, chinese));
    }

    private static StatisticsCheck CheckUnder(PolicyVersion<StatisticalReport> version, ExplanationRecorder? recorder)
    {
        var findings = new FindingCollector(version, recorder);
        var count = 0;
        foreach (var total in version.Policy.Totals)
        {
            foreach (var breakdown in total.Breakdowns)
            {
                count++;
                var adds = breakdown.Sum == total.Value;
                if (adds)
                {
                    if (recorder is not null)
                    {
                        var (english, chinese) = StatisticsText.Breakdown(total, breakdown);
                        recorder.Condition(true, english, chinese);
                    }
                }
                else
                {
                    findings.Add(StatisticsFindingCodes.BreakdownDoesNotAddUp, FindingSeverity.Warning, StatisticsText.Breakdown(total, breakdown), holds: false);
                }
            }
        }

        foreach (var rate in version.Policy.Rates)
        {
            CheckRate(rate, findings, recorder);
        }

        return new StatisticsCheck(version.Policy, count, version.Policy.Rates.Length, findings.ToImmutable());
    }

    private static void CheckRate(StatisticalRate rate, FindingCollector findings, ExplanationRecorder? recorder)
    {
        if (rate.Counts is not { } counts)
        {
            findings.Add(StatisticsFindingCodes.RateWithoutCounts, FindingSeverity.Info, StatisticsText.RateWithoutCounts(rate));
            return;
        }

        if (rate.ReportedPercent is { } reported && !counts.IsReportedAs(reported, rate.Decimals))
        {
            findings.Add(StatisticsFindingCodes.RateDoesNotMatch, FindingSeverity.Warning, StatisticsText.Rate(rate), holds: false);
        }
        else if (recorder is not null)
        {
            var (english, chinese) = StatisticsText.Rate(rate);
            if (rate.ReportedPercent is null || counts.IsEmpty)
            {
                recorder.Remark(english, chinese);
            }
            else
            {
                recorder.Condition(true, english, chinese);
            }
        }
    }
}
