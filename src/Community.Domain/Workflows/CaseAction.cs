using Ardalis.GuardClauses;

namespace Community.Domain.Workflows;

/// <summary>What a caller states with a move: who is responsible, which level handles the case, and the verdict of an evaluation, each only when it has one.</summary>
/// <remarks>The default value states nothing. Combine with <see cref="By"/>, <see cref="At"/> and <see cref="Judged"/>: <c>CaseAction.None.At(HandlingLevel.Grid).By("grid worker Wang")</c>.</remarks>
public readonly record struct CaseAction
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal CaseAction(string? handler, HandlingLevel? level, bool? satisfied)
    {
        Handler = handler is null ? null : Guard.Against.BlankText(handler);
        Level = level is { } given ? Guard.Against.UndefinedEnum(given, nameof(level)) : null;
        Satisfied = satisfied;
    }

    /// <summary>Gets an action that states nothing.</summary>
    public static CaseAction None => default;

    /// <summary>Gets the person or body named responsible, if stated.</summary>
    public string? Handler { get; }

    /// <summary>Gets the level that handles the case, if stated.</summary>
    public HandlingLevel? Level { get; }

    /// <summary>Gets the verdict of an evaluation, if stated: whether the residents were satisfied.</summary>
    public bool? Satisfied { get; }

    /// <summary>Returns a copy that names who is responsible.</summary>
    /// <param name="handler">The person or body; not blank.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="handler"/> is blank.</exception>
    public CaseAction By(string handler) => new(Guard.Against.BlankText(handler), Level, Satisfied);

    /// <summary>Returns a copy that states the level handling the case.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public CaseAction At(HandlingLevel level) => new(Handler, Guard.Against.UndefinedEnum(level), Satisfied);

    /// <summary>Returns a copy that states the verdict of an evaluation.</summary>
    /// <param name="satisfied">Whether the residents were satisfied.</param>
    /// <returns>The action.</returns>
    public CaseAction Judged(bool satisfied) => new(Handler, Level, satisfied);
}
