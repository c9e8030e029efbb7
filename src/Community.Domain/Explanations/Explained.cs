using Ardalis.GuardClauses;

namespace Community.Domain.Explanations;

/// <summary>A result together with its explanation, as returned by the evaluators' <c>Explain</c> methods.</summary>
/// <typeparam name="T">The result type.</typeparam>
public readonly record struct Explained<T>
{
    /// <summary>Initializes a new instance of the <see cref="Explained{T}"/> struct.</summary>
    /// <param name="value">The result.</param>
    /// <param name="explanation">Why the result is what it is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public Explained(T value, Explanation explanation)
    {
        Value = value;
        Explanation = Guard.Against.NullArgument(explanation);
    }

    /// <summary>Gets the result; the same as evaluating without an explanation.</summary>
    public T Value { get; }

    /// <summary>Gets why the result is what it is.</summary>
    public Explanation Explanation { get; }
}
