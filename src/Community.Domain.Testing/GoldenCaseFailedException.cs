using Community.Domain.Cases;

namespace Community.Domain.Testing;

/// <summary>A golden case that did not pass: its message shows each difference, expected beside actual, and the explanation in English and Chinese.</summary>
public sealed class GoldenCaseFailedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="GoldenCaseFailedException"/> class.</summary>
    /// <param name="result">The failed outcome.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public GoldenCaseFailedException(GoldenCaseResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).ToString()) => Result = result;

    /// <summary>Gets the failed outcome.</summary>
    public GoldenCaseResult Result { get; }
}
