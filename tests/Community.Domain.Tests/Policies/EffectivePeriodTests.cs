using Community.Domain.Policies;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Policies;

public class EffectivePeriodTests
{
    private static readonly LocalDate Jan2008 = new(2008, 1, 1);

    [Fact]
    public void From_IsOpenEnded()
    {
        var period = EffectivePeriod.From(Jan2008);

        period.Start.Should().Be(Jan2008);
        period.EndExclusive.Should().BeNull();
        period.LastDay.Should().BeNull();
    }

    [Fact]
    public void Always_IsDefault_AndContainsAnyDate()
    {
        EffectivePeriod.Always.Should().Be(default(EffectivePeriod));
        EffectivePeriod.Always.Contains(new LocalDate(1, 1, 1)).Should().BeTrue();
        EffectivePeriod.Always.Contains(new LocalDate(9999, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void EndingBefore_And_EndingOn_DescribeTheSamePeriod()
    {
        var start = new LocalDate(2005, 1, 1);

        EffectivePeriod.From(start).EndingBefore(Jan2008)
            .Should().Be(EffectivePeriod.From(start).EndingOn(new LocalDate(2007, 12, 31)));
    }

    [Fact]
    public void Contains_StartIsIncluded_EndExclusiveIsNot()
    {
        var period = EffectivePeriod.From(new LocalDate(2005, 1, 1)).EndingBefore(Jan2008);

        period.Contains(new LocalDate(2004, 12, 31)).Should().BeFalse();
        period.Contains(new LocalDate(2005, 1, 1)).Should().BeTrue();
        period.Contains(new LocalDate(2007, 12, 31)).Should().BeTrue();
        period.Contains(Jan2008).Should().BeFalse();
        period.LastDay.Should().Be(new LocalDate(2007, 12, 31));
    }

    [Fact]
    public void Contains_NoStatedStart_CoversEverythingBeforeTheEnd()
    {
        var period = EffectivePeriod.Always.EndingBefore(Jan2008);

        period.Start.Should().BeNull();
        period.Contains(new LocalDate(1990, 1, 1)).Should().BeTrue();
        period.Contains(Jan2008).Should().BeFalse();
    }

    [Theory]
    [InlineData(2008, 1, 1)]
    [InlineData(2007, 12, 31)]
    public void EndingBefore_OnOrBeforeStart_ThrowsNamingEnd(int year, int month, int day)
    {
        var act = () => EffectivePeriod.From(Jan2008).EndingBefore(new LocalDate(year, month, day));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "endExclusive")
            .WithMessage("*endExclusive is*expected a day after the start, 2008-01-01*");
    }

    [Fact]
    public void EndingOn_TheStartDay_IsAOneDayPeriod()
    {
        var period = EffectivePeriod.From(Jan2008).EndingOn(Jan2008);

        period.Contains(Jan2008).Should().BeTrue();
        period.Contains(Jan2008.PlusDays(1)).Should().BeFalse();
        period.ToDateInterval().Length.Should().Be(1);
    }

    [Fact]
    public void EndingOn_BeforeStart_ThrowsNamingLastDay()
    {
        var act = () => EffectivePeriod.From(Jan2008).EndingOn(new LocalDate(2007, 12, 31));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "lastDay").WithMessage("*lastDay is 2007-12-31*");
    }

    [Fact]
    public void NonIsoDates_AreRejected()
    {
        var julian = Jan2008.WithCalendar(CalendarSystem.Julian);

        FluentActions.Invoking(() => EffectivePeriod.From(julian)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "start");
        FluentActions.Invoking(() => EffectivePeriod.Always.EndingBefore(julian)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "endExclusive");
        FluentActions.Invoking(() => EffectivePeriod.Always.EndingOn(julian)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "lastDay");
    }

    [Fact]
    public void ToDateInterval_Bounded_IsInclusiveOfLastDay()
    {
        var interval = EffectivePeriod.From(new LocalDate(2005, 1, 1)).EndingBefore(Jan2008).ToDateInterval();

        interval.Start.Should().Be(new LocalDate(2005, 1, 1));
        interval.End.Should().Be(new LocalDate(2007, 12, 31));
    }

    [Fact]
    public void ToDateInterval_Unbounded_Throws()
    {
        FluentActions.Invoking(() => EffectivePeriod.From(Jan2008).ToDateInterval()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => EffectivePeriod.Always.EndingBefore(Jan2008).ToDateInterval()).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Overlaps_AdjacentPeriods_DoNotOverlap()
    {
        var before = EffectivePeriod.Always.EndingBefore(Jan2008);
        var after = EffectivePeriod.From(Jan2008);

        before.Overlaps(after).Should().BeFalse();
        after.Overlaps(before).Should().BeFalse();
        after.Overlaps(EffectivePeriod.From(Jan2008.PlusDays(-1))).Should().BeTrue();
        before.Overlaps(EffectivePeriod.Always).Should().BeTrue();
        EffectivePeriod.Always.Overlaps(EffectivePeriod.Always).Should().BeTrue();
    }

    [Fact]
    public void Overlaps_AgreesWithSomeCommonDay() =>
        Gen.Select(Gen.Int[0, 60], Gen.Int[1, 30], Gen.Int[0, 60], Gen.Int[1, 30]).Sample((s1, l1, s2, l2) =>
        {
            var origin = new LocalDate(2008, 1, 1);
            var a = EffectivePeriod.From(origin.PlusDays(s1)).EndingBefore(origin.PlusDays(s1 + l1));
            var b = EffectivePeriod.From(origin.PlusDays(s2)).EndingBefore(origin.PlusDays(s2 + l2));
            var common = Enumerable.Range(0, 100).Any(d => a.Contains(origin.PlusDays(d)) && b.Contains(origin.PlusDays(d)));
            return a.Overlaps(b) == common && b.Overlaps(a) == common;
        });

    [Fact]
    public void ToString_IsHalfOpenInterval()
    {
        EffectivePeriod.From(Jan2008).ToString().Should().Be("[2008-01-01, open)");
        EffectivePeriod.Always.EndingBefore(Jan2008).ToString().Should().Be("[not stated, 2008-01-01)");
    }
}
