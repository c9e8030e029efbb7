using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Admission;

/// <summary>A community's admitted work in a calendar year (ADM-04, the burden it measures) against the yearly caps of the admission policy in force.</summary>
/// <remarks>
/// Only admitted work counts towards the burden: work within the community's own duties, work carried
/// out directly by the town or departments, and work the community may refuse or must reject do not.
/// When the register covers part of the year, the counts are those of the days it covers, compared
/// with the full-year caps.
/// </remarks>
public sealed class BurdenReport
{
    internal BurdenReport(WorkloadRegister register, int year, WorkloadSummary summary, PolicyVersion<AdmissionPolicy> version)
        : this(register.Community, register.Jurisdiction, year, summary, version)
    {
    }

    // For JSON: the version by reference; the lines are worked out again from the summary and the caps.
    [System.Text.Json.Serialization.JsonConstructor]
    internal BurdenReport(CommunityProfile community, JurisdictionCode jurisdiction, int year, WorkloadSummary summary, PolicyVersion? versionReference)
        : this(
            Guard.Against.NullArgument(community),
            Guard.Against.DefaultValue(jurisdiction, "JurisdictionCode.Of or JurisdictionCode.Parse"),
            year,
            Guard.Against.NullArgument(summary),
            PolicyVersionJsonConverter.As<AdmissionPolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version whose caps applied")))
    {
    }

    private BurdenReport(CommunityProfile community, JurisdictionCode jurisdiction, int year, WorkloadSummary summary, PolicyVersion<AdmissionPolicy> version)
    {
        Community = community;
        Jurisdiction = jurisdiction;
        Year = year;
        Summary = summary;
        Version = version;
        var policy = version.Policy;
        var lines = ImmutableArray.CreateBuilder<BurdenLine>();
        foreach (var kind in Enum.GetValues<WorkItemKind>())
        {
            var admitted = summary.CountOf(kind, AdmissionOutcome.Admitted);
            var cap = policy.CapOf(kind);
            if (admitted > 0 || cap is not null)
            {
                lines.Add(new BurdenLine(kind, admitted, cap, summary.FundsReceivedFor(kind)));
            }
        }

        Lines = lines.ToImmutable();
        Total = new BurdenLine(null, summary.CountOf(AdmissionOutcome.Admitted), policy.TotalCap, summary.FundsReceived);
    }

    /// <summary>Gets the community's name.</summary>
    public CommunityProfile Community { get; }

    /// <summary>Gets the community's jurisdiction.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets the calendar year.</summary>
    public int Year { get; }

    /// <summary>Gets the counts of every decision in the days of the year the register covers.</summary>
    public WorkloadSummary Summary { get; }

    /// <summary>Gets the policy version whose caps the counts were compared with: the one in force on the last day counted.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<AdmissionPolicy> Version { get; }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets one line per kind that has admitted items or a cap, in the order of <see cref="WorkItemKind"/>.</summary>
    public ImmutableArray<BurdenLine> Lines { get; }

    /// <summary>Gets the line of all admitted items together, against the policy's total cap.</summary>
    public BurdenLine Total { get; }

    /// <summary>Gets the funds that came with admitted work.</summary>
    public Money FundsReceived => Total.FundsReceived;

    /// <summary>Gets a value indicating whether no line, nor the total, exceeds its cap.</summary>
    public bool IsWithinCaps => !Total.IsOverCap && !Lines.Any(line => line.IsOverCap);

    /// <summary>Gets the rule the report measures: ADM-04, the burden of work put on communities.</summary>
    public RuleId RuleId { get; } = RuleId.Adm04;

    /// <summary>Gets the sources of ADM-04, then those of the rule whose caps apply.</summary>
    public ImmutableArray<Citation> Citations => AdmissionPolicies.BurdenSources.AddRange(Version.Citations);

    /// <summary>Gets the rule whose caps apply, such as ADM-01.</summary>
    public RuleId CapsRuleId => Version.RuleId;

    /// <summary>Writes the report as lines of text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The heading, one line per kind, the total and the funds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is neither English nor Chinese.</exception>
    public string ToText(ExplanationLanguage language) => AdmissionText.Burden(this, Guard.Against.Language(language));

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is BurdenReport other && Equals(Community, other.Community) && Equals(Jurisdiction, other.Jurisdiction) && Equals(Year, other.Year) && Equals(Summary, other.Summary) && Equals(Version, other.Version);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Community, Jurisdiction, Year, Summary, Version);

    /// <summary>Formats the report.</summary>
    /// <returns>The English text of <see cref="ToText"/>.</returns>
    public override string ToString() => ToText(ExplanationLanguage.English);
}
