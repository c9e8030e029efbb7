using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Statistics;

/// <summary>The statistics module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class StatisticsModule : DomainModule
{
    private static readonly PolicyKind<StatisticalReport>[] Kinds = [StatisticsKinds.Communities, StatisticsKinds.Workforce, StatisticsKinds.Outcomes];

    private static readonly StatisticsJsonContext Json = StatisticsJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="StatisticsModule"/> class.</summary>
    public StatisticsModule()
        : base("statistics")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new StatisticalReportCodec(StatisticsKinds.Communities));
        registration.AddKind(new StatisticalReportCodec(StatisticsKinds.Workforce));
        registration.AddKind(new StatisticalReportCodec(StatisticsKinds.Outcomes));
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(StatisticsPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new StatisticsEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("statistics.check", DocumentSchema.Object("The figures of a statistical report checked against each other.", DocumentMember.Required("kind", DocumentSchema.Kind("The report.", Kinds))), Json.StatisticsCheck, static (inputs, place, asOf) =>
        {
            var kind = inputs.Required("kind").Kind(Kinds);
            return catalog => new StatisticsEvaluator(catalog).ExplainCheck(kind, place, asOf);
        }));
    }
}
