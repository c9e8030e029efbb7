using Community.Domain.Explanations;

namespace Community.Domain.Cases;

/// <summary>What one evaluation named as in a case document gave: the result in the library's JSON form, and its explanation.</summary>
public sealed class CaseAnswer
{
    internal CaseAnswer(string result, Explanation explanation)
    {
        Result = result;
        Explanation = explanation;
    }

    /// <summary>Gets the result, written as the library writes results in JSON.</summary>
    public string Result { get; }

    /// <summary>Gets the explanation of the result, in either language with <see cref="Explanation.ToText"/>.</summary>
    public Explanation Explanation { get; }

    /// <inheritdoc/>
    public override string ToString() => Result;
}
