using System.Text.Json.Serialization;

namespace Community.Domain.Assessments;

/// <summary>The stable code of an assessment finding (committees, grids, premises); serialised by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingCode>))]
public enum FindingCode
{
    /// <summary>Fewer members than the quota of the community's population band.</summary>
    TooFewMembers = 1,

    /// <summary>More members than the quota of the community's population band.</summary>
    TooManyMembers = 2,

    /// <summary>Fewer full-time members than the quota.</summary>
    TooFewFullTime = 3,

    /// <summary>More full-time members than the quota.</summary>
    TooManyFullTime = 4,

    /// <summary>Fewer part-time members than the quota.</summary>
    TooFewPartTime = 5,

    /// <summary>More part-time members than the quota.</summary>
    TooManyPartTime = 6,

    /// <summary>The committee's size lies outside the policy's overall range (COM-01: 5 to 7; COM-03: 4 to 7).</summary>
    OutsideOverallRange = 7,

    /// <summary>A part-time member was elected from a source the policy does not allow (COM-02).</summary>
    PartTimeSourceNotAllowed = 8,

    /// <summary>No member holds the post of director.</summary>
    NoDirector = 9,

    /// <summary>More than one member holds the post of director.</summary>
    MoreThanOneDirector = 10,

    /// <summary>The policy gives only the overall size, so the full-time and part-time split was not checked.</summary>
    SplitNotSpecified = 11,

    /// <summary>No part-time source policy is in force, so the part-time members' sources were not checked.</summary>
    SourcesNotChecked = 12,

    /// <summary>The committee keeps more rooms as dedicated offices than the policy allows (COM-05: one).</summary>
    TooManyOfficeRooms = 13,

    /// <summary>A community has fewer grids than its households need under the grid policy (GRD-01, GRD-02).</summary>
    TooFewGrids = 20,

    /// <summary>A community has more grids than its households allow under the grid policy.</summary>
    TooManyGrids = 21,

    /// <summary>A community has fewer grid managers than its grids need.</summary>
    TooFewGridManagers = 22,

    /// <summary>A community has more grid managers than its grids allow.</summary>
    TooManyGridManagers = 23,

    /// <summary>Premises have less floor area than the standard (FAC-01: 300 m², FAC-02: 100 m², FAC-06: 1200 m²).</summary>
    FloorAreaBelowStandard = 30,

    /// <summary>Premises have fewer rooms than the standard (FAC-01: six).</summary>
    TooFewRooms = 31,

    /// <summary>Premises have fewer halls than the standard (FAC-01: one).</summary>
    TooFewHalls = 32,

    /// <summary>Premises stand on less land than the standard (FAC-06: 1 亩).</summary>
    LandBelowStandard = 33,

    /// <summary>Premises lack a facility the standard requires (FAC-06).</summary>
    MissingFacility = 34,

    /// <summary>The standard sets a least land area but the premises' land was not given, so it was not checked.</summary>
    LandNotChecked = 35,
}
