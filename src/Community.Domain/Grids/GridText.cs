using Community.Domain.Explanations;

namespace Community.Domain.Grids;

/// <summary>Every phrase of grid findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class GridText
{
    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "grids.size" => ("grid size", "网格划分标准"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };
}
