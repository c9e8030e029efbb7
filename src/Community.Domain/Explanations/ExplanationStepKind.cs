using System.Text.Json.Serialization;

namespace Community.Domain.Explanations;

/// <summary>What an explanation step records; serialised by name.</summary>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<ExplanationStepKind>))]
public enum ExplanationStepKind
{
    /// <summary>Which policy version was in force, where it is defined and for which dates.</summary>
    Resolution = 0,

    /// <summary>That the version was inherited from an ancestor jurisdiction, and why.</summary>
    Inheritance = 1,

    /// <summary>Which band of a table a quantity fell in.</summary>
    Band = 2,

    /// <summary>How a boundary value shared by two bands was read.</summary>
    BoundaryReading = 3,

    /// <summary>A formula applied to inputs, with its intermediate values.</summary>
    Formula = 4,

    /// <summary>How a value was rounded.</summary>
    Rounding = 5,

    /// <summary>A condition that held or failed.</summary>
    Condition = 6,

    /// <summary>A remark on the answer that is neither a computation nor a condition: that the rule is only proposed, that the date lies outside what the source covers, that the sources word a rule two ways, or what a workflow allows.</summary>
    Remark = 7,
}
