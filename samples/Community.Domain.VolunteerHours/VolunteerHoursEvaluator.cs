using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Samples.VolunteerHours;

/// <summary>
/// Answers the module's question in the library's one shape: <see cref="Assess"/>, <see cref="TryAssess"/>
/// and <see cref="ExplainAssess"/>, with arguments in the order jurisdiction, date, inputs. The plain
/// forms allocate nothing; the explained form runs the same function with a recorder.
/// </summary>
/// <param name="catalog">The catalog to resolve policies in.</param>
public sealed class VolunteerHoursEvaluator(PolicyCatalog catalog)
{
    private readonly PolicyCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>Assesses a volunteer's hours under the rule in force.</summary>
    /// <param name="jurisdiction">Where the volunteer serves.</param>
    /// <param name="asOf">The day assessed.</param>
    /// <param name="total">The total hours served.</param>
    /// <param name="thisYear">The hours served this year.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="PolicyNotInForceException">No rule is in force there on the day.</exception>
    /// <exception cref="ArgumentException"><paramref name="thisYear"/> is more than <paramref name="total"/>, or the catalog does not know the jurisdiction.</exception>
    public VolunteerHoursAssessment Assess(JurisdictionCode jurisdiction, LocalDate asOf, ServiceHours total, ServiceHours thisYear)
    {
        Check(total, thisYear);
        return Evaluate(_catalog.Resolve(VolunteerHoursKinds.Hours, jurisdiction, asOf).Version, total, thisYear, null);
    }

    /// <summary>Tries to assess a volunteer's hours.</summary>
    /// <param name="jurisdiction">Where the volunteer serves.</param>
    /// <param name="asOf">The day assessed.</param>
    /// <param name="total">The total hours served.</param>
    /// <param name="thisYear">The hours served this year.</param>
    /// <param name="assessment">The assessment, when a rule is in force.</param>
    /// <returns>Whether a rule is in force.</returns>
    /// <exception cref="ArgumentException"><paramref name="thisYear"/> is more than <paramref name="total"/>, or the catalog does not know the jurisdiction.</exception>
    public bool TryAssess(JurisdictionCode jurisdiction, LocalDate asOf, ServiceHours total, ServiceHours thisYear, out VolunteerHoursAssessment assessment)
    {
        Check(total, thisYear);
        if (_catalog.TryResolve(VolunteerHoursKinds.Hours, jurisdiction, asOf, out var resolution))
        {
            assessment = Evaluate(resolution.Version, total, thisYear, null);
            return true;
        }

        assessment = default;
        return false;
    }

    /// <summary>Assesses a volunteer's hours and explains the answer in English and Chinese.</summary>
    /// <param name="jurisdiction">Where the volunteer serves.</param>
    /// <param name="asOf">The day assessed.</param>
    /// <param name="total">The total hours served.</param>
    /// <param name="thisYear">The hours served this year.</param>
    /// <returns>The same assessment as <see cref="Assess"/>, with its explanation.</returns>
    /// <exception cref="PolicyNotInForceException">No rule is in force there on the day.</exception>
    /// <exception cref="ArgumentException"><paramref name="thisYear"/> is more than <paramref name="total"/>, or the catalog does not know the jurisdiction.</exception>
    public Explained<VolunteerHoursAssessment> ExplainAssess(JurisdictionCode jurisdiction, LocalDate asOf, ServiceHours total, ServiceHours thisYear)
    {
        Check(total, thisYear);
        var resolution = _catalog.Resolve(VolunteerHoursKinds.Hours, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Start(_catalog, resolution)
            .Input("total", VolunteerHoursText.Hours(total, ExplanationLanguage.English), VolunteerHoursText.Hours(total, ExplanationLanguage.Chinese))
            .Input("thisYear", VolunteerHoursText.Hours(thisYear, ExplanationLanguage.English), VolunteerHoursText.Hours(thisYear, ExplanationLanguage.Chinese));
        var assessment = Evaluate(resolution.Version, total, thisYear, recorder);
        var (english, chinese) = VolunteerHoursText.Result(assessment);
        return new(assessment, recorder.Result("assessment", english, chinese));
    }

    private static void Check(ServiceHours total, ServiceHours thisYear)
    {
        if (thisYear > total)
        {
            throw new ArgumentException($"thisYear is {thisYear}, more than total {total}; expected this year's hours to be part of the total.", nameof(thisYear));
        }
    }

    // The one function both paths run; the recorder is null on the plain path.
    private static VolunteerHoursAssessment Evaluate(PolicyVersion<VolunteerHoursPolicy> version, ServiceHours total, ServiceHours thisYear, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        var match = policy.Levels.Find(total);
        var level = match.Value;
        ServiceHours? next = level < policy.LevelThresholds.Length ? policy.LevelThresholds[level] : null;
        var active = thisYear >= policy.YearlyMinimum;
        if (recorder is not null)
        {
            recorder.Band(match, VolunteerHoursText.Level);
            var (nextEnglish, nextChinese) = next is { } at ? VolunteerHoursText.NextLevel(level, at, total) : VolunteerHoursText.TopLevel(level);
            recorder.Remark(nextEnglish, nextChinese);
            var (english, chinese) = VolunteerHoursText.Active(policy.YearlyMinimum);
            recorder.Condition(active, english, chinese);
        }

        return new VolunteerHoursAssessment(version, total, thisYear, level, match.ListedIndex, next, active);
    }
}
