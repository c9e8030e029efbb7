using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>Where an admission list puts an item of work: the community's own duty, work it assists with by the list's leave, or work it must not take on.</summary>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<ListStanding>))]
public enum ListStanding
{
    /// <summary>A duty the community carries out by law (依法履职事项): no admission is needed.</summary>
    OwnDuty = 1,

    /// <summary>Work the community assists the government with (协助政府工作事项): the list admits it.</summary>
    Assisting = 2,

    /// <summary>Work the list excludes (负面清单): it is rejected whatever the department offers.</summary>
    Excluded = 3,
}
