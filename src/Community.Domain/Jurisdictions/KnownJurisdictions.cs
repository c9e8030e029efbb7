namespace Community.Domain.Jurisdictions;

/// <summary>The jurisdictions of the source documents, built into the built-in catalog (<c>BuiltInCatalog.Instance</c>).</summary>
/// <remarks>
/// Codes are GB/T 2260 administrative division codes. Xiantao is a county-level city administered
/// directly by Hubei province, so its parent is the province. Furong town (芙蓉镇) is the seat of
/// Wan'an county; its 9-digit statistical code is not given by the sources, so it is not built in:
/// add it with <see cref="Policies.PolicyCatalogBuilder.AddJurisdiction"/> where the code is known.
/// </remarks>
public static class KnownJurisdictions
{
    /// <summary>Gets the nation (中华人民共和国), 100000 as the statistical tables number it: the parent of every province, where national rules are defined.</summary>
    public static Jurisdiction China { get; } = Jurisdiction.Nation(JurisdictionCode.Of(100000), "中华人民共和国", "People's Republic of China");

    /// <summary>Gets Hubei province (湖北省), 420000.</summary>
    public static Jurisdiction Hubei { get; } = Jurisdiction.Below(China.Code, JurisdictionCode.Of(420000), "湖北省", "Hubei Province", JurisdictionLevel.Province);

    /// <summary>Gets Xiantao (仙桃市), 429004, a county-level city directly under Hubei.</summary>
    public static Jurisdiction Xiantao { get; } = Jurisdiction.Below(Hubei.Code, JurisdictionCode.Of(429004), "仙桃市", "Xiantao", JurisdictionLevel.County);

    /// <summary>Gets Jingzhou (荆州市), 421000, a prefecture-level city of Hubei.</summary>
    public static Jurisdiction Jingzhou { get; } = Jurisdiction.Below(Hubei.Code, JurisdictionCode.Of(421000), "荆州市", "Jingzhou", JurisdictionLevel.City);

    /// <summary>Gets Shashi district (沙市区), 421002, of Jingzhou.</summary>
    public static Jurisdiction Shashi { get; } = Jurisdiction.Below(Jingzhou.Code, JurisdictionCode.Of(421002), "沙市区", "Shashi District", JurisdictionLevel.County);

    /// <summary>Gets Fujian province (福建省), 350000.</summary>
    public static Jurisdiction Fujian { get; } = Jurisdiction.Below(China.Code, JurisdictionCode.Of(350000), "福建省", "Fujian Province", JurisdictionLevel.Province);

    /// <summary>Gets Longyan (龙岩市), 350800, a prefecture-level city of Fujian.</summary>
    public static Jurisdiction Longyan { get; } = Jurisdiction.Below(Fujian.Code, JurisdictionCode.Of(350800), "龙岩市", "Longyan", JurisdictionLevel.City);

    /// <summary>Gets Xinluo district (新罗区), 350802, of Longyan.</summary>
    public static Jurisdiction Xinluo { get; } = Jurisdiction.Below(Longyan.Code, JurisdictionCode.Of(350802), "新罗区", "Xinluo District", JurisdictionLevel.County);

    /// <summary>Gets Anhui province (安徽省), 340000.</summary>
    public static Jurisdiction Anhui { get; } = Jurisdiction.Below(China.Code, JurisdictionCode.Of(340000), "安徽省", "Anhui Province", JurisdictionLevel.Province);

    /// <summary>Gets Hefei (合肥市), 340100, the capital of Anhui.</summary>
    public static Jurisdiction Hefei { get; } = Jurisdiction.Below(Anhui.Code, JurisdictionCode.Of(340100), "合肥市", "Hefei", JurisdictionLevel.City);

    /// <summary>Gets Yaohai district (瑶海区), 340102, of Hefei.</summary>
    public static Jurisdiction Yaohai { get; } = Jurisdiction.Below(Hefei.Code, JurisdictionCode.Of(340102), "瑶海区", "Yaohai District", JurisdictionLevel.County);

    /// <summary>Gets Luyang district (庐阳区), 340103, of Hefei.</summary>
    public static Jurisdiction Luyang { get; } = Jurisdiction.Below(Hefei.Code, JurisdictionCode.Of(340103), "庐阳区", "Luyang District", JurisdictionLevel.County);

    /// <summary>Gets Shushan district (蜀山区), 340104, of Hefei.</summary>
    public static Jurisdiction Shushan { get; } = Jurisdiction.Below(Hefei.Code, JurisdictionCode.Of(340104), "蜀山区", "Shushan District", JurisdictionLevel.County);

    /// <summary>Gets Baohe district (包河区), 340111, of Hefei.</summary>
    public static Jurisdiction Baohe { get; } = Jurisdiction.Below(Hefei.Code, JurisdictionCode.Of(340111), "包河区", "Baohe District", JurisdictionLevel.County);

    /// <summary>Gets Jiangxi province (江西省), 360000.</summary>
    public static Jurisdiction Jiangxi { get; } = Jurisdiction.Below(China.Code, JurisdictionCode.Of(360000), "江西省", "Jiangxi Province", JurisdictionLevel.Province);

    /// <summary>Gets Ji'an (吉安市), 360800, a prefecture-level city of Jiangxi.</summary>
    public static Jurisdiction Jian { get; } = Jurisdiction.Below(Jiangxi.Code, JurisdictionCode.Of(360800), "吉安市", "Ji'an", JurisdictionLevel.City);

    /// <summary>Gets Wan'an county (万安县), 360828, of Ji'an; its seat is Furong town (芙蓉镇).</summary>
    public static Jurisdiction Wanan { get; } = Jurisdiction.Below(Jian.Code, JurisdictionCode.Of(360828), "万安县", "Wan'an County", JurisdictionLevel.County);

    /// <summary>Gets every built-in jurisdiction, parents before children.</summary>
    public static IReadOnlyList<Jurisdiction> All { get; } =
    [
        China,
        Hubei, Xiantao, Jingzhou, Shashi,
        Fujian, Longyan, Xinluo,
        Anhui, Hefei, Yaohai, Luyang, Shushan, Baohe,
        Jiangxi, Jian, Wanan,
    ];
}
