using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Ardalis.GuardClauses;
using Community.Domain.Committees;
using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Scale;
using Community.Domain.Sources;
using NodaTime.Text;

namespace Community.Domain.Json;

/// <summary>
/// A catalog document: jurisdictions and policy versions as JSON, read whole or not at all (see
/// docs/policies-as-data.md). The library does no I/O: the caller reads the file and passes its text.
/// </summary>
/// <remarks>
/// Format version 1 reads the kinds listed in <see cref="Kinds"/>; the others follow (issue 15).
/// </remarks>
public sealed class PolicyDocument
{
    /// <summary>The format version this library reads and writes.</summary>
    public const int FormatVersion = 1;

    private const string Format = "community-domain.catalog";

    private static readonly PolicyCodec[] Codecs =
    [
        new CommitteeQuotaPolicyCodec(), new CommitteeSizePolicyCodec(), new CommitteeTermPolicyCodec(), new MeetingPolicyCodec(), new OfficeRoomPolicyCodec(),
        new ElectionPolicyCodec(), new PartTimeSourcePolicyCodec(),
        new CommunityScalePolicyCodec(), new Grids.GridPolicyCodec(), new Grids.CoverageTargetCodec(), new Premises.InLieuPaymentPolicyCodec(),
        new Subsidies.ReferenceWageCodec(Subsidies.ReferenceWageKinds.MinimumWage), new Subsidies.ReferenceWageCodec(Subsidies.ReferenceWageKinds.AverageSocialWage),
        new Staffing.StaffingPolicyCodec(Staffing.StaffingKinds.CommunityWorkers), new Staffing.StaffingPolicyCodec(Staffing.StaffingKinds.SocialWorkers), new Staffing.StaffingPolicyCodec(Staffing.StaffingKinds.GridStaff),
        new Funding.FundingPolicyCodec(Funding.FundingKinds.OfficeFunds), new Funding.FundingPolicyCodec(Funding.FundingKinds.WorkFunds), new Funding.FundingPolicyCodec(Funding.FundingKinds.StaffFunds),
        new Funding.FundingPolicyCodec(Funding.FundingKinds.PartyBranchFunds), new Funding.FundingPolicyCodec(Funding.FundingKinds.SelfGovernanceFunds),
        new Participation.ActivityTargetCodec(), new Participation.OrganisationTargetCodec(Participation.ParticipationKinds.VolunteerOrganisations),
        new Participation.OrganisationTargetCodec(Participation.ParticipationKinds.Societies), new Participation.VolunteerTargetCodec(),
        new Premises.ReservationPolicyCodec(), new Premises.BuildingFeePolicyCodec(), new CandidatePolicyCodec(),
        new Premises.PremisesStandardCodec(Premises.PremisesKinds.Standard), new Premises.PremisesStandardCodec(Premises.PremisesKinds.NewCentreStandard),
        new Statistics.StatisticalReportCodec(Statistics.StatisticsKinds.Communities), new Statistics.StatisticalReportCodec(Statistics.StatisticsKinds.Workforce),
        new Statistics.StatisticalReportCodec(Statistics.StatisticsKinds.Outcomes),
        new Subsidies.SubsidyPolicyCodec(Subsidies.SubsidyKinds.Floor), new Subsidies.SubsidyPolicyCodec(Subsidies.SubsidyKinds.Pay),
        new Admission.AdmissionPolicyCodec(), new Admission.AdmissionListCodec(),
        new Workflows.WorkflowDefinitionCodec(Workflows.WorkflowKinds.GridEvents), new Workflows.WorkflowDefinitionCodec(Workflows.WorkflowKinds.ResidentsMatters),
        new Workflows.WorkflowDefinitionCodec(Workflows.WorkflowKinds.Petitions), new Workflows.DutyPolicyCodec(),
    ];

    private static readonly JsonSerializerOptions CitationOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<Citation> CitationInfo = new CommunityDomainJsonContext(CitationOptions).Citation;

    private PolicyDocument(ImmutableArray<Jurisdiction> jurisdictions, ImmutableArray<PolicyVersion> versions)
    {
        Jurisdictions = jurisdictions;
        Versions = versions;
    }

    /// <summary>Gets the names of the policy kinds a document can hold, such as <c>committees.size</c>.</summary>
    public static ImmutableArray<string> Kinds { get; } = [.. Codecs.Select(c => c.Kind.Name)];

    /// <summary>Gets the document's jurisdictions, in order.</summary>
    public ImmutableArray<Jurisdiction> Jurisdictions { get; }

    /// <summary>Gets the document's policy versions, in order.</summary>
    public ImmutableArray<PolicyVersion> Versions { get; }

    /// <summary>Reads a document.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static PolicyDocument Parse(string json) =>
        TryParse(Guard.Against.NullArgument(json), out var document, out var problems) ? document : throw new DocumentException(problems);

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentException">The document has problems; every one is listed.</exception>
    public static PolicyDocument Parse(ReadOnlySpan<byte> utf8Json) =>
        TryParse(utf8Json, out var document, out var problems) ? document : throw new DocumentException(problems);

    /// <summary>Tries to read a document.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryParse(string json, [NotNullWhen(true)] out PolicyDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        TryParse(System.Text.Encoding.UTF8.GetBytes(Guard.Against.NullArgument(json)), out document, out problems);

    /// <summary>Tries to read a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="document">The document, when it has no problems.</param>
    /// <param name="problems">Every problem found, each with its path; empty when the document was read.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out PolicyDocument? document, out ImmutableArray<DocumentProblem> problems) =>
        DocumentReading.TryRead(utf8Json, Format, FormatVersion, ["format", "formatVersion", "jurisdictions", "policies"], ReadDocument, out document, out problems);

    /// <summary>Makes a document of jurisdictions and versions, to write with <see cref="ToJson"/>.</summary>
    /// <param name="jurisdictions">The jurisdictions, in order.</param>
    /// <param name="versions">The versions, in order; each of a kind in <see cref="Kinds"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A version is of a kind format version 1 does not hold.</exception>
    public static PolicyDocument Create(IEnumerable<Jurisdiction> jurisdictions, IEnumerable<PolicyVersion> versions)
    {
        var places = Guard.Against.NoNullElements(jurisdictions);
        var given = Guard.Against.NoNullElements(versions);
        for (var i = 0; i < given.Length; i++)
        {
            if (CodecOf(given[i].Kind) is null)
            {
                var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"versions[{i}]");
                throw new ArgumentException($"{name} is {given[i]}, which format version 1 does not hold; expected a version of {string.Join(", ", Kinds)}.", name);
            }
        }

        return new PolicyDocument(places, given);
    }

    /// <summary>Writes the document as JSON that <see cref="Parse(string)"/> reads back.</summary>
    /// <param name="indented">Whether to indent the JSON for reading and diffs.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true) =>
        DocumentWriting.Write(Format, FormatVersion, indented, writer =>
        {
            writer.WriteStartArray("jurisdictions");
            foreach (var jurisdiction in Jurisdictions)
            {
                writer.WriteStartObject();
                writer.WriteString("code", jurisdiction.Code.ToString());
                if (jurisdiction.Parent is { } parent)
                {
                    writer.WriteString("parent", parent.ToString());
                }

                writer.WriteString("chineseName", jurisdiction.ChineseName);
                writer.WriteString("englishName", jurisdiction.EnglishName);
                writer.WriteString("level", jurisdiction.Level.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("policies");
            foreach (var version in Versions)
            {
                WriteVersion(writer, version);
            }

            writer.WriteEndArray();
        });

    /// <summary>Adds the document's jurisdictions and versions to a builder; the builder checks them with the rest when it builds.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public PolicyCatalogBuilder AddTo(PolicyCatalogBuilder builder)
    {
        Guard.Against.NullArgument(builder);
        foreach (var jurisdiction in Jurisdictions)
        {
            builder.AddJurisdiction(jurisdiction);
        }

        return builder.AddRange(Versions);
    }

    /// <summary>
    /// Lays the document over a builder: adds the document's jurisdictions the builder does not hold yet
    /// (a jurisdiction with a code the builder holds is the builder's), and replaces the builder's versions
    /// of every kind and jurisdiction the document defines by the document's. This is how a reform or a
    /// province's own rules extend and override the built-in catalog, and how a document exported from a
    /// catalog lays over that catalog without duplicates.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public PolicyCatalogBuilder OverlayOn(PolicyCatalogBuilder builder)
    {
        Guard.Against.NullArgument(builder);
        builder.IncludeJurisdictions(Jurisdictions);
        foreach (var (kind, jurisdiction) in Versions.Select(v => (v.Kind, v.Jurisdiction)).Distinct())
        {
            builder.RemoveVersions(kind, jurisdiction);
        }

        return builder.AddRange(Versions);
    }

    private static PolicyCodec? CodecOf(PolicyKind kind) => Array.Find(Codecs, c => ReferenceEquals(c.Kind, kind));

    private static void WriteVersion(Utf8JsonWriter writer, PolicyVersion version)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", version.Kind.Name);
        writer.WriteString("jurisdiction", version.Jurisdiction.ToString());
        if (version.Period.Start is { } start)
        {
            writer.WriteString("start", start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (version.Period.EndExclusive is { } end)
        {
            writer.WriteString("endExclusive", end.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteString("ruleId", version.RuleId.Value);
        writer.WriteString("status", version.Status.ToString());
        writer.WriteStartArray("citations");
        foreach (var citation in version.Citations)
        {
            JsonSerializer.Serialize(writer, citation, CitationInfo);
        }

        writer.WriteEndArray();
        if (!version.Notes.IsEmpty)
        {
            writer.WriteStartArray("notes");
            foreach (var note in version.Notes)
            {
                writer.WriteStartObject();
                writer.WriteString("english", note.English);
                writer.WriteString("chinese", note.Chinese);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("policy");
        CodecOf(version.Kind)!.Write(writer, version);
        writer.WriteEndObject();
    }

    private static PolicyDocument ReadDocument(DocumentNode root, List<DocumentProblem> found)
    {
        var jurisdictions = new List<Jurisdiction>();
        var versions = new List<PolicyVersion>();
        DocumentReading.Collect(found, () =>
        {
            foreach (var item in root.Optional("jurisdictions")?.Items() ?? [])
            {
                DocumentReading.Collect(found, () => jurisdictions.Add(ReadJurisdiction(item)), item.Path);
            }
        });
        DocumentReading.Collect(found, () =>
        {
            foreach (var item in root.Optional("policies")?.Items() ?? [])
            {
                DocumentReading.Collect(found, () => versions.Add(ReadVersion(item)), item.Path);
            }
        });
        return new PolicyDocument([.. jurisdictions], [.. versions]);
    }

    private static Jurisdiction ReadJurisdiction(DocumentNode item)
    {
        item.OnlyMembers("code", "parent", "chineseName", "englishName", "level");
        var code = Code(item.Required("code"));
        var level = item.Required("level").Name<JurisdictionLevel>();
        var chinese = item.Required("chineseName").Text();
        var english = item.Required("englishName").Text();
        var parent = item.Optional("parent") is { } given ? Code(given) : (JurisdictionCode?)null;
        return (level, parent) switch
        {
            (JurisdictionLevel.Nation, null) => Jurisdiction.Nation(code, chinese, english),
            (JurisdictionLevel.Province, null) => Jurisdiction.Province(code, chinese, english),
            (_, { } above) => Jurisdiction.Below(above, code, chinese, english, level),
            _ => throw new DocumentNodeException(item.Path, $"gives no \"parent\"; a {level} lies below another jurisdiction."),
        };
    }

    private static PolicyVersion ReadVersion(DocumentNode item)
    {
        item.OnlyMembers("kind", "jurisdiction", "start", "endExclusive", "ruleId", "status", "citations", "notes", "policy");
        var kindNode = item.Required("kind");
        var kind = kindNode.Text();
        var codec = Array.Find(Codecs, c => c.Kind.Name == kind)
            ?? throw new DocumentNodeException(kindNode.Path, $"is \"{kind}\", a kind this format version does not read; expected one of {string.Join(", ", Kinds)}.");
        var jurisdiction = Code(item.Required("jurisdiction"));
        var start = item.Optional("start") is { } from ? from.Date() : (NodaTime.LocalDate?)null;
        var end = item.Optional("endExclusive") is { } until ? until.Date() : (NodaTime.LocalDate?)null;
        var period = start is { } first ? EffectivePeriod.From(first) : EffectivePeriod.Always;
        period = end is { } last ? period.EndingBefore(last) : period;
        var ruleNode = item.Required("ruleId");
        var ruleId = RuleId.TryOf(ruleNode.Text(), out var id) ? id : throw new DocumentNodeException(ruleNode.Path, $"is \"{ruleNode.Text()}\"; expected a rule id such as \"COM-01\".");
        var status = item.Optional("status")?.Name<PolicyStatus>() ?? PolicyStatus.InForce;
        var citations = (item.Optional("citations")?.Items() ?? []).Select(ReadCitation).ToImmutableArray();
        var notes = (item.Optional("notes")?.Items() ?? []).Select(ReadNote).ToImmutableArray();
        var policyNode = item.Required("policy");
        object policy;
        try
        {
            policy = codec.Read(policyNode);
        }
        catch (ArgumentException refused)
        {
            // A factory's refusal names its parameter, which is the member of the same name.
            var member = refused.ParamName is { } name && policyNode.Element.ValueKind == JsonValueKind.Object && policyNode.Element.TryGetProperty(name, out _) ? "." + name : string.Empty;
            throw new DocumentNodeException(policyNode.Path + member, DocumentNode.Reason(refused));
        }

        return codec.Version(jurisdiction, period, policy, ruleId, citations, status, notes);
    }

    private static Citation ReadCitation(DocumentNode item)
    {
        try
        {
            return item.Element.Deserialize(CitationInfo) ?? throw new DocumentNodeException(item.Path, "is null; expected a citation.");
        }
        catch (JsonException refused)
        {
            throw new DocumentNodeException(item.Path, refused.Message);
        }
        catch (ArgumentException refused)
        {
            throw new DocumentNodeException(item.Path, refused.Message);
        }
    }

    private static SourceNote ReadNote(DocumentNode item)
    {
        item.OnlyMembers("english", "chinese");
        try
        {
            return SourceNote.Of(item.Required("english").Text(), item.Required("chinese").Text());
        }
        catch (ArgumentException refused)
        {
            throw new DocumentNodeException(item.Path, DocumentNode.Reason(refused));
        }
    }

    private static JurisdictionCode Code(DocumentNode node) =>
        JurisdictionCode.TryParse(node.Text(), out var code) ? code : throw new DocumentNodeException(node.Path, $"is \"{node.Text()}\"; expected a division code of six or nine digits, such as \"350802\".");
}
