using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>A duty a policy may count among the community's own (ADM-03); serialised by name.</summary>
/// <remarks>
/// The first seven are the duties Xiantao lists (ADM-03). <see cref="StatutoryDuties"/> stands for
/// the duties the Organic Law of Urban Residents' Committees gives a committee, which the Xinluo
/// survey and the unnamed city's report take as the line between the community's own work and
/// work that needs admission (ADM-01, ADM-02).
/// </remarks>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<CommunityDuty>))]
public enum CommunityDuty
{
    /// <summary>City management (城市管理).</summary>
    CityManagement = 0,

    /// <summary>Public services (公共服务).</summary>
    PublicServices = 1,

    /// <summary>Community building (社区建设).</summary>
    CommunityBuilding = 2,

    /// <summary>Safety supervision (安全监督).</summary>
    SafetySupervision = 3,

    /// <summary>Emergency management (应急管理).</summary>
    EmergencyManagement = 4,

    /// <summary>Social stability (社会稳定).</summary>
    SocialStability = 5,

    /// <summary>Comprehensive governance of public order (社会治安综合治理).</summary>
    PublicOrder = 6,

    /// <summary>The duties the Organic Law of Urban Residents' Committees gives a committee (《居民委员会组织法》规定的职责).</summary>
    StatutoryDuties = 7,
}
