using Community.Domain.Policies;

namespace Community.Domain.Admission;

/// <summary>The kinds of work-admission policy.</summary>
public static class AdmissionKinds
{
    /// <summary>Gets the work-admission policy (ADM-01, ADM-02, ADM-03).</summary>
    public static PolicyKind<AdmissionPolicy> WorkAdmission { get; } = PolicyKind<AdmissionPolicy>.Named("admission.work", AdmissionText.KindName);

    /// <summary>Gets the admission list (准入清单): named items of work by category, each an own duty, assisting work or excluded work.</summary>
    public static PolicyKind<AdmissionList> List { get; } = PolicyKind<AdmissionList>.Named("admission.list", AdmissionText.KindName);
}
