using Community.Domain.Assessments;
using Community.Domain.Declarations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Tests.Declarations;

/// <summary>Declared kinds the tests use, each in C#: the invented examples of the issue (a council's quorum and motions), premises by floor area, workers per residents, a fund per households, an application's notice, an election's cycle.</summary>
internal static class DeclaredSamples
{
    public static readonly JurisdictionCode Province = TestPlaces.Province.Code;

    public static readonly NodaTime.LocalDate Day = new(2026, 1, 1);

    /// <summary>A community council (议事会) meets validly with at least two thirds of its members; a motion passes with more than half of those present.</summary>
    public static DeclaredKind Council { get; } = DeclaredKind.Create(
        "council.meeting",
        "社区议事会会议",
        "community council meeting",
        [
            DeclaredInput.Measured("members", MeasureUnit.Members, "议事会成员", "council members"),
            DeclaredInput.Measured("present", MeasureUnit.Members, "到会成员", "members present"),
            DeclaredInput.Measured("inFavour", MeasureUnit.Members, "赞成成员", "members in favour"),
            DeclaredInput.Ratio("attendance", "present", "members", "到会比例", "attendance"),
            DeclaredInput.Ratio("support", "inFavour", "present", "赞成比例", "support"),
        ],
        [
            DeclaredFinding.Create("council.not-quorate", "会议未达法定人数", "the meeting is not quorate"),
            DeclaredFinding.Create("council.motion-fails", "议题未获通过", "the motion does not pass"),
        ]);

    public static DeclaredRule CouncilRule { get; } = DeclaredRule.AllOf(
        DeclaredRule.Threshold("attendance", DeclaredComparison.AtLeast, 2, 3, "council.not-quorate", FindingSeverity.Error),
        DeclaredRule.Threshold("support", DeclaredComparison.MoreThan, 1, 2, "council.motion-fails", FindingSeverity.Error));

    /// <summary>The council's rule as a catalog document: the kind declared under kinds, its version at the test province.</summary>
    public const string CouncilDocument = """
        {
          "format": "community-domain.catalog",
          "formatVersion": 1,
          "kinds": [
            {
              "name": "council.meeting",
              "chineseName": "社区议事会会议",
              "englishName": "community council meeting",
              "inputs": [
                { "name": "members", "unit": "Members", "chineseName": "议事会成员", "englishName": "council members" },
                { "name": "present", "unit": "Members", "chineseName": "到会成员", "englishName": "members present" },
                { "name": "inFavour", "unit": "Members", "chineseName": "赞成成员", "englishName": "members in favour" },
                { "name": "attendance", "ratio": { "part": "present", "whole": "members" }, "chineseName": "到会比例", "englishName": "attendance" },
                { "name": "support", "ratio": { "part": "inFavour", "whole": "present" }, "chineseName": "赞成比例", "englishName": "support" }
              ],
              "findings": [
                { "code": "council.not-quorate", "chineseName": "会议未达法定人数", "englishName": "the meeting is not quorate" },
                { "code": "council.motion-fails", "chineseName": "议题未获通过", "englishName": "the motion does not pass" }
              ]
            }
          ],
          "jurisdictions": [
            { "code": "990000", "parent": "100000", "chineseName": "测试省", "englishName": "Test Province", "level": "Province" }
          ],
          "policies": [
            {
              "kind": "council.meeting",
              "jurisdiction": "990000",
              "start": "2020-01-01",
              "ruleId": "TST-COUNCIL-01",
              "status": "Proposed",
              "citations": [ { "title": "测试议事规则（虚构）", "issuer": "测试省民政厅", "jurisdiction": "测试省", "date": "2020" } ],
              "policy": {
                "allOf": [
                  { "threshold": { "measure": "attendance", "atLeast": "2/3", "finding": "council.not-quorate", "severity": "Error" } },
                  { "threshold": { "measure": "support", "moreThan": "1/2", "finding": "council.motion-fails", "severity": "Error" } }
                ]
              }
            }
          ]
        }
        """;

    /// <summary>Premises a residential project must provide by its floor area, checked against what it provides.</summary>
    public static DeclaredKind ProjectPremises { get; } = DeclaredKind.Create(
        "projects.premises",
        "新建住宅项目配建社区用房",
        "premises of a new residential project",
        [
            DeclaredInput.Measured("floorArea", MeasureUnit.SquareMetres, "住宅建筑面积", "residential floor area"),
            DeclaredInput.Measured("provided", MeasureUnit.SquareMetres, "配建用房面积", "premises provided"),
        ],
        [DeclaredFinding.Create("projects.premises-short", "配建用房不足", "the premises provided fall short")]);

    public static DeclaredRule PremisesRule { get; } = DeclaredRule.Table(
        "floorArea",
        MeasureUnit.SquareMetres,
        BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(0m), Bound.Inclusive(100_000m), 300m),
            Band.From(Bound.Inclusive(100_000m), 500m)),
        DeclaredCheck.Of("provided", DeclaredComparison.AtLeast, "projects.premises-short", FindingSeverity.Error));

    /// <summary>12 community workers per 10,000 residents, rounded up, at least 3.</summary>
    public static DeclaredKind Workers { get; } = DeclaredKind.Create(
        "workforce.workers-per-residents",
        "社区工作者配备",
        "community workers per residents",
        [
            DeclaredInput.Measured("residents", MeasureUnit.Residents, "常住人口", "residents"),
            DeclaredInput.Measured("workers", MeasureUnit.Persons, "社区工作者", "community workers"),
        ],
        [DeclaredFinding.Create("workforce.too-few-workers", "社区工作者配备不足", "too few community workers")]);

    public static DeclaredRule WorkersRule { get; } = DeclaredRule.Count(
        "residents",
        MeasureUnit.Persons,
        CountFormula.PerUnits(12, 10_000, RoundingMode.Up).AtLeast(3),
        DeclaredCheck.Of("workers", DeclaredComparison.AtLeast, "workforce.too-few-workers", FindingSeverity.Warning));

    /// <summary>5,000 yuan per 100 households, pro rata, at least 20,000 and at most 100,000.</summary>
    public static DeclaredKind Fund { get; } = DeclaredKind.Create(
        "funds.per-households",
        "按户数拨付的服务经费",
        "service funds per households",
        [DeclaredInput.Measured("households", MeasureUnit.Households, "户数", "households")],
        []);

    public static DeclaredRule FundRule { get; } = DeclaredRule.Amount("households", Money.FromYuan(5_000m), 100, Money.FromYuan(20_000m), Money.FromYuan(100_000m));

    /// <summary>A department applies at least five working days before a task starts.</summary>
    public static DeclaredKind Notice { get; } = DeclaredKind.Create(
        "notices.advance-application",
        "准入事项提前申请",
        "advance application for admitted work",
        [
            DeclaredInput.Measured("start", MeasureUnit.Date, "事项开始日期", "the task's start"),
            DeclaredInput.Measured("applied", MeasureUnit.Date, "申请日期", "the application"),
        ],
        [DeclaredFinding.Create("notices.late-application", "申请晚于规定时限", "the application is late")]);

    public static DeclaredRule NoticeRule { get; } = DeclaredRule.Timetable("start", 5, DeclaredPeriodUnit.WorkingDays, DeclaredDirection.Before, "applied", "notices.late-application", FindingSeverity.Error);

    /// <summary>A committee's households: at least 1,000 and at most 3,000 recommended (warnings), never above 5,000 (an error).</summary>
    public static DeclaredKind Households { get; } = DeclaredKind.Create(
        "sizes.households",
        "社区户数规模",
        "community households",
        [DeclaredInput.Measured("households", MeasureUnit.Households, "户数", "households")],
        [
            DeclaredFinding.Create("sizes.small", "规模偏小", "the community is small"),
            DeclaredFinding.Create("sizes.large", "规模偏大", "the community is large"),
            DeclaredFinding.Create("sizes.too-large", "规模超过上限", "the community is above the cap"),
        ]);

    public static DeclaredRule HouseholdsRule { get; } = DeclaredRule.AllOf(
        DeclaredRule.Range("households", DeclaredLimit.Of(1000m, "sizes.small", FindingSeverity.Warning), DeclaredLimit.Of(3000m, "sizes.large", FindingSeverity.Warning)),
        DeclaredRule.Range("households", null, DeclaredLimit.Of(5000m, "sizes.too-large", FindingSeverity.Error)));

    /// <summary>A catalog of the test province holding a version of each sample.</summary>
    public static PolicyCatalog Catalog(params (DeclaredKind Kind, DeclaredRule Rule)[] rules)
    {
        var builder = PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All).AddJurisdiction(TestPlaces.Province);
        foreach (var (kind, rule) in rules)
        {
            builder.Add(kind.Version(Province, EffectivePeriod.Always, rule, RuleId.Of("TST-01")));
        }

        return builder.Build();
    }
}
