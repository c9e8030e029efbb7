using Community.Domain.Admission;
using Community.Domain.Primitives;
using NodaTime;
using static Community.Domain.Tests.Admission.AdmissionFixtures;

namespace Community.Domain.Tests.Admission;

public class WorkRequestTests
{
    [Fact]
    public void Create_RecordsTheFactsAndNothingElse()
    {
        var request = WorkRequest.Create(CivilAffairs, WorkItemKind.Plaque, "  挂“老年协会”牌  ", Start, End);

        request.Department.Should().Be(CivilAffairs);
        request.Kind.Should().Be(WorkItemKind.Plaque);
        request.Duty.Should().BeNull();
        request.Description.Should().Be("挂“老年协会”牌");
        request.Period.Equals(new DateInterval(Start, End)).Should().BeTrue();
        request.Reference.Should().BeNull();
        request.Documents.Should().Be(SupportingDocuments.None);
        request.ApplicationTo.Should().BeNull();
        request.Approval.Should().BeNull();
        request.Funds.Should().Be(Money.Zero);
        request.AuthorityTransferred.Should().BeFalse();
        request.Entrustment.Should().BeNull();
        request.Urgency.Should().Be(WorkUrgency.Ordinary);
        request.ToString().Should().Be("区民政局: Plaque \"挂“老年协会”牌\" 2010-03-15..2010-06-30");
    }

    [Fact]
    public void ASingleDayPeriod_IsAllowed()
    {
        WorkRequest.Create(CivilAffairs, WorkItemKind.TrainingClass, "培训", Start, Start).Period.Length.Should().Be(1);
    }

    [Fact]
    public void ForDuty_NamesTheDuty()
    {
        var request = WorkRequest.ForDuty(CivilAffairs, CommunityDuty.PublicOrder, "治安巡逻", Start, End);

        request.Kind.Should().Be(WorkItemKind.OwnDuty);
        request.Duty.Should().Be(CommunityDuty.PublicOrder);
        request.ToString().Should().Be("区民政局: OwnDuty (PublicOrder) \"治安巡逻\" 2010-03-15..2010-06-30");
    }

    [Fact]
    public void WithMethods_ReturnNewRequests_LeavingTheOriginal()
    {
        var bare = Bare();
        var office = Authority.DistrictCommunityOffice;

        var full = bare.WithReference(" 新罗民〔2010〕12号 ")
            .WithDocuments(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan)
            .WithApplicationTo(office)
            .WithApproval(Authority.DistrictPartyCommitteeAndGovernment, Decided)
            .WithFunds(Money.FromYuan(800m))
            .WithAuthorityTransferred()
            .WithEntrustment(EntrustmentForm.Agreement)
            .WithUrgency(WorkUrgency.TemporaryImportant);

        bare.Should().Be(Bare());
        full.Reference.Should().Be("新罗民〔2010〕12号");
        full.Documents.Should().Be(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan);
        full.ApplicationTo.Should().BeSameAs(office);
        full.Approval.Should().Be(Approval.By(Authority.DistrictPartyCommitteeAndGovernment, Decided));
        full.Funds.Should().Be(Money.FromYuan(800m));
        full.AuthorityTransferred.Should().BeTrue();
        full.Entrustment.Should().Be(EntrustmentForm.Agreement);
        full.Urgency.Should().Be(WorkUrgency.TemporaryImportant);
        full.WithAuthorityTransferred(false).AuthorityTransferred.Should().BeFalse();
        full.WithEntrustment(null).Entrustment.Should().BeNull();
        full.WithApproval(null).Approval.Should().BeNull();
        full.WithApplicationTo(null).ApplicationTo.Should().BeNull();
    }

    [Fact]
    public void Requests_HaveValueEquality()
    {
        Bare().Should().Be(Bare());
        Bare().GetHashCode().Should().Be(Bare().GetHashCode());
        Bare().Should().NotBe(Bare().WithReference("A"));
        Bare().Should().NotBe(Bare(WorkItemKind.Plaque));
        Bare().WithApplicationTo(Authority.Of("district-community-office", "区社区办", "another label")).Should().Be(Bare().WithApplicationTo(Authority.DistrictCommunityOffice), "authorities are the same body by id");
    }

    [Fact]
    public void NoDepartment_Throws()
    {
        var create = () => WorkRequest.Create(null!, WorkItemKind.Plaque, "x", Start, End);
        var forDuty = () => WorkRequest.ForDuty(null!, CommunityDuty.PublicOrder, "x", Start, End);

        create.Should().Throw<ArgumentNullException>().WithParameterName("department");
        forDuty.Should().Throw<ArgumentNullException>().WithParameterName("department");
    }

    [Fact]
    public void PeriodEndingBeforeItStarts_Throws_NamingBothDays()
    {
        var create = () => WorkRequest.Create(CivilAffairs, WorkItemKind.Plaque, "x", End, Start);
        var forDuty = () => WorkRequest.ForDuty(CivilAffairs, CommunityDuty.PublicOrder, "x", Start, Start.PlusDays(-1));

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end")
            .WithMessage("end is 2010-03-15; it must not be before start, 2010-06-30.*");
        forDuty.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("end");
    }

    [Fact]
    public void NonIsoDates_Throw()
    {
        var julian = Start.WithCalendar(CalendarSystem.Julian);
        var create = () => WorkRequest.Create(CivilAffairs, WorkItemKind.Plaque, "x", julian, End);
        var createEnd = () => WorkRequest.Create(CivilAffairs, WorkItemKind.Plaque, "x", Start, End.WithCalendar(CalendarSystem.Julian));
        var approval = () => Approval.By(Authority.DistrictCommunityOffice, julian);

        create.Should().Throw<ArgumentException>().WithParameterName("start").WithMessage("*ISO*");
        createEnd.Should().Throw<ArgumentException>().WithParameterName("end");
        approval.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void NegativeFunds_Throw()
    {
        var negative = () => Bare().WithFunds(Money.FromYuan(-0.01m));

        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("funds").WithMessage("funds is -0.01*; it must be zero or more yuan.*");
        Bare().WithFunds(Money.Zero).Funds.Should().Be(Money.Zero);
    }

    [Fact]
    public void BlankOrMissingText_Throws()
    {
        var blank = () => WorkRequest.Create(CivilAffairs, WorkItemKind.Plaque, "  ", Start, End);
        var nullDescription = () => WorkRequest.ForDuty(CivilAffairs, CommunityDuty.PublicOrder, null!, Start, End);
        var reference = () => Bare().WithReference(" ");
        var department = () => Department.Of("", DepartmentLevel.City);

        blank.Should().Throw<ArgumentException>().WithParameterName("description").WithMessage("description is \"  \"; expected a non-blank text.*");
        nullDescription.Should().Throw<ArgumentNullException>().WithParameterName("description");
        reference.Should().Throw<ArgumentException>().WithParameterName("reference");
        department.Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void UndefinedValues_Throw()
    {
        var kind = () => WorkRequest.Create(CivilAffairs, (WorkItemKind)99, "x", Start, End);
        var duty = () => WorkRequest.ForDuty(CivilAffairs, (CommunityDuty)99, "x", Start, End);
        var documents = () => Bare().WithDocuments((SupportingDocuments)4);
        var form = () => Bare().WithEntrustment((EntrustmentForm)7);
        var urgency = () => Bare().WithUrgency((WorkUrgency)(-1));
        var level = () => Department.Of("x", (DepartmentLevel)9);

        kind.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        duty.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("duty");
        documents.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("documents").WithMessage("documents is 4; it must combine SuperiorDocument and ImplementationPlan only.*");
        form.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("form");
        urgency.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("urgency");
        level.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("level");
    }

    [Fact]
    public void OwnDutyThroughCreate_Throws_PointingToForDuty()
    {
        var create = () => WorkRequest.Create(CivilAffairs, WorkItemKind.OwnDuty, "x", Start, End);

        create.Should().Throw<ArgumentException>().WithParameterName("kind").WithMessage("*WorkRequest.ForDuty*");
    }

    [Fact]
    public void Approval_NeedsAnAuthority()
    {
        var approval = () => Approval.By(null!, Decided);
        var withApproval = () => Bare().WithApproval(null!, Decided);

        approval.Should().Throw<ArgumentNullException>().WithParameterName("authority");
        withApproval.Should().Throw<ArgumentNullException>().WithParameterName("authority");
        Approval.By(Authority.DistrictCommunityOffice, Decided).ToString().Should().Be("approved by 区社区办 (the district community office) on 2010-03-01");
    }

    [Fact]
    public void Authorities_AreTheSameBodyById()
    {
        var office = Authority.Of(" district-community-office ", " 区社区办 ", " district office ");

        office.Id.Should().Be("district-community-office");
        office.Chinese.Should().Be("区社区办");
        office.English.Should().Be("district office");
        office.Should().Be(Authority.DistrictCommunityOffice);
        office.GetHashCode().Should().Be(Authority.DistrictCommunityOffice.GetHashCode());
        office.Equals((object)Authority.DistrictCommunityOffice).Should().BeTrue();
        office.Equals(null).Should().BeFalse();
        office.Should().NotBe(Authority.CityCommunityBuildingOffice);
        Authority.CityCommunityBuildingOffice.ToString().Should().Be("市社区建设领导小组办公室 (the city community-building leading group office)");
        var blank = () => Authority.Of("district-community-office", "区社区办", " ");
        blank.Should().Throw<ArgumentException>().WithParameterName("english");
        var blankChinese = () => Authority.Of("office", "", "x");
        blankChinese.Should().Throw<ArgumentException>().WithParameterName("chinese");
        var blankId = () => Authority.Of(" ", "区社区办", "x");
        blankId.Should().Throw<ArgumentException>().WithParameterName("id");
        Authority.Of("another-office", "区社区办", "district office").Should().NotBe(Authority.DistrictCommunityOffice, "the same name under another id is another body");
    }

    [Fact]
    public void Department_FormatsNameAndLevel()
    {
        Department.Of(" 市公安局 ", DepartmentLevel.City).Should().Be(Department.Of("市公安局", DepartmentLevel.City));
        Department.Of("市公安局", DepartmentLevel.City).ToString().Should().Be("市公安局 (City)");
    }
}
