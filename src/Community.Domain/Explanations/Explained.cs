using Ardalis.GuardClauses;

namespace Community.Domain.Explanations;

/// <summary>A result together with its explanation, as returned by the evaluators' <c>Explain</c> methods.</summary>
/// <typeparam name="T">The result type.</typeparam>
public readonly record struct Explained<T> : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    /// <summary>Initializes a new instance of the <see cref="Explained{T}"/> struct.</summary>
    /// <param name="value">The result.</param>
    /// <param name="explanation">Why the result is what it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is a result left at its default value, which holds nothing.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public Explained(T value, Explanation explanation)
    {
        _made = true;
        Value = value is Shared.IHoldsResult { HoldsResult: false }
            ? throw new ArgumentException($"value is the default {typeof(T).Name}, which holds nothing; explain a result an evaluator made.", nameof(value))
            : value;
        Explanation = Guard.Against.NullArgument(explanation);
    }

    /// <summary>Gets the result; the same as evaluating without an explanation.</summary>
    public T Value { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<Explained<T>>("an evaluator's Explain method"); }

    /// <summary>Gets why the result is what it is.</summary>
    public Explanation Explanation { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<Explained<T>>("an evaluator's Explain method"); }
}
