using System.Collections;
using System.Numerics;
using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Admission;

/// <summary>The conditions a request failed, in the order of <see cref="AdmissionCondition"/>; enumerating them allocates nothing.</summary>
public readonly struct UnmetConditions : IReadOnlyList<UnmetCondition>, IEquatable<UnmetConditions>
{
    private readonly PolicyVersion<AdmissionPolicy>? _version;

    internal UnmetConditions(AdmissionCondition conditions, PolicyVersion<AdmissionPolicy>? version)
    {
        Conditions = conditions;
        _version = version;
    }

    /// <summary>Gets the failed conditions as a set of flags.</summary>
    public AdmissionCondition Conditions { get; }

    /// <summary>Gets the number of failed conditions.</summary>
    public int Count => BitOperations.PopCount((uint)Conditions);

    /// <summary>Gets a value indicating whether no condition failed.</summary>
    public bool IsEmpty => Conditions == AdmissionCondition.None;

    /// <summary>Gets the failed condition at a position.</summary>
    /// <param name="index">The position, from zero.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public UnmetCondition this[int index]
    {
        get
        {
            if (unchecked((uint)index) >= (uint)Count)
            {
                throw GuardExtensions.OutOfRange(nameof(index), index, $"must be from 0 to {Count - 1}");
            }

            var bits = (uint)Conditions;
            for (var i = 0; i < index; i++)
            {
                bits &= bits - 1;
            }

            return new((AdmissionCondition)(bits & (~bits + 1)), _version!);
        }
    }

    /// <summary>Returns a value indicating whether a condition failed.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>True when it is among the failed ones.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> has a bit no <see cref="AdmissionCondition"/> defines.</exception>
    public bool Contains(AdmissionCondition condition) => Guard.Against.UndefinedFlags(condition) != AdmissionCondition.None && (Conditions & condition) == condition;

    /// <summary>Compares two sets of failed conditions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(UnmetConditions left, UnmetConditions right) => left.Equals(right);

    /// <summary>Compares two sets of failed conditions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(UnmetConditions left, UnmetConditions right) => !left.Equals(right);

    /// <summary>Returns an enumerator over the failed conditions that allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(Conditions, _version);

    /// <inheritdoc/>
    IEnumerator<UnmetCondition> IEnumerable<UnmetCondition>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(UnmetConditions other) => Conditions == other.Conditions && ReferenceEquals(_version, other._version);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UnmetConditions other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Conditions, _version);

    /// <summary>Formats the failed conditions.</summary>
    /// <returns>Their names, such as <c>Approval, FundsTransferred</c>, or <c>none</c>.</returns>
    public override string ToString() => IsEmpty ? "none" : Conditions.ToString();

    /// <summary>Enumerates failed conditions without allocating.</summary>
    public struct Enumerator : IEnumerator<UnmetCondition>
    {
        private readonly PolicyVersion<AdmissionPolicy>? _version;
        private readonly uint _all;
        private uint _remaining;
        private uint _current;

        internal Enumerator(AdmissionCondition conditions, PolicyVersion<AdmissionPolicy>? version)
        {
            _all = (uint)conditions;
            _remaining = _all;
            _version = version;
            _current = 0;
        }

        /// <inheritdoc/>
        public readonly UnmetCondition Current => new((AdmissionCondition)_current, _version!);

        /// <inheritdoc/>
        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            if (_remaining == 0)
            {
                return false;
            }

            _current = _remaining & (~_remaining + 1);
            _remaining &= _remaining - 1;
            return true;
        }

        /// <inheritdoc/>
        public void Reset() => (_remaining, _current) = (_all, 0);

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
