using Community.Domain.Policies;

namespace Community.Domain.Admission;

/// <summary>The kinds of work-admission policy.</summary>
public static class AdmissionKinds
{
    /// <summary>Gets the work-admission policy (ADM-01, ADM-02, ADM-03).</summary>
    public static PolicyKind<AdmissionPolicy> WorkAdmission { get; } = PolicyKind<AdmissionPolicy>.Named("admission.work", AdmissionText.KindName);
}
