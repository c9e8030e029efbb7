namespace Community.Domain.Policies;

/// <summary>A kind of policy whose versions are policies of type <typeparamref name="TPolicy"/>.</summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
public sealed class PolicyKind<TPolicy> : PolicyKind
    where TPolicy : class
{
    /// <summary>Initializes a new instance of the <see cref="PolicyKind{TPolicy}"/> class.</summary>
    /// <param name="name">The stable identifier, such as <c>funding.office-funds</c>; not blank.</param>
    /// <param name="englishName">The English name; not blank.</param>
    /// <param name="chineseName">The Chinese name; not blank.</param>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public PolicyKind(string name, string englishName, string chineseName)
        : base(name, englishName, chineseName)
    {
    }

    /// <inheritdoc />
    public override Type PolicyType => typeof(TPolicy);

    /// <summary>Creates a kind whose English and Chinese names a module's text file gives for its stable name.</summary>
    internal static PolicyKind<TPolicy> Named(string name, Func<string, (string English, string Chinese)> names)
    {
        var (english, chinese) = names(name);
        return new(name, english, chinese);
    }
}
