using System.Text.Json;
using Community.Domain.Documents;

namespace Community.Domain.Admission;

/// <summary>
/// A work-admission policy in a policy document:
/// <c>{"ownDuties":["StatutoryDuties"],"prohibited":["EconomicTarget"],"carriesOutEmergenciesDirectly":true,
/// "requires":{"application":{"office":{"id":"…","chinese":"…","english":"…"}},"documents":["SuperiorDocument"],
/// "approval":{"authority":{…},"beforeStart":true},"fundsTransferred":true,"authorityTransferred":true,
/// "entrustment":{"forms":["Agreement"]}},"caps":[{"kind":"Assessment","perYear":2},{"perYear":10}],"decisionDeadline":5}</c>.
/// Each requirement reads as the builder's method of the same name, so a document can state exactly what code can.
/// </summary>
internal sealed class AdmissionPolicyCodec() : PolicyCodec<AdmissionPolicy>(AdmissionKinds.WorkAdmission)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = CreateSchema();

    protected override AdmissionPolicy ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("ownDuties", "prohibited", "carriesOutEmergenciesDirectly", "requires", "caps", "decisionDeadline");
        var builder = AdmissionPolicy.CreateBuilder()
            .WithOwnDuties([.. Names<CommunityDuty>(policy.Optional("ownDuties"))])
            .Prohibit([.. Names<WorkItemKind>(policy.Optional("prohibited"))])
            .CarryOutEmergenciesDirectly(policy.Optional("carriesOutEmergenciesDirectly")?.Boolean() ?? false);
        if (policy.Optional("requires") is { } requires)
        {
            ReadRequirements(requires, builder);
        }

        foreach (var cap in policy.Optional("caps")?.Items() ?? [])
        {
            cap.OnlyMembers("kind", "perYear");
            var perYear = cap.Required("perYear").Int32();
            _ = cap.Optional("kind") is { } kind ? builder.Cap(kind.Name<WorkItemKind>(), perYear) : builder.CapTotal(perYear);
        }

        if (policy.Optional("decisionDeadline") is { } deadline)
        {
            builder.DecideWithin(deadline.Int32());
        }

        return builder.Build();
    }

    protected override void WritePolicy(Utf8JsonWriter writer, AdmissionPolicy policy)
    {
        WriteNames(writer, "ownDuties", policy.OwnDuties);
        WriteNames(writer, "prohibited", policy.ProhibitedKinds);
        if (policy.CarriesOutEmergenciesDirectly)
        {
            writer.WriteBoolean("carriesOutEmergenciesDirectly", true);
        }

        if (policy.Conditions != AdmissionCondition.None)
        {
            WriteRequirements(writer, policy);
        }

        if (!policy.Caps.IsEmpty)
        {
            writer.WriteStartArray("caps");
            foreach (var cap in policy.Caps)
            {
                writer.WriteStartObject();
                if (cap.Kind is { } kind)
                {
                    writer.WriteString("kind", kind.ToString());
                }

                writer.WriteNumber("perYear", cap.PerYear);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (policy.DecisionDeadline is { } days)
        {
            writer.WriteNumber("decisionDeadline", days);
        }
    }

    private static void ReadRequirements(DocumentNode requires, AdmissionPolicyBuilder builder)
    {
        requires.OnlyMembers("application", "documents", "approval", "fundsTransferred", "authorityTransferred", "entrustment");
        if (requires.Optional("application") is { } application)
        {
            application.OnlyMembers("office");
            builder.RequireApplication(application.Optional("office") is { } office ? ReadAuthority(office) : null);
        }

        var documents = SupportingDocuments.None;
        foreach (var document in Names<SupportingDocuments>(requires.Optional("documents")))
        {
            documents |= document;
        }

        builder.RequireDocuments(documents);
        if (requires.Optional("approval") is { } approval)
        {
            approval.OnlyMembers("authority", "beforeStart");
            builder.RequireApproval(approval.Optional("authority") is { } authority ? ReadAuthority(authority) : null);
            if (!(approval.Optional("beforeStart")?.Boolean() ?? true))
            {
                builder.Waive(AdmissionCondition.ApprovalBeforeStart);
            }
        }

        if (requires.Optional("fundsTransferred")?.Boolean() ?? false)
        {
            builder.RequireFundsTransferred();
        }

        if (requires.Optional("authorityTransferred")?.Boolean() ?? false)
        {
            builder.RequireAuthorityTransferred();
        }

        if (requires.Optional("entrustment") is { } entrustment)
        {
            entrustment.OnlyMembers("forms");
            builder.RequireEntrustment([.. Names<EntrustmentForm>(entrustment.Optional("forms"))]);
        }
    }

    private static void WriteRequirements(Utf8JsonWriter writer, AdmissionPolicy policy)
    {
        var conditions = policy.Conditions;
        writer.WriteStartObject("requires");
        if ((conditions & AdmissionCondition.WrittenApplication) != 0)
        {
            writer.WriteStartObject("application");
            WriteAuthority(writer, "office", policy.ApplicationOffice);
            writer.WriteEndObject();
        }

        if ((conditions & (AdmissionCondition.SuperiorDocument | AdmissionCondition.ImplementationPlan)) != 0)
        {
            writer.WriteStartArray("documents");
            if ((conditions & AdmissionCondition.SuperiorDocument) != 0)
            {
                writer.WriteStringValue(nameof(SupportingDocuments.SuperiorDocument));
            }

            if ((conditions & AdmissionCondition.ImplementationPlan) != 0)
            {
                writer.WriteStringValue(nameof(SupportingDocuments.ImplementationPlan));
            }

            writer.WriteEndArray();
        }

        if ((conditions & AdmissionCondition.Approval) != 0)
        {
            writer.WriteStartObject("approval");
            WriteAuthority(writer, "authority", policy.ApprovingAuthority);
            if ((conditions & AdmissionCondition.ApprovalBeforeStart) == 0)
            {
                writer.WriteBoolean("beforeStart", false);
            }

            writer.WriteEndObject();
        }

        if ((conditions & AdmissionCondition.FundsTransferred) != 0)
        {
            writer.WriteBoolean("fundsTransferred", true);
        }

        if ((conditions & AdmissionCondition.AuthorityTransferred) != 0)
        {
            writer.WriteBoolean("authorityTransferred", true);
        }

        if ((conditions & AdmissionCondition.Entrustment) != 0)
        {
            writer.WriteStartObject("entrustment");
            WriteNames(writer, "forms", policy.EntrustmentForms);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static Authority ReadAuthority(DocumentNode authority)
    {
        authority.OnlyMembers("id", "chinese", "english");
        var id = authority.Required("id").Text();
        var chinese = authority.Required("chinese").Text();
        var english = authority.Required("english").Text();
        return authority.Made(_ => Authority.Of(id, chinese, english));
    }

    private static void WriteAuthority(Utf8JsonWriter writer, string name, Authority? authority)
    {
        if (authority is not null)
        {
            writer.WriteStartObject(name);
            writer.WriteString("id", authority.Id);
            writer.WriteString("chinese", authority.Chinese);
            writer.WriteString("english", authority.English);
            writer.WriteEndObject();
        }
    }

    private static List<TEnum> Names<TEnum>(DocumentNode? list)
        where TEnum : struct, Enum =>
        list?.Items().Select(item => item.Name<TEnum>()).ToList() ?? [];

    private static void WriteNames<TEnum>(Utf8JsonWriter writer, string name, System.Collections.Immutable.ImmutableArray<TEnum> values)
        where TEnum : struct, Enum
    {
        if (!values.IsEmpty)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value.ToString());
            }

            writer.WriteEndArray();
        }
    }

    private static DocumentSchema CreateSchema()
    {
        var authority = DocumentSchema.NamedObject(
            "A department or office.",
            "Its name",
            DocumentMember.Required("id", DocumentSchema.Text("Its id, such as street-office.")));
        return DocumentSchema.Object(
            "Which work may enter a community and on what conditions: its own duties, the work kept out, what a department must do for other work, caps and the deadline for a decision.",
            DocumentMember.Optional("ownDuties", DocumentSchema.Array("The community's own duties, admitted without conditions; none if left out.", DocumentSchema.Name<CommunityDuty>("A duty."))),
            DocumentMember.Optional("prohibited", DocumentSchema.Array("The kinds of work refused outright; none if left out.", DocumentSchema.Name<WorkItemKind>("A kind of work."))),
            DocumentMember.Optional("carriesOutEmergenciesDirectly", DocumentSchema.Boolean("Whether emergencies are carried out first and admitted afterwards; false if left out.")),
            DocumentMember.Optional("requires", DocumentSchema.Object(
                "What a department must do for other work to be admitted; each member reads as the builder's method of that name. Nothing if left out.",
                DocumentMember.Optional("application", DocumentSchema.Object(
                    "An application is required.",
                    DocumentMember.Optional("office", authority.Describe("The office applied to; any if left out.")))),
                DocumentMember.Optional("documents", DocumentSchema.Array("The supporting documents required; none if left out.", DocumentSchema.Name<SupportingDocuments>("A supporting document."))),
                DocumentMember.Optional("approval", DocumentSchema.Object(
                    "An approval is required.",
                    DocumentMember.Optional("authority", authority.Describe("The authority that approves; any if left out.")),
                    DocumentMember.Optional("beforeStart", DocumentSchema.Boolean("Whether the approval must come before the work starts; true unless given false.")))),
                DocumentMember.Optional("fundsTransferred", DocumentSchema.Boolean("Whether the work's funds must be transferred with it; false if left out.")),
                DocumentMember.Optional("authorityTransferred", DocumentSchema.Boolean("Whether the power to do the work must be transferred with it; false if left out.")),
                DocumentMember.Optional("entrustment", DocumentSchema.Object(
                    "The work must be entrusted formally.",
                    DocumentMember.Optional("forms", DocumentSchema.Array("The forms of entrustment accepted; any if left out.", DocumentSchema.Name<EntrustmentForm>("A form of entrustment."))))))),
            DocumentMember.Optional("caps", DocumentSchema.Array(
                "The most items of work a year, of one kind or of all; none if left out.",
                DocumentSchema.Object(
                    "One cap.",
                    DocumentMember.Optional("kind", DocumentSchema.Name<WorkItemKind>("The kind of work capped; all work if left out.")),
                    DocumentMember.Required("perYear", DocumentSchema.Integer("The most items a year."))))),
            DocumentMember.Optional("decisionDeadline", DocumentSchema.Integer("The working days within which a request must be decided; no deadline if left out.")));
    }
}
