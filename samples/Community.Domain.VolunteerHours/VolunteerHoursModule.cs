using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;

namespace Samples.VolunteerHours;

/// <summary>
/// The volunteer hours module: one policy kind with its codec, its built-in (invented) rule, a golden-case
/// evaluation, its JSON metadata and its evaluator, registered through the library's public module
/// contract, as the library's own modules are.
/// </summary>
public sealed class VolunteerHoursModule : DomainModule
{
    /// <summary>Initializes a new instance of the <see cref="VolunteerHoursModule"/> class.</summary>
    public VolunteerHoursModule()
        : base("volunteers")
    {
    }

    /// <summary>What the case evaluation reads: a member per input, each with what it means.</summary>
    private static readonly DocumentSchema Inputs = DocumentSchema.Object(
        "A volunteer's hours assessed against the place's volunteer hours policy.",
        DocumentMember.Required("total", DocumentSchema.Integer("The whole hours the volunteer has served in all.", minimum: 0)),
        DocumentMember.Required("thisYear", DocumentSchema.Integer("The whole hours served this year.", minimum: 0)));

    /// <inheritdoc />
    protected override void Register(ModuleRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        registration.AddKind(new VolunteerHoursPolicyCodec());
        registration.AddJurisdictions([KnownJurisdictions.China]).AddBuiltIns(VolunteerHoursPolicies.BuiltInVersions());
        registration.AddJsonMetadata(VolunteerHoursJsonContext.Default);
        registration.AddService(static catalog => new VolunteerHoursEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("volunteers.assessment", Inputs, VolunteerHoursJsonContext.Default.VolunteerHoursAssessment, static (inputs, place, asOf) =>
        {
            var total = VolunteerHoursPolicyCodec.Hours(inputs.Required("total"));
            var thisYear = VolunteerHoursPolicyCodec.Hours(inputs.Required("thisYear"));
            return catalog => new VolunteerHoursEvaluator(catalog).ExplainAssess(place, asOf, total, thisYear);
        }));
    }
}
