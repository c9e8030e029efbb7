using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Subsidies;

/// <summary>The subsidies module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class SubsidiesModule : DomainModule
{
    private static readonly PolicyKind<SubsidyPolicy>[] Kinds = [SubsidyKinds.Floor, SubsidyKinds.Pay];

    private static readonly SubsidiesJsonContext Json = SubsidiesJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="SubsidiesModule"/> class.</summary>
    public SubsidiesModule()
        : base("subsidies")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new ReferenceWageCodec(ReferenceWageKinds.MinimumWage));
        registration.AddKind(new ReferenceWageCodec(ReferenceWageKinds.AverageSocialWage));
        registration.AddKind(new SubsidyPolicyCodec(SubsidyKinds.Floor));
        registration.AddKind(new SubsidyPolicyCodec(SubsidyKinds.Pay));
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(SubsidyPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new SubsidyEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("subsidies.amount", DocumentSchema.Object("What a role is paid, or at least paid, a month.", DocumentMember.Required("kind", DocumentSchema.Kind("Floors or the amounts paid.", Kinds)), DocumentMember.Required("role", DocumentSchema.Name<PayRole>("The role."))), Json.SubsidyAmount, static (inputs, place, asOf) =>
        {
            var kind = inputs.Required("kind").Kind(Kinds);
            var role = inputs.Required("role").Name<PayRole>();
            return catalog => new SubsidyEvaluator(catalog).ExplainAmount(kind, place, asOf, role);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("subsidies.gap", DocumentSchema.Object("How far a role's pay falls short of the floor.", DocumentMember.Required("role", DocumentSchema.Name<PayRole>("The role.")), DocumentMember.Required("paidMonthly", DocumentSchema.Number("What the role is paid a month, in yuan.", minimum: 0))), Json.SubsidyGap, static (inputs, place, asOf) =>
        {
            var role = inputs.Required("role").Name<PayRole>();
            var paid = inputs.Required("paidMonthly").Yuan();
            return catalog => new SubsidyEvaluator(catalog).ExplainGap(place, asOf, role, paid);
        }));
    }
}
