using System.Text.Json;
using Community.Domain.Documents;
using Community.Domain.Policies;

namespace Community.Domain.Workflows;

/// <summary>
/// A workflow definition in a policy document:
/// <c>{"chinese":"…","english":"…","steps":[{"code":"register","chinese":"…","english":"…"},{"code":"dispatch",…,"requires":["Level"]}],
/// "inSequence":true,"transitions":[{"from":"…","to":"…"}],"closingStep":"…","smallMattersWithin":"Grid","largeMattersWithin":"Community"}</c>.
/// <c>"inSequence"</c> allows each step to move to the next, as the builder's method of that name does;
/// <c>"transitions"</c> lists further moves; a step's <c>"requires"</c> applies to every move into it;
/// without <c>"closingStep"</c> the last step closes a case.
/// </summary>
internal sealed class WorkflowDefinitionCodec(PolicyKind<WorkflowDefinition> kind) : PolicyCodec<WorkflowDefinition>(kind)
{
    /// <inheritdoc />
    public override DocumentSchema Schema => PolicySchema;

    /// <summary>The schema, made once for every instance of the codec.</summary>
    private static readonly DocumentSchema PolicySchema = DocumentSchema.NamedObject(
        "A case workflow: its steps, the moves between them, where it closes and at which level matters are handled.",
        "The workflow's name",
        DocumentMember.Required("steps", DocumentSchema.Array(
            "The steps, in order.",
            DocumentSchema.NamedObject(
                "One step.",
                "The step",
                DocumentMember.Required("code", DocumentSchema.Text("The step's code, unique in the workflow: lower-case letters, digits and hyphens, such as receive.")),
                DocumentMember.Optional("alsoCalled", DocumentSchema.Text("Another name the sources give the step.")),
                DocumentMember.Optional("requires", DocumentSchema.Array("What a case must have to enter the step; nothing if left out.", DocumentSchema.Name<TransitionRequirements>("A requirement: Handler (a handler assigned), Level (a handling level) or Verdict (a verdict given).")))))),
        DocumentMember.Optional("inSequence", DocumentSchema.Boolean("Whether each step may move to the next; false if left out.")),
        DocumentMember.Optional("transitions", DocumentSchema.Array(
            "Further moves between steps.",
            DocumentSchema.Object(
                "One move.",
                DocumentMember.Required("from", DocumentSchema.Text("The code of the step moved from.")),
                DocumentMember.Required("to", DocumentSchema.Text("The code of the step moved to."))))),
        DocumentMember.Optional("closingStep", DocumentSchema.Text("The code of the step that closes a case; the last step if left out.")),
        DocumentMember.Optional("smallMattersWithin", DocumentSchema.Name<HandlingLevel>("The highest level small matters are handled within; District if left out.")),
        DocumentMember.Optional("largeMattersWithin", DocumentSchema.Name<HandlingLevel>("The highest level large matters are handled within; District if left out.")));

    protected override WorkflowDefinition ReadPolicy(DocumentNode policy)
    {
        policy.OnlyMembers("chinese", "english", "steps", "inSequence", "transitions", "closingStep", "smallMattersWithin", "largeMattersWithin");
        var chinese = policy.Required("chinese").Text();
        var english = policy.Required("english").Text();
        var requirements = new List<(string Step, TransitionRequirements Requires, DocumentNode At)>();
        var steps = new List<WorkflowStep>();
        foreach (var item in policy.Required("steps").Items())
        {
            item.OnlyMembers("code", "chinese", "english", "alsoCalled", "requires");
            var code = item.Required("code").Text();
            var stepChinese = item.Required("chinese").Text();
            var stepEnglish = item.Required("english").Text();
            var step = item.Made(_ => WorkflowStep.Of(code, stepChinese, stepEnglish));
            steps.Add(item.Optional("alsoCalled") is { } alsoCalled ? alsoCalled.Made(name => step.AlsoCalledAs(name.Text())) : step);
            var requires = TransitionRequirements.None;
            foreach (var requirement in item.Optional("requires")?.Items() ?? [])
            {
                var one = requirement.Name<TransitionRequirements>();
                requires = (requires & one) == 0
                    ? requires | one
                    : throw new DocumentNodeException(requirement.Path, DocumentProblemKind.Duplicate, $"is \"{one}\", given already; give each requirement once.");
            }

            if (requires != TransitionRequirements.None)
            {
                requirements.Add((code, requires, item.Required("requires")));
            }
        }

        var builder = policy.Made(_ => WorkflowDefinition.Define(chinese, english, steps));
        if (policy.Optional("inSequence")?.Boolean() ?? false)
        {
            builder.InSequence();
        }

        foreach (var move in policy.Optional("transitions")?.Items() ?? [])
        {
            move.OnlyMembers("from", "to");
            builder.Allow(move.Required("from").Text(), move.Required("to").Text());
        }

        foreach (var (step, requires, _) in requirements)
        {
            builder.Require(step, requires);
        }

        if (policy.Optional("closingStep") is { } closing)
        {
            builder.ClosingAt(closing.Text());
        }

        var small = policy.Optional("smallMattersWithin")?.Name<HandlingLevel>() ?? HandlingLevel.District;
        var large = policy.Optional("largeMattersWithin")?.Name<HandlingLevel>() ?? HandlingLevel.District;
        var definition = builder.KeepWithin(small, large).Build();
        foreach (var (step, _, at) in requirements)
        {
            if (!definition.Transitions.Any(t => t.To.Code == step))
            {
                throw new DocumentNodeException(at.Path, DocumentProblemKind.NotApplying, $"does not apply: no move enters step \"{step}\", and a step's requirements apply to the moves into it.");
            }
        }

        return definition;
    }

    protected override void WritePolicy(Utf8JsonWriter writer, WorkflowDefinition policy)
    {
        writer.WriteString("chinese", policy.Chinese);
        writer.WriteString("english", policy.English);
        writer.WriteStartArray("steps");
        foreach (var step in policy.Steps)
        {
            writer.WriteStartObject();
            writer.WriteString("code", step.Code);
            writer.WriteString("chinese", step.Chinese);
            writer.WriteString("english", step.English);
            if (step.AlsoCalled is { } alsoCalled)
            {
                writer.WriteString("alsoCalled", alsoCalled);
            }

            var requires = policy.Transitions.Where(t => t.To.Equals(step)).Aggregate(TransitionRequirements.None, (all, t) => all | t.Requires);
            if (requires != TransitionRequirements.None)
            {
                writer.WriteStartArray("requires");
                foreach (var flag in (ReadOnlySpan<TransitionRequirements>)[TransitionRequirements.Handler, TransitionRequirements.Level, TransitionRequirements.Verdict])
                {
                    if ((requires & flag) != 0)
                    {
                        writer.WriteStringValue(flag.ToString());
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        var inSequence = policy.Steps.Length > 1 && InSequence(policy);
        if (inSequence)
        {
            writer.WriteBoolean("inSequence", true);
        }

        var listed = inSequence ? policy.Steps.Length - 1 : 0;
        if (policy.Transitions.Length > listed)
        {
            writer.WriteStartArray("transitions");
            foreach (var transition in policy.Transitions.Skip(listed))
            {
                writer.WriteStartObject();
                writer.WriteString("from", transition.From.Code);
                writer.WriteString("to", transition.To.Code);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (policy.ClosingIndex != policy.Steps.Length - 1)
        {
            writer.WriteString("closingStep", policy.ClosingStep.Code);
        }

        writer.WriteString("smallMattersWithin", policy.SmallMattersWithin.ToString());
        writer.WriteString("largeMattersWithin", policy.LargeMattersWithin.ToString());
    }

    // Whether the definition's first moves are each step to the next, in order, as InSequence adds them.
    private static bool InSequence(WorkflowDefinition policy)
    {
        if (policy.Transitions.Length < policy.Steps.Length - 1)
        {
            return false;
        }

        for (var i = 0; i + 1 < policy.Steps.Length; i++)
        {
            if (policy.Transitions[i].FromIndex != i || policy.Transitions[i].ToIndex != i + 1)
            {
                return false;
            }
        }

        return true;
    }
}
