namespace Community.Domain.Documents;

/// <summary>The shape of a value in a document, as a <see cref="DocumentSchema"/> describes it.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The shapes are named for the JSON Schema types they describe.")]
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DocumentSchemaShape>))]
public enum DocumentSchemaShape
{
    /// <summary>An object with named members and no other.</summary>
    Object = 1,

    /// <summary>An array whose items share one schema.</summary>
    Array = 2,

    /// <summary>A text.</summary>
    Text = 3,

    /// <summary>A whole number.</summary>
    Integer = 4,

    /// <summary>A number that may have decimals.</summary>
    Number = 5,

    /// <summary>True or false.</summary>
    Boolean = 6,

    /// <summary>One of a list of names, such as an enumeration's.</summary>
    Name = 7,

    /// <summary>Exactly one of several forms.</summary>
    OneOf = 8,

    /// <summary>A reference to a schema defined under a name elsewhere in the document, for a shape that holds itself.</summary>
    Reference = 9,

    /// <summary>A value in the JSON form its type's metadata reads and writes (<see cref="DocumentNode.Value{T}"/>), as results are written; an object not described member by member.</summary>
    Value = 10,
}
