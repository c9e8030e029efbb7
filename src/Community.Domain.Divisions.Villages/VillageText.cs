namespace Community.Domain.Divisions.Villages;

/// <summary>The Chinese words the package reads in units' names.</summary>
internal static class VillageText
{
    /// <summary>居委会: the usual short name of a residents' committee.</summary>
    public const string ResidentsCommittee = "居委会";

    /// <summary>居民委员会: a residents' committee's name in full.</summary>
    public const string ResidentsCommitteeInFull = "居民委员会";

    /// <summary>社区: a community, the name most urban residents' committees now go by.</summary>
    public const string Community = "社区";
}
