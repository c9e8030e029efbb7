namespace Community.Domain.Policies;

/// <summary>An immutable map from jurisdiction code values to items, made once and read without locks.</summary>
/// <remarks>
/// Open addressing with linear probing over a power-of-two table at most half full, keyed by the
/// code's integer value; 0, which no valid code has, marks an empty slot. A struct, so that its owner
/// holds the slots directly: a lookup is a multiply, a shift and usually one slot read, which holds
/// both the key and the item (docs/benchmarks.md).
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal readonly struct CodeMap<T>
    where T : class
{
    private readonly Slot[] _slots;
    private readonly int _shift;

    public CodeMap(IEnumerable<KeyValuePair<int, T>> entries)
    {
        var list = entries.ToList();
        var bits = 1;
        while ((1 << bits) < list.Count * 2)
        {
            bits++;
        }

        _shift = 32 - bits;
        _slots = new Slot[1 << bits];
        foreach (var (key, item) in list)
        {
            if (key == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), key, "0 is not a jurisdiction code.");
            }

            var slot = SlotOf(key);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new ArgumentException($"entries holds the code {key} twice; expected each once.", nameof(entries));
                }

                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = new(key, item);
        }
    }

    /// <summary>Gets the item stored under a key, or null.</summary>
    public T? Find(int key)
    {
        var slots = _slots;
        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var found = ref slots[slot];
            if (found.Key == key)
            {
                return found.Item;
            }

            if (found.Key == 0)
            {
                return null;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    // Fibonacci hashing: the golden-ratio multiply spreads nearby codes over the table.
    private int SlotOf(int key) => (int)(unchecked((uint)key * 2654435769u) >> _shift);

    private readonly record struct Slot(int Key, T? Item);
}
