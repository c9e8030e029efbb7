namespace Community.Domain.Subsidies;

/// <summary>A post that a subsidy or pay schedule names.</summary>
/// <remarks>A person who holds two posts (交叉任职) is paid once; which post they are paid as is the caller's choice.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<PayRole>))]
public enum PayRole
{
    /// <summary>The community party organisation's secretary (书记).</summary>
    Secretary,

    /// <summary>A deputy secretary (副书记).</summary>
    DeputySecretary,

    /// <summary>The residents' committee director (主任).</summary>
    Director,

    /// <summary>A deputy director (副主任).</summary>
    DeputyDirector,

    /// <summary>A full-time committee member (专职委员), also called an ordinary member (一般委员).</summary>
    FullTimeMember,

    /// <summary>A part-time committee member (兼职委员).</summary>
    PartTimeMember,

    /// <summary>A community worker (社区工作者) in general.</summary>
    CommunityWorker,

    /// <summary>A grid worker (网格员).</summary>
    GridWorker,

    /// <summary>A public-welfare post (公益性岗位).</summary>
    PublicWelfarePost,

    /// <summary>A full-time specialist post (专职专干), such as civil affairs, labour, family planning or comprehensive governance.</summary>
    SpecialistPost,

    /// <summary>An ordinary cadre (一般干部): a community cadre below the director, whom the source does not call a committee member.</summary>
    OrdinaryCadre,
}
