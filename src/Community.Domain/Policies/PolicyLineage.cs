namespace Community.Domain.Policies;

/// <summary>The versions of a policy in force on one date along a jurisdiction's lineage, nearest first; enumerate it with <c>foreach</c>, which allocates nothing.</summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
/// <remarks>Made by <see cref="PolicyCatalog.ResolveLineage{TPolicy}"/>. The first version is the one in force (what <see cref="PolicyCatalog.Resolve{TPolicy}"/> gives); each further one is defined at a higher level. The default value is empty.</remarks>
public struct PolicyLineage<TPolicy> : IEnumerable<PolicyVersion<TPolicy>>, IEnumerator<PolicyVersion<TPolicy>>
    where TPolicy : class
{
    private readonly PolicyCatalog.Node.KindChain _chain;
    private readonly int _day;
    private readonly bool _made;

    // -1 before the first entry, 0 at the chain's first entry, i + 1 at the rest's entry i.
    private int _position;

    internal PolicyLineage(PolicyCatalog.Node.KindChain chain, int day)
    {
        _chain = chain;
        _day = day;
        _made = true;
        _position = -1;
        Current = null!;
    }

    /// <summary>Gets the version at the enumerator's position.</summary>
    public PolicyVersion<TPolicy> Current { get; private set; }

    /// <inheritdoc />
    readonly object System.Collections.IEnumerator.Current => Current;

    /// <summary>Returns the enumerator: the lineage itself, at its start.</summary>
    /// <returns>An enumerator over the versions in force.</returns>
    public readonly PolicyLineage<TPolicy> GetEnumerator() => this;

    /// <summary>Moves to the next version in force, one level higher.</summary>
    /// <returns><see langword="false"/> when no further version is in force.</returns>
    public bool MoveNext()
    {
        if (!_made)
        {
            return false;
        }

        while (++_position <= _chain.Rest.Length)
        {
            var entry = _position == 0 ? _chain.First : _chain.Rest[_position - 1];
            if (_day >= entry.FirstDay && _day < entry.EndDay)
            {
                Current = System.Runtime.CompilerServices.Unsafe.As<PolicyVersion<TPolicy>>(entry.Version);
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves back to the start.</summary>
    public void Reset()
    {
        _position = -1;
        Current = null!;
    }

    /// <summary>Does nothing: the lineage holds nothing to release.</summary>
    public readonly void Dispose()
    {
    }

    /// <inheritdoc />
    readonly IEnumerator<PolicyVersion<TPolicy>> IEnumerable<PolicyVersion<TPolicy>>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    readonly System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
