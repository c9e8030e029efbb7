namespace Community.Domain.Documents;

/// <summary>What kind of problem a <see cref="DocumentProblem"/> is: a stable code that a caller can act on and docs/errors.md lists, beside the message a person reads.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DocumentProblemKind>))]
public enum DocumentProblemKind
{
    /// <summary>The text is not UTF-8: bytes that are not, UTF-16 text, or a lone surrogate (half of a character).</summary>
    Encoding = 1,

    /// <summary>The document is empty or only white space.</summary>
    Empty = 2,

    /// <summary>The text is not well-formed JSON; the problem gives the line and column.</summary>
    Malformed = 3,

    /// <summary>The document is not of the format or format version expected here, such as a case document given where a catalog is expected.</summary>
    WrongDocument = 4,

    /// <summary>A member is given twice, or an item that must be unique (a jurisdiction's code, a case's name) is given again.</summary>
    Duplicate = 5,

    /// <summary>A member this object does not have: unknown or misspelt.</summary>
    UnknownMember = 6,

    /// <summary>A member that does not apply to the form chosen, or members that conflict with each other.</summary>
    NotApplying = 7,

    /// <summary>A required member is left out (or is null), or none of the members of which one is needed is given.</summary>
    Missing = 8,

    /// <summary>A value of the wrong JSON type: a text where a number is expected, an object where an array is.</summary>
    WrongType = 9,

    /// <summary>A name that is not exactly one of those allowed: an enum value, a kind, an evaluation, a wage.</summary>
    UnknownName = 10,

    /// <summary>A value of the right type that is refused: out of range, not a date, or refused by the factory the C# API uses.</summary>
    InvalidValue = 11,

    /// <summary>A text that is blank, where a text that says something (or leaving the member out) is expected.</summary>
    Blank = 12,

    /// <summary>A definition that does not hold together (bands that overlap or leave gaps, a minimum above a maximum); <see cref="DocumentProblem.DefinitionKind"/> says which.</summary>
    Definition = 13,
}
