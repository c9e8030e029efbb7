using Community.Domain.Explanations;

namespace Community.Domain.Premises;

/// <summary>Every phrase of premises findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class PremisesText
{
    public static string Facility(Facility facility, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? facility switch
            {
                Premises.Facility.ServiceCentre => "社区服务中心",
                Premises.Facility.HealthStation => "卫生服务站",
                Premises.Facility.PoliceRoom => "警务室",
                Premises.Facility.ReadingRoom => "文化阅览室",
                Premises.Facility.FitnessVenue => "体育健身场所",
                _ => "停车场",
            }
            : facility switch
            {
                Premises.Facility.ServiceCentre => "a service centre",
                Premises.Facility.HealthStation => "a health station",
                Premises.Facility.PoliceRoom => "a police room",
                Premises.Facility.ReadingRoom => "a reading room",
                Premises.Facility.FitnessVenue => "a fitness venue",
                _ => "parking",
            };

    public static string Area(Primitives.Area area, ExplanationLanguage language) => KernelText.Area(area, language);

    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "premises.standard" => ("premises standard", "社区办公用房标准"),
        "premises.new-centre-standard" => ("new community centre standard", "新建社区服务中心标准"),
        "premises.developer-reservation" => ("developer's premises reservation", "开发项目社区服务用房配建标准"),
        "premises.building-fees" => ("building fees and grant", "社区办公用房建设规费与补助"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };
}
