using Community.Domain.Policies;

namespace Community.Domain.Admission;

/// <summary>The kinds of work-admission policy.</summary>
public static class AdmissionKinds
{
    /// <summary>Gets the work-admission policy (ADM-01, ADM-02, ADM-03).</summary>
    public static PolicyKind<AdmissionPolicy> WorkAdmission { get; } = Create<AdmissionPolicy>("admission.work");

    private static PolicyKind<TPolicy> Create<TPolicy>(string name)
        where TPolicy : class
    {
        var (english, chinese) = AdmissionText.KindName(name);
        return new(name, english, chinese);
    }
}
