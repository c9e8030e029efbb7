namespace Community.Domain.Divisions.Villages;

/// <summary>What a village-level unit is, as its name tells.</summary>
/// <remarks>
/// The statistical tables tell the two apart by an urban-rural classification code (城乡分类代码) that
/// the source of this package does not carry. The package reads the name instead: a unit whose name,
/// without a closing note in brackets, ends in 居委会, 居民委员会 or 社区 is a residents' committee;
/// every other unit (村委会, 嘎查, 生活区, …) a villagers' committee. This reading finds 126,794
/// residents' committees where the tables count 126,517 (0.2% more); see docs/divisions.md.
/// </remarks>
public enum VillageKind
{
    /// <summary>A residents' committee (居民委员会, 社区): the unit this library's committees model.</summary>
    ResidentsCommittee = 1,

    /// <summary>A villagers' committee (村民委员会) or another rural village-level unit.</summary>
    VillagersCommittee = 2,
}
