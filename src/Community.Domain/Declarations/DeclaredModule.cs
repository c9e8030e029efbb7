using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Documents;
using Community.Domain.Modules;

namespace Community.Domain.Declarations;

/// <summary>
/// A module made of data: the declared kinds of one group (<c>council.meeting</c> and <c>council.motion</c>
/// in the group <c>council</c>), each registered with its codec and its golden-case evaluation, through
/// the one module contract. A catalog document that declares kinds makes these itself; make one in C#
/// to register kinds declared in code.
/// </summary>
/// <remarks>
/// Unlike a module written as a class, several declared modules may be registered together, one per
/// group; the module's name is its group. Evaluate the kinds with <see cref="DeclaredEvaluator"/>.
/// </remarks>
public sealed class DeclaredModule : DomainModule
{
    private static readonly DeclarationsJsonContext Json = DeclarationsJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="DeclaredModule"/> class.</summary>
    /// <param name="group">The group, the module's name: the part of every kind's name before its first dot.</param>
    /// <param name="kinds">The kinds, one or more, each of the group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/>, <paramref name="kinds"/> or a kind is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="group"/> is not a module name, no kind is given, or a kind is of another group.</exception>
    public DeclaredModule(string group, IEnumerable<DeclaredKind> kinds)
        : base(ModuleNames.Check(Guard.Against.NullArgument(group), nameof(group)))
    {
        Kinds = [.. Guard.Against.NoNullElements(kinds)];
        if (Kinds.IsEmpty)
        {
            throw new ArgumentException($"kinds is empty; expected the kinds of the group \"{group}\", one or more.", nameof(kinds));
        }

        if (Kinds.FirstOrDefault(k => k.Group != group) is { } other)
        {
            throw new ArgumentException($"kinds holds \"{other.Name}\", of the group \"{other.Group}\"; expected kinds of the group \"{group}\" only.", nameof(kinds));
        }
    }

    /// <summary>Gets the kinds, in order.</summary>
    public ImmutableArray<DeclaredKind> Kinds { get; }

    /// <inheritdoc />
    internal override bool IsData => true;

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddJsonMetadata(Json);
        foreach (var kind in Kinds)
        {
            registration.AddKind(new DeclaredRuleCodec(kind));
            registration.AddCaseEvaluation(CaseEvaluation.Create(kind.Name, Inputs(kind), Json.DeclaredAssessment, (inputs, jurisdiction, asOf) =>
            {
                var values = Read(kind, inputs);
                var calendar = Calendar(inputs);
                return catalog => new DeclaredEvaluator(catalog, calendar).ExplainAssessment(kind, jurisdiction, asOf, values);
            }));
        }
    }

    private static DocumentSchema Inputs(DeclaredKind kind) => DocumentSchema.Object(
        $"The inputs of {kind.EnglishName} ({kind.Name}), and the working calendar its timetables count on: Monday to Friday, less the holidays, with the working weekend days.",
        [
            .. kind.MeasuredInputs.Select(input => DocumentMember.Required(input.Name, input.Unit switch
            {
                MeasureUnit.YesNo => DocumentSchema.Boolean($"{input.EnglishName}: yes or no."),
                MeasureUnit.Date => DocumentSchema.Date($"{input.EnglishName}: a date."),
                _ => DocumentSchema.Number($"{input.EnglishName}, in {input.Unit}."),
            })),
            DocumentMember.Optional(DeclaredKind.Holidays, DocumentSchema.Array("Weekdays that are not working days; none if left out.", DocumentSchema.Date("A holiday."))),
            DocumentMember.Optional(DeclaredKind.WorkingWeekendDays, DocumentSchema.Array("Saturdays and Sundays that are working days; none if left out.", DocumentSchema.Date("A working weekend day."))),
        ]);

    private static Primitives.WorkingCalendar Calendar(DocumentNode inputs)
    {
        var holidays = (inputs.Optional(DeclaredKind.Holidays)?.Items() ?? []).Select(d => d.Date()).ToList();
        var working = (inputs.Optional(DeclaredKind.WorkingWeekendDays)?.Items() ?? []).Select(d => d.Date()).ToList();
        return holidays.Count == 0 && working.Count == 0
            ? Primitives.WorkingCalendar.WeekdaysOnly
            : inputs.Made(_ => Primitives.WorkingCalendar.Create(holidays, working));
    }

    private static DeclaredValue[] Read(DeclaredKind kind, DocumentNode inputs)
    {
        var values = new DeclaredValue[kind.MeasuredInputs.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var input = kind.MeasuredInputs[i];
            var node = inputs.Required(input.Name);
            values[i] = input.Unit switch
            {
                MeasureUnit.YesNo => DeclaredValue.Of(node.Boolean()),
                MeasureUnit.Date => DeclaredValue.Of(node.Date()),
                _ => DeclaredValue.Of(node.Number()),
            };
            try
            {
                DeclaredText.CheckValue(input, values[i], "inputs");
            }
            catch (ArgumentException refused)
            {
                throw new DocumentNodeException(node.Path, DocumentProblemKind.InvalidValue, DocumentNode.Reason(refused));
            }
        }

        try
        {
            kind.CheckValues(values, "inputs");
        }
        catch (ArgumentException refused)
        {
            throw new DocumentNodeException(inputs.Path, DocumentProblemKind.InvalidValue, DocumentNode.Reason(refused));
        }

        return values;
    }
}
