using Community.Domain.Policies;
using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Policies;

public class BandTableTests
{
    private static Population P(int n) => Population.Of(n);

    // COM-01's literal bands, as Xiantao lists them: 5000人以下, 5000-10000人, 10000人以上.
    private static BandTable<Population, int> Xiantao() => BandTable.Define(
        BoundaryReading.FirstListedWins,
        Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(5000)), 5, "5000人以下"),
        Band.Between(Bound.Inclusive(P(5000)), Bound.Inclusive(P(10000)), 6, "5000-10000人"),
        Band.From(Bound.Inclusive(P(10000)), 7, "10000人以上"));

    [Theory]
    [InlineData(0, 5, 0, false)]
    [InlineData(1, 5, 0, false)]
    [InlineData(4999, 5, 0, false)]
    [InlineData(5000, 5, 0, true)]
    [InlineData(5001, 6, 1, false)]
    [InlineData(9999, 6, 1, false)]
    [InlineData(10000, 6, 1, true)]
    [InlineData(10001, 7, 2, false)]
    [InlineData(int.MaxValue, 7, 2, false)]
    public void Find_FirstListedWins_AtSharedBoundaries(int residents, int value, int index, bool tie)
    {
        var match = Xiantao().Find(P(residents));

        match.Value.Should().Be(value);
        match.ListedIndex.Should().Be(index);
        match.IsDecidedByFirstListedWins.Should().Be(tie);
        match.Quantity.Should().Be(P(residents));
        match.Band.Should().BeSameAs(match.Table.Bands[index]);
    }

    [Fact]
    public void Find_AtSharedBoundary_NamesTheOtherBand()
    {
        var match = Xiantao().Find(P(5000));

        match.TiedListedIndex.Should().Be(1);
        match.ToString().Should().Contain("also in band 2, first listed wins");
    }

    [Fact]
    public void Find_DescendingListing_FirstListedStillWins()
    {
        // FUN-01 lists "5000人以上" before "5000人以下", so exactly 5000 takes the first band.
        var table = BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.From(Bound.Inclusive(P(5000)), 10000m),
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(5000)), 8000m));

        table.Find(P(5000)).Value.Should().Be(10000m);
        table.Find(P(5000)).TiedListedIndex.Should().Be(1);
        table.Find(P(4999)).Value.Should().Be(8000m);
        table.Find(P(5001)).Value.Should().Be(10000m);
    }

    [Fact]
    public void Find_ExclusiveBoundaries_MeetWithoutTie()
    {
        var table = BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(5000)), "low"),
            Band.Between(Bound.Exclusive(P(5000)), Bound.Exclusive(P(10000)), "mid"),
            Band.From(Bound.Inclusive(P(10000)), "high"));

        table.Find(P(5000)).Value.Should().Be("low");
        table.Find(P(5000)).IsDecidedByFirstListedWins.Should().BeFalse();
        table.Find(P(5001)).Value.Should().Be("mid");
        table.Find(P(9999)).Value.Should().Be("mid");
        table.Find(P(10000)).Value.Should().Be("high");
    }

    [Fact]
    public void TryFind_OutsideTheTable_ReturnsFalse()
    {
        var table = BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Exclusive(P(100)), Bound.Inclusive(P(200)), 1));

        table.TryFind(P(100), out var below).Should().BeFalse();
        below.ToString().Should().Be("no match");
        table.TryFind(P(201), out _).Should().BeFalse();
        table.TryFind(P(101), out var inside).Should().BeTrue();
        inside.Value.Should().Be(1);
        table.TryFind(P(200), out _).Should().BeTrue();
    }

    [Fact]
    public void Find_OutsideTheTable_ThrowsNamingQuantity()
    {
        var table = BandTable.Define(BoundaryReading.Strict, Band.Between(Bound.Inclusive(P(100)), Bound.Inclusive(P(200)), 1));

        var act = () => table.Find(P(50));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "quantity")
            .WithMessage("*quantity is 50 residents*must fall in one of the table's bands*");
    }

    [Fact]
    public void Define_SharedBoundaryWithoutStatedReading_IsAnError()
    {
        var act = () => BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(5000)), 5),
            Band.From(Bound.Inclusive(P(5000)), 6));

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.SharedBoundary);
    }

    [Fact]
    public void Define_Gap_IsAnError()
    {
        var act = () => BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(5000)), 5),
            Band.From(Bound.Inclusive(P(5002)), 6));

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.Gap);
    }

    [Fact]
    public void Define_BothBoundsExclusiveAtOneValue_IsAGap()
    {
        var act = () => BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(P(0)), Bound.Exclusive(P(5000)), 5),
            Band.From(Bound.Exclusive(P(5000)), 6));

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.Gap);
    }

    [Fact]
    public void Define_Overlap_IsAnErrorEvenWithFirstListedWins()
    {
        var act = () => BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(6000)), 5),
            Band.From(Bound.Inclusive(P(5000)), 6));

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.Overlap);
    }

    [Fact]
    public void Define_TwoUnboundedBands_Overlap()
    {
        var act = () => BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.From(Bound.Inclusive(P(0)), 5),
            Band.From(Bound.Inclusive(P(5000)), 6));

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Select(p => p.Kind).Should().Contain(DefinitionProblemKind.Overlap);
    }

    [Fact]
    public void Define_NoBands_IsAnError()
    {
        var act = () => BandTable.Define<Population, int>(BoundaryReading.Strict);

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.NoBands);
    }

    [Theory]
    [InlineData(10, true, 5, true)]
    [InlineData(5, true, 5, false)]
    [InlineData(5, false, 5, true)]
    public void Define_EmptyBand_IsAnError(int lower, bool lowerInclusive, int upper, bool upperInclusive)
    {
        var band = Band.Between(
            lowerInclusive ? Bound.Inclusive(P(lower)) : Bound.Exclusive(P(lower)),
            upperInclusive ? Bound.Inclusive(P(upper)) : Bound.Exclusive(P(upper)),
            1);

        band.IsEmpty.Should().BeTrue();
        var act = () => BandTable.Define(BoundaryReading.Strict, band);

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Select(p => p.Kind).Should().Contain(DefinitionProblemKind.EmptyBand);
    }

    [Fact]
    public void Band_SinglePoint_IsNotEmpty()
    {
        var band = Band.Between(Bound.Inclusive(P(5)), Bound.Inclusive(P(5)), 1);

        band.IsEmpty.Should().BeFalse();
        band.Contains(P(5)).Should().BeTrue();
        band.Contains(P(4)).Should().BeFalse();
        band.Contains(P(6)).Should().BeFalse();
    }

    [Fact]
    public void Define_UnorderedListing_IsAnError()
    {
        var act = () => BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(P(5000)), Bound.Inclusive(P(10000)), 6),
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(5000)), 5),
            Band.From(Bound.Inclusive(P(10000)), 7));

        act.Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.UnorderedBands);
    }

    [Fact]
    public void Define_ManyProblems_ListsEveryOneInOneException()
    {
        var act = () => BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(100)), 1),
            Band.Between(Bound.Inclusive(P(100)), Bound.Inclusive(P(200)), 2),
            Band.Between(Bound.Inclusive(P(300)), Bound.Inclusive(P(250)), 3),
            Band.Between(Bound.Inclusive(P(400)), Bound.Inclusive(P(500)), 4),
            Band.Between(Bound.Inclusive(P(450)), Bound.Inclusive(P(600)), 5));

        var problems = act.Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Kind).ToList();

        problems.Should().Contain(
        [
            DefinitionProblemKind.SharedBoundary,
            DefinitionProblemKind.EmptyBand,
            DefinitionProblemKind.Gap,
            DefinitionProblemKind.Overlap,
        ]);
    }

    [Fact]
    public void PolicyDefinitionException_MessageCountsAndListsProblems()
    {
        var exception = new PolicyDefinitionException("band table", [new(DefinitionProblemKind.Gap, "a gap"), new(DefinitionProblemKind.Overlap, "an overlap")]);

        exception.Message.Should().StartWith("The band table is invalid: 2 problems.").And.Contain("Gap: a gap").And.Contain("Overlap: an overlap");
        new PolicyDefinitionException("x", [new(DefinitionProblemKind.Gap, "g")]).Message.Should().Contain("1 problem.");
    }

    [Fact]
    public void PolicyDefinitionException_NoProblems_Throws()
    {
        var act = () => new PolicyDefinitionException("band table", []);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "problems");
    }

    [Fact]
    public void TryDefine_Invalid_ReturnsProblemsWithoutThrowing()
    {
        BandTable.TryDefine<Population, int>(BoundaryReading.Strict, [], out var table, out var problems).Should().BeFalse();

        table.Should().BeNull();
        problems.Should().ContainSingle();
    }

    [Fact]
    public void TryDefine_NullBand_ThrowsNamingIndex()
    {
        var act = () => BandTable.TryDefine<Population, int>(BoundaryReading.Strict, [Band.Everywhere<Population, int>(1), null!], out _, out _);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "bands[1]").WithMessage("bands[1] must not be null*");
    }

    [Fact]
    public void Define_UndefinedReading_Throws()
    {
        var act = () => BandTable.Define((BoundaryReading)7, Band.Everywhere<Population, int>(1));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "reading");
    }

    [Fact]
    public void Bands_KeepListedOrder_AndFormat()
    {
        var table = Xiantao();

        table.Bands.Select(b => b.Value).Should().Equal(5, 6, 7);
        table.Reading.Should().Be(BoundaryReading.FirstListedWins);
        table.Bands[0].SourceText.Should().Be("5000人以下");
        table.Bands[0].ToString().Should().Be("[0 residents, 5000 residents] → 5 (5000人以下)");
        table.Bands[2].ToString().Should().Be("[10000 residents, ∞) → 7 (10000人以上)");
        Band.UpTo(Bound.Exclusive(P(10)), 1).ToString().Should().Be("(−∞, 10 residents) → 1");
        table.ToString().Should().StartWith("FirstListedWins: [0 residents");
    }

    [Fact]
    public void Bound_FormatsInclusivity()
    {
        Bound.Inclusive(P(5)).ToString().Should().Be("5 residents (inclusive)");
        Bound.Exclusive(P(5)).ToString().Should().Be("5 residents (exclusive)");
    }

    [Fact]
    public void Property_InAValidTable_EveryValueFallsInExactlyOneBandOrTheListedFirst() =>
        Gen.Int[1, 8].SelectMany(n => Gen.Select(Gen.Int[1, 1000].Array[n], Gen.Bool.Array[n], Gen.Bool))
            .Sample(g =>
            {
                var t = (widths: g.Item1, inclusive: g.Item2, upFirst: g.Item3);

                // Build contiguous bands from widths: each boundary is included by exactly one side.
                var bands = new List<Band<Population, int>>();
                var lower = 0;
                for (var i = 0; i < t.widths.Length; i++)
                {
                    var upper = lower + t.widths[i];
                    var lowerBound = i == 0 || !t.inclusive[i - 1] ? Bound.Inclusive(P(lower)) : Bound.Exclusive(P(lower));
                    var upperBound = t.inclusive[i] ? Bound.Inclusive(P(upper)) : Bound.Exclusive(P(upper));
                    bands.Add(i == t.widths.Length - 1 ? Band.From(lowerBound, i) : Band.Between(lowerBound, upperBound, i));
                    lower = upper;
                }

                if (!t.upFirst)
                {
                    bands.Reverse();
                }

                var table = BandTable.Define(BoundaryReading.Strict, bands);
                for (var residents = 0; residents <= lower + 2; residents++)
                {
                    var containing = bands.Count(b => b.Contains(P(residents)));
                    if (containing != 1 || !table.TryFind(P(residents), out var match) || !match.Band.Contains(P(residents)) || match.IsDecidedByFirstListedWins)
                    {
                        return false;
                    }
                }

                return true;
            });

    [Fact]
    public void Property_FirstListedWinsTable_GivesTheEarliestListedContainingBand() =>
        Gen.Int[1, 6].SelectMany(n => Gen.Select(Gen.Int[0, 500].Array[n], Gen.Bool))
            .Sample(g =>
            {
                var t = (widths: g.Item1, upFirst: g.Item2);
                var bands = new List<Band<Population, int>>();
                var lower = 0;
                for (var i = 0; i < t.widths.Length; i++)
                {
                    var upper = lower + t.widths[i];
                    bands.Add(Band.Between(Bound.Inclusive(P(lower)), Bound.Inclusive(P(upper)), i));
                    lower = upper;
                }

                if (!t.upFirst)
                {
                    bands.Reverse();
                }

                // Zero widths make single-point bands, so three bands can share one value. The same
                // bounds over areas take the general lookup, over counts the settled one.
                var table = BandTable.Define(BoundaryReading.FirstListedWins, bands);
                var areas = BandTable.Define(BoundaryReading.FirstListedWins, bands.Select(b => Band.Between(
                    Bound.Inclusive(Area.FromSquareMetres(b.Lower!.Value.Value.Residents)), Bound.Inclusive(Area.FromSquareMetres(b.Upper!.Value.Value.Residents)), b.Value)).ToArray());
                for (var residents = 0; residents <= lower; residents++)
                {
                    var expected = bands.FindIndex(b => b.Contains(P(residents)));
                    var tied = bands.FindIndex(expected + 1, b => b.Contains(P(residents)));
                    var match = table.Find(P(residents));
                    var area = areas.Find(Area.FromSquareMetres(residents));
                    if (match.ListedIndex != expected || match.TiedListedIndex != tied || !ReferenceEquals(match.Band, bands[expected])
                        || area.ListedIndex != expected || area.TiedListedIndex != tied)
                    {
                        return false;
                    }
                }

                return !table.TryFind(P(lower + 1), out _);
            });

    [Fact]
    public void Find_TableWithUnboundedLowerBand_SortsAndFindsIt()
    {
        var table = BandTable.Define(
            BoundaryReading.Strict,
            Band.UpTo(Bound.Exclusive(P(100)), "low"),
            Band.Between(Bound.Inclusive(P(100)), Bound.Exclusive(P(200)), "mid"),
            Band.From(Bound.Inclusive(P(200)), "high"));

        table.Find(P(0)).Value.Should().Be("low");
        table.Find(P(99)).Value.Should().Be("low");
        table.Find(P(100)).Value.Should().Be("mid");
        table.Find(P(200)).Value.Should().Be("high");
    }

    [Fact]
    public void Find_DescendingTableWithUnboundedEnds_FindsEveryBand()
    {
        var table = BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.From(Bound.Inclusive(P(200)), "high"),
            Band.Between(Bound.Inclusive(P(100)), Bound.Inclusive(P(200)), "mid"),
            Band.UpTo(Bound.Inclusive(P(100)), "low"));

        table.Find(P(50)).Value.Should().Be("low");
        table.Find(P(100)).Value.Should().Be("mid");
        table.Find(P(150)).Value.Should().Be("mid");
        table.Find(P(200)).Value.Should().Be("high");
    }

    [Fact]
    public void Define_TwoBandsUnboundedBelow_Overlap()
    {
        var act = () => BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.UpTo(Bound.Inclusive(P(100)), 1),
            Band.UpTo(Bound.Inclusive(P(200)), 2));

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Kind).Should().Contain(DefinitionProblemKind.Overlap);
    }

    [Fact]
    public void Define_SameLowerValue_InclusiveSortsBeforeExclusive()
    {
        // [100, 100] then (100, 200]: the point band first, then the band that excludes 100.
        var table = BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Exclusive(P(100)), Bound.Inclusive(P(200)), "rest"),
            Band.Between(Bound.Inclusive(P(100)), Bound.Inclusive(P(100)), "point"));

        table.Find(P(100)).Value.Should().Be("point");
        table.Find(P(101)).Value.Should().Be("rest");
        table.Find(P(100)).ListedIndex.Should().Be(1);
    }

    [Fact]
    public void Define_SameLowerBound_ShorterBandSortsFirst_AndTheyOverlap()
    {
        var act = () => BandTable.Define(
            BoundaryReading.Strict,
            Band.From(Bound.Inclusive(P(0)), "all"),
            Band.Between(Bound.Inclusive(P(0)), Bound.Exclusive(P(10)), "some"));

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Kind).Should().Contain(DefinitionProblemKind.Overlap);
    }

    [Fact]
    public void Problems_HaveMessagesNamingTheBands()
    {
        BandTable.TryDefine<Population, int>(BoundaryReading.Strict, [], out _, out var none);
        none.Single().Message.Should().Be("The table has no bands; expected at least one.");

        BandTable.TryDefine(BoundaryReading.Strict, [Band.Between(Bound.Inclusive(P(5)), Bound.Inclusive(P(1)), 1)], out _, out var empty);
        empty.Single().Message.Should().Be("Band 1 [5 residents, 1 residents] → 1 contains no value.");

        BandTable.TryDefine(
            BoundaryReading.Strict,
            [
                Band.Between(Bound.Inclusive(P(0)), Bound.Exclusive(P(10)), 1),
                Band.From(Bound.Inclusive(P(20)), 3),
                Band.Between(Bound.Inclusive(P(10)), Bound.Exclusive(P(20)), 2),
            ],
            out _,
            out var unordered);
        unordered.Single().Message.Should().Be("Band 3 [10 residents, 20 residents) → 2 breaks the ascending order of the bands before it; list bands in ascending or descending order.");

        BandTable.TryDefine(
            BoundaryReading.Strict,
            [
                Band.From(Bound.Inclusive(P(20)), 3),
                Band.Between(Bound.Inclusive(P(0)), Bound.Exclusive(P(10)), 1),
                Band.Between(Bound.Inclusive(P(10)), Bound.Exclusive(P(20)), 2),
            ],
            out _,
            out var unorderedDown);
        unorderedDown.Single().Message.Should().StartWith("Band 3 [10 residents, 20 residents) → 2 breaks the descending order");

        BandTable.TryDefine(
            BoundaryReading.Strict,
            [Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(10)), 1), Band.From(Bound.Inclusive(P(10)), 2)],
            out _,
            out var shared);
        shared.Single().Message.Should().Be("The bands 1 [0 residents, 10 residents] → 1 and 2 [10 residents, ∞) → 2 both include 10 residents; make one bound exclusive, or define the table with the first-listed-wins reading.");

        BandTable.TryDefine(
            BoundaryReading.Strict,
            [Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(10)), 1), Band.From(Bound.Inclusive(P(12)), 2)],
            out _,
            out var gap);
        gap.Single().Message.Should().Be("Between bands 1 [0 residents, 10 residents] → 1 and 2 [12 residents, ∞) → 2 lie values in neither band.");

        BandTable.TryDefine(
            BoundaryReading.Strict,
            [Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(10)), 1), Band.From(Bound.Inclusive(P(5)), 2)],
            out _,
            out var overlap);
        overlap.Single().Message.Should().Be("The bands 1 [0 residents, 10 residents] → 1 and 2 [5 residents, ∞) → 2 overlap beyond a single boundary value.");
    }

    [Fact]
    public void BandMatch_ToString_NamesQuantityBandAndTie()
    {
        Xiantao().Find(P(5000)).ToString().Should().Be("5000 residents in band 1 [0 residents, 5000 residents] → 5 (5000人以下); also in band 2, first listed wins");
        Xiantao().Find(P(6000)).ToString().Should().Be("6000 residents in band 2 [5000 residents, 10000 residents] → 6 (5000-10000人)");
    }

    [Fact]
    public void Select_MapsValuesAndKeepsBoundsAndReading()
    {
        var doubled = Xiantao().Select(v => v * 2);

        doubled.Reading.Should().Be(BoundaryReading.FirstListedWins);
        doubled.Bands.Select(b => b.Value).Should().Equal(10, 12, 14);
        doubled.Bands[0].SourceText.Should().Be("5000人以下");
        doubled.Find(P(5000)).Value.Should().Be(10);
        doubled.Find(P(5000)).IsDecidedByFirstListedWins.Should().BeTrue();
        doubled.Find(P(10001)).Value.Should().Be(14);
        FluentActions.Invoking(() => Xiantao().Select<int>(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void PolicyDefinitionException_Message_IsExact()
    {
        new PolicyDefinitionException("band table", [new(DefinitionProblemKind.Gap, "a gap")]).Message
            .Should().Be("The band table is invalid: 1 problem." + Environment.NewLine + " - Gap: a gap");
        FluentActions.Invoking(() => new PolicyDefinitionException("band table", null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "problems");
        FluentActions.Invoking(() => new PolicyDefinitionException(" ", [new(DefinitionProblemKind.Gap, "g")])).Should().Throw<ArgumentException>().Where(e => e.ParamName == "what");
        FluentActions.Invoking(() => new DefinitionProblem((DefinitionProblemKind)0, "m")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new DefinitionProblem(DefinitionProblemKind.Gap, "")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Find_SinglePointBandBetweenSharedBoundaries_FirstListedStillWins()
    {
        // Three bands include 5. Listed downwards, the band above is first and takes 5; the
        // single-point band, listed next, is the tie.
        var table = BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(P(5)), Bound.Inclusive(P(10)), "high"),
            Band.Between(Bound.Inclusive(P(5)), Bound.Inclusive(P(5)), "five"),
            Band.Between(Bound.Inclusive(P(0)), Bound.Inclusive(P(5)), "low"));

        table.Find(P(4)).Value.Should().Be("low");
        table.Find(P(5)).Value.Should().Be("high");
        table.Find(P(5)).TiedListedIndex.Should().Be(1);
        table.Find(P(6)).Value.Should().Be("high");
    }

    [Fact]
    public void Find_CountsAndAreas_ReadTheSameBoundsTheSameWay()
    {
        // Counts are looked up through whole-number bounds settled in advance; areas through the
        // bounds as written. Both must give the same band, tie and value at and around every bound.
        var people = BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(P(10)), Bound.Exclusive(P(20)), 1),
            Band.Between(Bound.Inclusive(P(20)), Bound.Inclusive(P(30)), 2),
            Band.Between(Bound.Inclusive(P(30)), Bound.Inclusive(P(40)), 3),
            Band.Between(Bound.Exclusive(P(40)), Bound.Exclusive(P(50)), 4));
        var areas = BandTable.Define(
            BoundaryReading.FirstListedWins,
            people.Bands.Select(b => Band.Between(
                b.Lower!.Value.IsInclusive ? Bound.Inclusive(Area.FromSquareMetres(b.Lower.Value.Value.Residents)) : Bound.Exclusive(Area.FromSquareMetres(b.Lower.Value.Value.Residents)),
                b.Upper!.Value.IsInclusive ? Bound.Inclusive(Area.FromSquareMetres(b.Upper.Value.Value.Residents)) : Bound.Exclusive(Area.FromSquareMetres(b.Upper.Value.Value.Residents)),
                b.Value)).ToArray());

        for (var n = 8; n <= 52; n++)
        {
            var found = people.TryFind(P(n), out var person);
            areas.TryFind(Area.FromSquareMetres(n), out var area).Should().Be(found, "at {0}", n);
            if (found)
            {
                (person.ListedIndex, person.TiedListedIndex, person.Value).Should().Be((area.ListedIndex, area.TiedListedIndex, area.Value), "at {0}", n);
            }
        }
    }
}
