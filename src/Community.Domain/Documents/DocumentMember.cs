using Ardalis.GuardClauses;

namespace Community.Domain.Documents;

/// <summary>A member of an object in a document: its name, its schema and whether it must be given.</summary>
public readonly record struct DocumentMember : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    private DocumentMember(string name, DocumentSchema schema, bool isRequired)
    {
        _made = true;
        Name = name;
        Schema = schema;
        IsRequired = isRequired;
    }

    /// <summary>Gets the member's name, camelCase as documents write it.</summary>
    public string Name { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<DocumentMember>("DocumentMember.Required or DocumentMember.Optional"); }

    /// <summary>Gets the member's schema, whose description says what the member means.</summary>
    public DocumentSchema Schema { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<DocumentMember>("DocumentMember.Required or DocumentMember.Optional"); }

    /// <summary>Gets whether the member must be given.</summary>
    public bool IsRequired { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<DocumentMember>("DocumentMember.Required or DocumentMember.Optional"); }

    /// <summary>Makes a member that must be given.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="schema">Its schema.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public static DocumentMember Required(string name, DocumentSchema schema) => new(Guard.Against.NullOrWhiteSpace(name), Guard.Against.NullArgument(schema), true);

    /// <summary>Makes a member that may be left out; the schema's description says what leaving it out means.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="schema">Its schema.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    public static DocumentMember Optional(string name, DocumentSchema schema) => new(Guard.Against.NullOrWhiteSpace(name), Guard.Against.NullArgument(schema), false);

    /// <inheritdoc />
    public override string ToString() => !_made ? "default DocumentMember" : $"{Name}{(IsRequired ? string.Empty : "?")}: {Schema?.Description}";
}
