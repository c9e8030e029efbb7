using Community.Domain.Policies;

namespace Community.Domain.Scale;

/// <summary>The kinds of scale policy.</summary>
public static class ScaleKinds
{
    /// <summary>Gets the recommended scale of a community (社区规模).</summary>
    public static PolicyKind<CommunityScalePolicy> Community { get; } = PolicyKind<CommunityScalePolicy>.Named("scale.community", ScaleText.KindName);
}
