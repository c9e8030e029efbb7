using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>A case moving through its workflow: its step, and an immutable, dated history of every step it entered.</summary>
/// <remarks>
/// Open a case with <see cref="WorkflowEvaluator.Open"/>; every move returns a new case and leaves this one
/// as it was, so a case is safe to share between threads. A move allocates one object, the new case,
/// which is also the new entry of the history: the rest of the history is shared with the case moved from.
/// A move the workflow does not allow, or one missing what it requires, throws an
/// <see cref="IllegalTransitionException"/> from <see cref="MoveTo"/> and returns
/// <see langword="false"/> from <see cref="TryMoveTo"/>.
/// </remarks>
public sealed class WorkflowCase
{
    private readonly int _step;

    // For JSON: the version by reference, the history as a list of moves (oldest first), replayed through
    // the workflow's own checks so that a history the workflow does not allow is refused, however long.
    [System.Text.Json.Serialization.JsonConstructor]
    internal WorkflowCase(string id, PolicyVersion? versionReference, MatterSize size, ImmutableArray<WorkflowMove> moves)
        : this(Replayed(id, versionReference, size, moves))
    {
    }

    private WorkflowCase(WorkflowCase last)
        : this(last.Id, last.Version, last.Size, last._step, last.EnteredOn, last.Action, last.Previous, last.ClosedOn)
    {
    }

    private WorkflowCase(string id, PolicyVersion<WorkflowDefinition> version, MatterSize size, int step, LocalDate on, CaseAction action, WorkflowCase? previous, LocalDate? closedOn)
    {
        Id = id;
        Version = version;
        Size = size;
        _step = step;
        EnteredOn = on;
        Action = action;
        Previous = previous;
        Length = previous is null ? 1 : previous.Length + 1;
        ClosedOn = closedOn;
    }

    /// <summary>Gets the case's id, as the caller gave it.</summary>
    public string Id { get; }

    /// <summary>Gets the workflow version the case follows, with its rule id and citations.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<WorkflowDefinition> Version { get; }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets the workflow the case follows.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public WorkflowDefinition Workflow => Version.Policy;

    /// <summary>Gets the size of the matter, which bounds the level that may handle it.</summary>
    public MatterSize Size { get; }

    /// <summary>Gets the step the case is at.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public WorkflowStep Step => Workflow.Steps[_step];

    // JSON names the step by its code; read back, it must be the step the history ends at.
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName(nameof(Step))]
    internal string StepCode
    {
        get => Step.Code;
        init
        {
            if (value != Step.Code)
            {
                throw JsonValues.Invalid($"Step {value} for a case whose history ends at {Step.Code}", "the step the history ends at");
            }
        }
    }

    // JSON gives the history as a list of moves, not nested cases, so that a case of any length is written and read.
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("History")]
    internal ImmutableArray<WorkflowMove> Moves
    {
        get
        {
            var moves = new WorkflowMove[Length];
            for (var (c, i) = (this, Length - 1); c is not null; c = c.Previous, i--)
            {
                moves[i] = new(c.Step.Code, c.EnteredOn, c.Action);
            }

            return ImmutableArray.Create(moves);
        }
    }

    /// <summary>Gets the day the case entered its step.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate EnteredOn { get; }

    /// <summary>Gets what was stated with the move into the step.</summary>
    public CaseAction Action { get; }

    /// <summary>Gets the case as it was before its last move; <see langword="null"/> for a case just opened.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public WorkflowCase? Previous { get; }

    /// <summary>Gets how many entries the history holds, the opening included.</summary>
    public int Length { get; }

    /// <summary>Gets the day the case reached its workflow's closing step, if it has.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate? ClosedOn { get; }

    /// <summary>Gets a value indicating whether the case has reached its workflow's closing step (办结).</summary>
    [MemberNotNullWhen(true, nameof(ClosedOn))]
    public bool IsClosed => ClosedOn is not null;

    /// <summary>Gets a value indicating whether the case is at a step with no move out of it.</summary>
    public bool IsFinished => !Workflow.HasNext(_step);

    /// <summary>Gets the last level stated for the case, if any.</summary>
    public HandlingLevel? Level => Latest(static c => c.Action.Level);

    /// <summary>Gets the last person or body named responsible, if any.</summary>
    public string? Handler => Latest(static c => c.Action.Handler);

    /// <summary>Gets the last verdict stated, if any: whether the residents were satisfied.</summary>
    public bool? Satisfied => Latest(static c => c.Action.Satisfied);

    /// <summary>Gets the steps the case may move to now.</summary>
    /// <returns>The steps; empty at a final step.</returns>
    public ImmutableArray<WorkflowStep> NextSteps() => Workflow.NextSteps(_step);

    /// <summary>Moves the case to a step.</summary>
    /// <param name="step">The code of the step to move to.</param>
    /// <param name="on">The day of the move; not before the day the case entered its step.</param>
    /// <param name="action">What is stated with the move; the step may require a handler, a level or a verdict.</param>
    /// <returns>The case at its new step; this case is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="step"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is before <see cref="EnteredOn"/>.</exception>
    /// <exception cref="IllegalTransitionException">The workflow does not allow the move, the action lacks what the step requires, or it states a level above the one the matter's size allows.</exception>
    public WorkflowCase MoveTo(string step, LocalDate on, CaseAction action = default)
    {
        var to = Workflow.StepIndex(step, nameof(step));
        CheckDate(on);
        return Refusal(to, action) is { } reason
            ? throw new IllegalTransitionException(Id, Step, Workflow.Steps[to], NextSteps(), reason)
            : Enter(to, on, action);
    }

    /// <summary>Tries to move the case to a step, without throwing for a move the workflow does not allow or one missing what it requires.</summary>
    /// <param name="step">The code of the step to move to.</param>
    /// <param name="on">The day of the move; not before the day the case entered its step.</param>
    /// <param name="action">What is stated with the move.</param>
    /// <param name="moved">The case at its new step, when the move is allowed.</param>
    /// <returns><see langword="true"/> when the move is allowed and has what it requires.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="step"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="on"/> is before <see cref="EnteredOn"/>.</exception>
    public bool TryMoveTo(string step, LocalDate on, CaseAction action, [NotNullWhen(true)] out WorkflowCase? moved)
    {
        var to = Workflow.StepIndex(step, nameof(step));
        CheckDate(on);
        moved = Refusal(to, action) is null ? Enter(to, on, action) : null;
        return moved is not null;
    }

    /// <summary>Says whether the case may move to a step with an action, allocating nothing.</summary>
    /// <param name="step">The code of the step.</param>
    /// <param name="action">What would be stated with the move.</param>
    /// <returns><see langword="true"/> when the move is allowed and has what it requires.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="step"/>.</exception>
    public bool CanMoveTo(string step, CaseAction action = default) => Refusal(Workflow.StepIndex(step, nameof(step)), action) is null;

    /// <summary>Gets the history, oldest entry first.</summary>
    /// <returns>Every entry, the opening first.</returns>
    public ImmutableArray<CaseEntry> History()
    {
        var entries = new CaseEntry[Length];
        for (var (c, i) = (this, Length - 1); c is not null; c = c.Previous, i--)
        {
            entries[i] = new(c.Step, c.EnteredOn, c.Action);
        }

        return ImmutableArray.Create(entries);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj)
    {
        if (obj is not WorkflowCase other || Length != other.Length)
        {
            return false;
        }

        // Along the two histories without recursion; a history shared from one move on is equal from there.
        for (var (a, b) = (this, other); a is not null && b is not null && !ReferenceEquals(a, b); a = a.Previous, b = b.Previous)
        {
            if (!Equals(a.Id, b.Id) || !Equals(a.Version, b.Version) || a.Size != b.Size || a._step != b._step || a.EnteredOn != b.EnteredOn || !Equals(a.Action, b.Action) || a.ClosedOn != b.ClosedOn)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    /// <remarks>Hashes the case's own step, day and action with the length of its history, without walking it.</remarks>
    public override int GetHashCode() => HashCode.Combine(Id, Version, Size, _step, EnteredOn, Action, Length, ClosedOn);

    /// <summary>Formats the case.</summary>
    /// <returns>A text such as <c>E-17 at dispatch (调度派遣) since 2016-05-03</c>.</returns>
    public override string ToString() => $"{Id} at {Step} since {EnteredOn:yyyy-MM-dd}";

    private static WorkflowCase Replayed(string id, PolicyVersion? versionReference, MatterSize size, ImmutableArray<WorkflowMove> history)
    {
        var version = PolicyVersionJsonConverter.As<WorkflowDefinition>(versionReference ?? throw JsonValues.Invalid("no Version", "the workflow's version"));
        Guard.Against.BlankText(id);
        Guard.Against.UndefinedEnum(size);
        if (history.IsDefaultOrEmpty)
        {
            throw JsonValues.Invalid("no History", "the moves of the case, the first at the workflow's first step");
        }

        var first = history[0] ?? throw JsonValues.Invalid("a null first move", "a move with Step, On and Action");
        if (first.Step != version.Policy.Steps[0].Code || first.Action != default)
        {
            throw JsonValues.Invalid($"a history opening at {first.Step}{(first.Action != default ? " with an action" : string.Empty)}", $"a case opened at the workflow's first step, {version.Policy.Steps[0].Code}, with no action");
        }

        var replayed = Open(id, version, size, EffectivePeriod.CheckIso(first.On));
        for (var i = 1; i < history.Length; i++)
        {
            var move = history[i] ?? throw JsonValues.Invalid(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a null move at History[{i}]"), "a move with Step, On and Action");
            if (!replayed.TryMoveTo(move.Step ?? throw JsonValues.Invalid(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"no Step at History[{i}]"), "the code of the step entered"), move.On, move.Action, out var moved))
            {
                throw JsonValues.Invalid(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a move from {replayed.Step.Code} to {move.Step} at History[{i}]"),
                    $"a move the workflow allows, with what it requires: {replayed.Refusal(replayed.Workflow.StepIndex(move.Step, "step"), move.Action)}");
            }

            replayed = moved;
        }

        return replayed;
    }

    internal static WorkflowCase Open(string id, PolicyVersion<WorkflowDefinition> version, MatterSize size, LocalDate on) =>
        new(id, version, size, 0, on, default, null, version.Policy.ClosingIndex == 0 ? on : null);

    private WorkflowCase Enter(int to, LocalDate on, CaseAction action) =>
        new(Id, Version, Size, to, on, action, this, ClosedOn ?? (to == Workflow.ClosingIndex ? on : null));

    private void CheckDate(LocalDate on)
    {
        if (on < EnteredOn)
        {
            throw GuardExtensions.OutOfRange(nameof(on), on, $"must not be before {EnteredOn:yyyy-MM-dd}, the day case \"{Id}\" entered {Step.Code}");
        }
    }

    private string? Refusal(int to, CaseAction action)
    {
        var transition = Workflow.Find(_step, to);
        if (transition is null)
        {
            return "the workflow does not allow this move.";
        }

        var requires = transition.Requires;
        if ((requires & TransitionRequirements.Handler) != 0 && action.Handler is null)
        {
            return $"entering {transition.To.Code} requires a named handler, and none was given.";
        }

        if ((requires & TransitionRequirements.Level) != 0 && action.Level is null)
        {
            return $"entering {transition.To.Code} requires the level that handles the case, and none was given.";
        }

        if ((requires & TransitionRequirements.Verdict) != 0 && action.Satisfied is null)
        {
            return $"entering {transition.To.Code} requires the verdict of the evaluation, and none was given.";
        }

        var ceiling = Workflow.Ceiling(Size);
        return action.Level is { } level && level > ceiling
            ? $"a {(Size == MatterSize.Small ? "small" : "large")} matter stays within the {WorkflowText.LevelName(ceiling)} level, and the {WorkflowText.LevelName(level)} level was given."
            : null;
    }

    private T? Latest<T>(Func<WorkflowCase, T?> read)
    {
        for (var c = this; c is not null; c = c.Previous)
        {
            if (read(c) is { } value)
            {
                return value;
            }
        }

        return default;
    }
}
