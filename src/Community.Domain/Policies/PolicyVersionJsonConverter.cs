using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Community.Domain.Jurisdictions;
using Community.Domain.Sources;
using NodaTime;
using NodaTime.Text;

namespace Community.Domain.Policies;

/// <summary>
/// Writes a policy version as a reference to it, such as
/// <c>{"Kind":"committees.quota","Jurisdiction":"429004","Start":null,"EndExclusive":null,"RuleId":"COM-01","Status":"InForce"}</c>,
/// and reads the reference back into the same version of the catalog bound to the options (see
/// <c>CommunityDomainJson</c>). Results name the version they applied by reference rather than
/// copying the policy, as they do in memory.
/// </summary>
/// <remarks>
/// A result holds its version in a property of the generic type it is used as and hands JSON an
/// internal property of this non-generic type, as System.Text.Json takes converters named on a
/// generic type only from .NET 11; <see cref="As{TPolicy}"/> gives the reading result its type back.
/// Public so that a module's own source-generated JSON metadata (a user's module among them) can
/// write and read the versions its results name, as the library's modules do.
/// </remarks>
public sealed class PolicyVersionJsonConverter : JsonConverter<PolicyVersion>
{
    private const string Shape = "a policy version reference: an object with Kind, Jurisdiction, Start, EndExclusive, RuleId and Status";

    /// <inheritdoc />
    public override PolicyVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Refused(ref reader, Shape);
        }

        string? kind = null;
        JurisdictionCode jurisdiction = default;
        LocalDate? start = null, endExclusive = null;
        RuleId ruleId = default;
        PolicyStatus status = default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (!seen.Add(name!))
            {
                throw Serialization.JsonValues.Twice("A policy version reference", name);
            }

            reader.Read();
            switch (name)
            {
                case "Kind":
                    kind = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw JsonValues.Refused(ref reader, "a policy kind's name, such as \"committees.quota\"");
                    break;
                case "Jurisdiction":
                    jurisdiction = reader.TokenType == JsonTokenType.String && JurisdictionCode.TryParse(reader.GetString(), out var code) ? code : throw JsonValues.Refused(ref reader, "a division code of six or nine digits, such as \"350802\"");
                    break;
                case "Start":
                    start = Date(ref reader);
                    break;
                case "EndExclusive":
                    endExclusive = Date(ref reader);
                    break;
                case "RuleId":
                    ruleId = reader.TokenType == JsonTokenType.String && RuleId.TryOf(reader.GetString(), out var id) ? id : throw JsonValues.Refused(ref reader, "a rule id such as \"COM-01\"");
                    break;
                case "Status":
                    status = reader.TokenType != JsonTokenType.String ? default
                        : reader.ValueTextEquals("InForce"u8) ? PolicyStatus.InForce
                        : reader.ValueTextEquals("Proposed"u8) ? PolicyStatus.Proposed
                        : default;
                    if (status == default)
                    {
                        throw JsonValues.Refused(ref reader, "a policy status: InForce or Proposed");
                    }

                    break;
                default:
                    throw new JsonException($"A policy version reference has \"{name}\", which is not Kind, Jurisdiction, Start, EndExclusive, RuleId or Status.");
            }
        }

        if (kind is null || jurisdiction == default || ruleId.IsEmpty || status == default)
        {
            throw new JsonException($"The JSON is not {Shape}: it gives no {(kind is null ? "Kind" : jurisdiction == default ? "Jurisdiction" : ruleId.IsEmpty ? "RuleId" : "Status")}.");
        }

        var period = new EffectivePeriodText(start, endExclusive);
        var catalog = PolicyCatalogJsonBinding.Of(options)
            ?? throw new JsonException($"Reading the {kind} version at {jurisdiction} {period} needs the catalog it came from: read with CommunityDomainJson.Options(catalog).");
        var version = catalog.FindDefined(kind, jurisdiction, start)
            ?? throw new JsonException($"The catalog has no {kind} version that {jurisdiction} defines for {period}.");
        if (version.Period.EndExclusive != endExclusive || version.RuleId != ruleId || version.Status != status)
        {
            throw new JsonException($"The JSON names {kind} at {jurisdiction} {period} ({ruleId}, {status}), but the catalog's version there is {version.Period} ({version.RuleId}, {version.Status}).");
        }

        return version;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PolicyVersion value, JsonSerializerOptions options)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(writer);
        Ardalis.GuardClauses.Guard.Against.NullArgument(value);
        writer.WriteStartObject();
        writer.WriteString("Kind", value.Kind.Name);
        writer.WriteString("Jurisdiction", value.Jurisdiction.ToString());
        WriteDate(writer, "Start", value.Period.Start);
        WriteDate(writer, "EndExclusive", value.Period.EndExclusive);
        writer.WriteString("RuleId", value.RuleId.Value);
        writer.WriteString("Status", value.Status.ToString());
        writer.WriteEndObject();
    }

    /// <summary>Gives a version read from JSON the type of the result's property, or refuses it.</summary>
    /// <typeparam name="TPolicy">The policy type the result holds.</typeparam>
    /// <param name="version">The version read.</param>
    /// <returns>The version as the result holds it; null stays null.</returns>
    /// <exception cref="JsonException">The version is of another policy type.</exception>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(version))]
    public static PolicyVersion<TPolicy>? As<TPolicy>(PolicyVersion? version)
        where TPolicy : class =>
        version is null or PolicyVersion<TPolicy> ? (PolicyVersion<TPolicy>?)version
        : throw new JsonException($"The catalog's {version.Kind} version holds {version.Kind.PolicyType.Name} policies, not {typeof(TPolicy).Name}.");

    private static LocalDate? Date(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.String && LocalDatePattern.Iso.Parse(reader.GetString()!) is { Success: true } parsed ? parsed.Value
        : throw JsonValues.Refused(ref reader, "an ISO date such as \"2008-01-01\", or null for an open end");

    private static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } day)
        {
            writer.WriteString(name, day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    // The period as the JSON gives it, for messages (EffectivePeriod would check its dates).
    private readonly record struct EffectivePeriodText(LocalDate? Start, LocalDate? EndExclusive)
    {
        public override string ToString() =>
            $"[{Start?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "not stated"}, {EndExclusive?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "open"})";
    }
}
