using System.Text.Json;
using Community.Domain.BuiltIn;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using Community.Domain.Workflows;
using NodaTime;

namespace Community.Domain.Tests.Workflows;

/// <summary>
/// A case of any length writes its history as a list, reads back equal (replayed through the workflow's
/// own checks), and compares, hashes and prints without recursion: 20,000 moves end no process.
/// </summary>
public sealed class LongCaseTests
{
    private static readonly LocalDate Day = new(2016, 6, 30);

    private static readonly PolicyCatalog Catalog = BuiltInCatalog.CreateBuilder()
        .RemoveVersions(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code)
        .Add(PolicyVersion.Create(
            WorkflowKinds.GridEvents,
            KnownJurisdictions.Xiantao.Code,
            EffectivePeriod.Always,
            WorkflowDefinition.Define("往复", "back and forth", WorkflowStep.Of("a", "甲", "a"), WorkflowStep.Of("b", "乙", "b"))
                .InSequence().Allow("b", "a").Build(),
            RuleId.Of("TEST-WF-01")))
        .Build();

    private static WorkflowCase Moved(int moves, string id = "L-1")
    {
        var moved = new WorkflowEvaluator(Catalog).Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, Day, id, MatterSize.Small);
        for (var i = 0; i < moves; i++)
        {
            moved = moved.MoveTo(i % 2 == 0 ? "b" : "a", Day);
        }

        return moved;
    }

    [Fact]
    public void ACaseOfTwentyThousandMoves_WritesReadsBackComparesHashesAndPrints()
    {
        var long1 = Moved(20_000);
        var long2 = Moved(20_000);
        var options = CommunityDomainJson.Options(Catalog);

        var json = JsonSerializer.Serialize(long1, options);
        var read = JsonSerializer.Deserialize<WorkflowCase>(json, options)!;

        long1.Length.Should().Be(20_001);
        read.Should().Be(long1);
        long2.Should().Be(long1, "two cases with the same history are equal, compared without recursion");
        long2.GetHashCode().Should().Be(long1.GetHashCode());
        Moved(20_000, "L-2").Should().NotBe(long1);
        long1.MoveTo("b", Day).Should().NotBe(long1).And.Be(long2.MoveTo("b", Day));
        long1.Previous!.MoveTo("a", Day, CaseAction.None.By("某人")).Should().NotBe(long1, "the same steps with another action are another history");
        JsonSerializer.Serialize(read, options).Should().Be(json);
        long1.ToString().Should().Be("L-1 at a (甲) since 2016-06-30");
        json.Should().Contain("\"History\":[{\"Step\":\"a\",\"On\":\"2016-06-30\"");
    }

    [Fact]
    public void AHistoryTheWorkflowDoesNotAllow_IsRefused_AtTheMove()
    {
        var options = CommunityDomainJson.Options(Catalog);
        var json = JsonSerializer.Serialize(Moved(3), options);

        FluentActions.Invoking(() => JsonSerializer.Deserialize<WorkflowCase>(json.Replace("{\"Step\":\"b\"", "{\"Step\":\"a\"", StringComparison.Ordinal), options))
            .Should().Throw<JsonException>().WithMessage("*History[1]*");
        FluentActions.Invoking(() => JsonSerializer.Deserialize<WorkflowCase>(json.Replace("\"History\":[", "\"History\":[],\"X\":[", StringComparison.Ordinal), options))
            .Should().Throw<JsonException>();
    }
}
