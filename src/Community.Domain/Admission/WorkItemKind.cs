using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>The kind of work a department asks a community to take on; serialised by name.</summary>
/// <remarks>
/// The kinds are those the sources name: ADM-01's list of items that need admission, ADM-02's
/// prohibited items, and ADM-04's burdens seen in practice. <see cref="OwnDuty"/> is work within
/// the community's own duties; <see cref="OtherOutsideDuties"/> is any other work outside them.
/// </remarks>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<WorkItemKind>))]
public enum WorkItemKind
{
    /// <summary>Setting up a department's organisation or body in the community (组织机构进社区).</summary>
    Organisation = 0,

    /// <summary>Hanging a department's plaque at the community (挂牌).</summary>
    Plaque = 1,

    /// <summary>An assessment, inspection or competition (考核评比).</summary>
    Assessment = 2,

    /// <summary>A training class (办班培训).</summary>
    TrainingClass = 3,

    /// <summary>A special survey (专项调查).</summary>
    SpecialSurvey = 4,

    /// <summary>A newspaper or magazine subscription drive (报刊征订).</summary>
    SubscriptionDrive = 5,

    /// <summary>A responsibility letter for the community to sign (工作责任书).</summary>
    ResponsibilityLetter = 6,

    /// <summary>Selling insurance to residents on a quota (承办保险, ADM-04).</summary>
    InsuranceQuota = 7,

    /// <summary>Collecting a fee or an allowance, such as the conscripts' family allowance (义务兵优待金, ADM-04).</summary>
    FeeCollection = 8,

    /// <summary>An economic target (经济指标).</summary>
    EconomicTarget = 9,

    /// <summary>A revenue quota to hand up (创收上缴任务).</summary>
    RevenueQuota = 10,

    /// <summary>An irregular charge (违规收费).</summary>
    IrregularCharge = 11,

    /// <summary>A themed campaign or activity (专题活动, ADM-04).</summary>
    ThemedCampaign = 12,

    /// <summary>Any other work outside the community's own duties (社区职能以外的工作).</summary>
    OtherOutsideDuties = 13,

    /// <summary>Work within one of the community's own duties, named by <see cref="WorkRequest.Duty"/>.</summary>
    OwnDuty = 14,
}
