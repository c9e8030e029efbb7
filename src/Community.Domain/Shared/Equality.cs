using System.Collections.Immutable;

namespace Community.Domain.Shared;

/// <summary>Value equality of the arrays results hold (an <see cref="ImmutableArray{T}"/> compares by reference).</summary>
internal static class Equality
{
    /// <summary>Tells whether two arrays hold equal items in the same order (two default arrays are equal).</summary>
    public static bool Same<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.IsDefault || right.IsDefault ? left.IsDefault == right.IsDefault : left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);

    /// <summary>A hash of an array's items, consistent with <see cref="Same{T}"/>.</summary>
    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
