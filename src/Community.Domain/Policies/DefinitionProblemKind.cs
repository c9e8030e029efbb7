namespace Community.Domain.Policies;

/// <summary>What is wrong with a policy definition: a stable code a caller can test without reading messages.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DefinitionProblemKind>))]
public enum DefinitionProblemKind
{
    /// <summary>A band table has no bands.</summary>
    NoBands = 1,

    /// <summary>A band contains no value: its lower bound is above its upper bound, or they meet and one excludes the point.</summary>
    EmptyBand = 2,

    /// <summary>Bands are listed neither in ascending nor in descending order.</summary>
    UnorderedBands = 3,

    /// <summary>Some values between two neighbouring bands fall in neither.</summary>
    Gap = 4,

    /// <summary>Two bands share more than a boundary value, which no reading resolves.</summary>
    Overlap = 5,

    /// <summary>Two bands both include one boundary value and the table did not state the first-listed-wins reading.</summary>
    SharedBoundary = 6,

    /// <summary>Two versions of one policy at one jurisdiction are in force on a common day.</summary>
    OverlappingVersions = 7,

    /// <summary>A policy version, or a jurisdiction's parent, names a jurisdiction the catalog does not know.</summary>
    UnknownJurisdiction = 8,

    /// <summary>Two jurisdictions have the same code.</summary>
    DuplicateJurisdiction = 9,

    /// <summary>A jurisdiction's parent is not of a higher tier (a city under a county, a county under a street).</summary>
    InvalidParent = 10,

    /// <summary>Two policy kinds with one name carry different policy types.</summary>
    ConflictingPolicyKind = 11,

    /// <summary>A policy's own content is invalid, such as an amount or count out of range.</summary>
    InvalidValue = 12,

    /// <summary>The same role, item or key is given twice where each may appear once.</summary>
    Duplicate = 13,

    /// <summary>A module gives built-in versions of a kind it does not declare with a codec, so that no catalog document could hold them.</summary>
    UndeclaredKind = 14,

    /// <summary>A module's document schemas could not be written as the registry's JSON Schemas: two different schemas under one definition name, a reference to a name no module defines, or a kind's policy described as other than an object.</summary>
    InvalidSchema = 15,

    /// <summary>A declared rule names an input its kind does not declare, or a derived input names one not declared before it.</summary>
    UnknownInput = 16,

    /// <summary>A declared kind's input that its rule never uses, directly or through a derived input.</summary>
    UnusedInput = 17,

    /// <summary>Two measures of different units are compared or combined (households against residents, votes among members), or a measure's unit does not suit its use (a date in a threshold).</summary>
    MismatchedUnits = 18,

    /// <summary>A declared finding, named by a rule, that its kind does not declare.</summary>
    UnknownFinding = 19,
}
