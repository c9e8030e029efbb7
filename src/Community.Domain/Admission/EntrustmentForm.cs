using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>How admitted work is entrusted to the community (ADM-02); serialised by name.</summary>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<EntrustmentForm>))]
public enum EntrustmentForm
{
    /// <summary>By signing an agreement (签订协议).</summary>
    Agreement = 0,

    /// <summary>By purchase of services (购买服务).</summary>
    ServicePurchase = 1,

    /// <summary>By project management (项目管理).</summary>
    ProjectManagement = 2,
}
