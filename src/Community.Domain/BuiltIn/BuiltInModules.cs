using Community.Domain.Admission;
using Community.Domain.Committees;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Modules;
using Community.Domain.Participation;
using Community.Domain.Premises;
using Community.Domain.Scale;
using Community.Domain.Staffing;
using Community.Domain.Statistics;
using Community.Domain.Subsidies;
using Community.Domain.Workflows;

namespace Community.Domain.BuiltIn;

/// <summary>The library's own modules: the one list that names them. Everything else (the built-in catalog, documents, golden cases, JSON options, dependency injection, the test kit and the tool) reads <see cref="Registry"/>.</summary>
/// <remarks>Add your own modules with <c>BuiltInModules.Registry.With(new YourModule())</c>.</remarks>
public static class BuiltInModules
{
    /// <summary>Gets the registry of the library's modules, in the order their kinds, evaluations and built-ins are listed.</summary>
    public static ModuleRegistry Registry { get; } = ModuleRegistry.Create(
    [
        new CommitteesModule(),
        new FundingModule(),
        new SubsidiesModule(),
        new GridsModule(),
        new PremisesModule(),
        new AdmissionModule(),
        new StaffingModule(),
        new ScaleModule(),
        new ParticipationModule(),
        new StatisticsModule(),
        new WorkflowsModule(),
    ]);
}
