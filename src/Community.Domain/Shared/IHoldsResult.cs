namespace Community.Domain.Shared;

/// <summary>A struct whose default value holds nothing (its members throw), so that a wrapper of results can refuse it.</summary>
internal interface IHoldsResult
{
    /// <summary>Gets a value indicating whether the value was made by its factory or evaluator, not left at its default.</summary>
    bool HoldsResult { get; }
}
