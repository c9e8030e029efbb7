using System.Text.Json;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Documents;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Tests.Modules;

/// <summary>The one module contract: the built-in modules register through it, and a registry refuses modules that conflict, naming both modules and the name (issue 25).</summary>
public sealed class ModuleRegistryTests
{
    private static readonly PolicyKind<CommitteeTermPolicy> ClashingTerm = new("committees.term", "term", "任期");

    private static readonly PolicyKind<CommitteeTermPolicy> OwnTerm = new("tests.term", "test term", "测试任期");

    [Fact]
    public void BuiltInRegistry_HoldsEveryModuleTheLibraryDefines_InOrder()
    {
        // A declared module is made of data (a document's kinds), not one of the library's modules.
        var defined = typeof(DomainModule).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DomainModule)) && !t.IsAbstract && t != typeof(Domain.Declarations.DeclaredModule)).ToList();

        defined.Should().NotBeEmpty();
        BuiltInModules.Registry.Modules.Select(m => m.GetType()).Should().BeEquivalentTo(defined, "every module of the library is registered, and the list names nothing else");
        BuiltInModules.Registry.Modules.Select(m => m.Name).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void BuiltInCatalog_IsTheRegistrysJurisdictionsAndBuiltIns_InTheirOrder()
    {
        BuiltInCatalog.Instance.Versions.Should().Equal(BuiltInModules.Registry.BuiltInVersions);
        BuiltInCatalog.Instance.Jurisdictions.Should().Equal(BuiltInModules.Registry.BuiltInJurisdictions);
        BuiltInModules.Registry.BuiltInVersions.Should().OnlyContain(v => BuiltInModules.Registry.CodecOf(v.Kind) != null, "a built-in version of a kind without a codec could not be exported");
    }

    [Fact]
    public void EveryBuiltInModule_OffersItsEvaluator_AndNamesItsKindsAndEvaluationsAfterItself()
    {
        // Declared kinds' evaluator is no module's: dependency injection offers it beside the budget calculator.
        var evaluators = typeof(DomainModule).Assembly.GetExportedTypes().Where(t => t.Name.EndsWith("Evaluator", StringComparison.Ordinal) && t.IsClass && !t.IsAbstract && t != typeof(Domain.Declarations.DeclaredEvaluator)).ToList();

        BuiltInModules.Registry.Services.Select(s => s.ServiceType).Should().BeEquivalentTo(evaluators);
        foreach (var module in BuiltInModules.Registry.Modules)
        {
            BuiltInModules.Registry.Evaluations.Where(e => e.Name.StartsWith(module.Name + ".", StringComparison.Ordinal)).Should().NotBeEmpty("{0} adds its evaluations", module.Name);
        }

        BuiltInModules.Registry.Services.Should().OnlyContain(s => s.Create(BuiltInCatalog.Instance).GetType() == s.ServiceType);
        BuiltInModules.Registry.ModuleOf("committees.quota").Should().BeOfType<CommitteesModule>();
        BuiltInModules.Registry.ModuleOf("no.such-kind").Should().BeNull();
        BuiltInModules.Registry.EvaluationOf("committees.quota")!.ResultType.Should().Be<QuotaResult>();
        BuiltInModules.Registry.EvaluationOf("no.such").Should().BeNull();
    }

    [Fact]
    public void CodecOf_AKindOfTheSameName_ThatIsNotTheRegisteredOne_IsNone()
    {
        BuiltInModules.Registry.CodecOf(CommitteeKinds.Term).Should().NotBeNull();
        BuiltInModules.Registry.CodecOf(ClashingTerm).Should().BeNull("a kind is an identity: another instance of the same name is not the registered kind");
        BuiltInModules.Registry.CodecOf("committees.term").Should().BeSameAs(BuiltInModules.Registry.CodecOf(CommitteeKinds.Term));
    }

    [Fact]
    public void TwoModules_ClaimingOneKindName_AreRefused_NamingBothModulesAndTheName()
    {
        var refused = FluentActions.Invoking(() => BuiltInModules.Registry.With(new TestModule("clashing", r => r.AddKind(new TermCodec(ClashingTerm)))))
            .Should().Throw<PolicyDefinitionException>().Which;

        refused.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.ConflictingPolicyKind);
        refused.Message.Should().Contain("\"committees\" (Community.Domain.Committees.CommitteesModule)").And.Contain("\"clashing\"").And.Contain("the kind name \"committees.term\"");
    }

    [Fact]
    public void TwoModules_AddingOneEvaluationName_AreRefused_NamingBothModulesAndTheName()
    {
        var refused = FluentActions.Invoking(() => BuiltInModules.Registry.With(new TestModule("clashing", r => r.AddCaseEvaluation(Evaluation("committees.quota")))))
            .Should().Throw<PolicyDefinitionException>().Which;

        refused.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.Duplicate);
        refused.Message.Should().Contain("\"committees\"").And.Contain("\"clashing\"").And.Contain("the evaluation name \"committees.quota\"");
    }

    [Fact]
    public void AModuleRegisteredTwice_OrTwoModulesOfOneName_AreRefused()
    {
        FluentActions.Invoking(() => BuiltInModules.Registry.With(new CommitteesModule()))
            .Should().Throw<PolicyDefinitionException>().WithMessage("*The module \"committees\" (Community.Domain.Committees.CommitteesModule) is registered twice*");
        FluentActions.Invoking(() => ModuleRegistry.Create([new TestModule("committees", _ => { }), new CommitteesModule()]))
            .Should().Throw<PolicyDefinitionException>().WithMessage("*The modules \"committees\" (*TestModule) and \"committees\" (Community.Domain.Committees.CommitteesModule) have one name*");
    }

    [Fact]
    public void BuiltIns_OfAKindTheModuleDoesNotDeclare_AreRefused_AsNoDocumentCouldHoldThem()
    {
        var version = PolicyVersion.Create(OwnTerm, KnownJurisdictions.China.Code, EffectivePeriod.Always, CommitteeTermPolicy.OfYears(5), RuleId.Of("T-01"));

        FluentActions.Invoking(() => ModuleRegistry.Create([new TestModule("tests", r => r.AddBuiltIns([version]))]))
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<DefinitionProblem>(p => p.Kind == DefinitionProblemKind.UndeclaredKind && p.Message.Contains("\"tests.term\"", StringComparison.Ordinal));
        ModuleRegistry.Create([new TestModule("tests", r => r.AddKind(new TermCodec(OwnTerm)).AddBuiltIns([version]))]).BuiltInVersions.Should().Equal(version);
    }

    [Fact]
    public void OneModule_RepeatingAKindAnEvaluationOrAService_IsRefused_ListingEveryProblem()
    {
        var refused = FluentActions.Invoking(() => ModuleRegistry.Create([new TestModule("tests", r => r
                .AddKind(new TermCodec(OwnTerm)).AddKind(new TermCodec(OwnTerm))
                .AddCaseEvaluation(Evaluation("tests.one")).AddCaseEvaluation(Evaluation("tests.one"))
                .AddService(c => new CommitteeEvaluator(c)).AddService(c => new CommitteeEvaluator(c)))]))
            .Should().Throw<PolicyDefinitionException>().Which;

        refused.Problems.Select(p => p.Kind).Should().Equal(DefinitionProblemKind.Duplicate, DefinitionProblemKind.Duplicate, DefinitionProblemKind.Duplicate);
        refused.Message.Should().Contain("declares the kind \"tests.term\" twice").And.Contain("adds the evaluation \"tests.one\" twice").And.Contain("adds the service CommitteeEvaluator twice");
    }

    [Fact]
    public void TwoModules_OfferingOneService_OrGivingTwoPlacesOfOneCode_AreRefused()
    {
        FluentActions.Invoking(() => BuiltInModules.Registry.With(new TestModule("tests", r => r.AddService(c => new CommitteeEvaluator(c)))))
            .Should().Throw<PolicyDefinitionException>().WithMessage("*\"committees\"*\"tests\"*both offer the service Community.Domain.Committees.CommitteeEvaluator*");

        var otherXiantao = Jurisdiction.Below(KnownJurisdictions.Hubei.Code, KnownJurisdictions.Xiantao.Code, "仙桃", "Xiantao City", JurisdictionLevel.County);
        FluentActions.Invoking(() => BuiltInModules.Registry.With(new TestModule("tests", r => r.AddJurisdictions([otherXiantao]))))
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.DuplicateJurisdiction);
        BuiltInModules.Registry.With(new TestModule("tests", r => r.AddJurisdictions([KnownJurisdictions.Xiantao]))).BuiltInJurisdictions.Should().Equal(BuiltInModules.Registry.BuiltInJurisdictions, "the same place given twice is one place");
    }

    [Fact]
    public void With_MakesANewRegistry_AndLeavesThisOneAsItWas()
    {
        var before = BuiltInModules.Registry.Modules.Length;
        var extended = BuiltInModules.Registry.With(new TestModule("tests", r => r.AddKind(new TermCodec(OwnTerm)).AddCaseEvaluation(Evaluation("tests.one"))));

        extended.Modules.Should().HaveCount(before + 1);
        extended.Kinds.Should().HaveCount(BuiltInModules.Registry.Kinds.Length + 1).And.EndWith(OwnTerm);
        extended.Evaluations.Select(e => e.Name).Should().EndWith("tests.one");
        BuiltInModules.Registry.Modules.Should().HaveCount(before);
        BuiltInModules.Registry.CodecOf("tests.term").Should().BeNull();
        extended.ToString().Should().StartWith($"{before + 1} modules: committees, ");
    }

    [Fact]
    public void TryCreate_ReturnsEveryProblem_InsteadOfThrowing()
    {
        ModuleRegistry.TryCreate([new CommitteesModule(), new CommitteesModule()], out var registry, out var problems).Should().BeFalse();
        registry.Should().BeNull();
        problems.Should().ContainSingle();
        ModuleRegistry.TryCreate([new CommitteesModule()], out registry, out problems).Should().BeTrue();
        registry!.Kinds.Should().OnlyContain(k => k.Name.StartsWith("committees.", StringComparison.Ordinal));
        problems.Should().BeEmpty();
        ModuleRegistry.Empty.Modules.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Committees")]
    [InlineData("volunteer hours")]
    [InlineData("-hours")]
    [InlineData("hours-")]
    [InlineData("9hours")]
    [InlineData("hours.week")]
    public void AModuleName_ThatIsNotLowerCaseLettersDigitsAndHyphens_IsRefused(string name) =>
        FluentActions.Invoking(() => new TestModule(name, _ => { }))
            .Should().Throw<ArgumentException>().WithParameterName(nameof(name)).WithMessage($"name is \"{name}\"; expected lower-case letters, digits and hyphens*");

    [Theory]
    [InlineData("volunteer-hours")]
    [InlineData("v2")]
    public void AModuleName_OfLowerCaseLettersDigitsAndHyphens_IsTaken(string name) =>
        new TestModule(name, _ => { }).ToString().Should().Be(name);

    [Fact]
    public void AnEvaluation_IsRefused_WithABadNameOrInputs()
    {
        var metadata = CommunityDomainJson.TypeInfo<QuotaResult>(CommunityDomainJson.Options(BuiltInCatalog.Instance));
        CasePreparation<QuotaResult> prepare = (_, place, day) => catalog => new CommitteeEvaluator(catalog).ExplainQuota(place, day, Population.Of(1));

        var inputs = DocumentSchema.Object("Test inputs.", DocumentMember.Required("a", DocumentSchema.Integer("A.")), DocumentMember.Optional("b", DocumentSchema.Text("B.")));

        FluentActions.Invoking(() => CaseEvaluation.Create("Quota", inputs, metadata, prepare)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => CaseEvaluation.Create("tests.quota.", inputs, metadata, prepare)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => CaseEvaluation.Create("tests.quota", null!, metadata, prepare)).Should().Throw<ArgumentNullException>().WithParameterName("inputs");
        FluentActions.Invoking(() => CaseEvaluation.Create("tests.quota", DocumentSchema.Integer("Not an object."), metadata, prepare)).Should().Throw<ArgumentException>().WithParameterName("inputs").WithMessage("inputs is Integer: Not an object.; expected the schema of an object*");
        FluentActions.Invoking(() => CaseEvaluation.Create("tests.quota", inputs.Define("tests.inputs"), metadata, prepare)).Should().Throw<ArgumentException>().WithParameterName("inputs");
        FluentActions.Invoking(() => CaseEvaluation.Create("tests.quota", inputs, null!, prepare)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        FluentActions.Invoking(() => CaseEvaluation.Create("tests.quota", inputs, metadata, null!)).Should().Throw<ArgumentNullException>().WithParameterName("prepare");
        var made = CaseEvaluation.Create("tests.quota", inputs, metadata, prepare);
        made.Inputs.Should().BeSameAs(inputs);
        made.InputNames.Should().Equal("a", "b");
        made.ResultType.Should().Be<QuotaResult>();
        made.ToString().Should().Be("tests.quota");
    }

    [Fact]
    public void ADocument_NamingAKindNoRegisteredModuleDeclares_IsAProblemAtItsPath_ListingTheKinds()
    {
        const string json = """{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[],"policies":[{"kind":"committees.term","jurisdiction":"100000","ruleId":"T-01","policy":{"years":5}}]}""";

        PolicyDocument.TryParse(json, ModuleRegistry.Empty, out _, out var none).Should().BeFalse();
        none.Should().ContainSingle().Which.ToString().Should().Be("$.policies[0].kind: is \"committees.term\", a kind no registered module declares; expected one of no kind (the registry has no module).");
        PolicyDocument.TryParse(json, ModuleRegistry.Create([new CommitteesModule()]), out var read, out _).Should().BeTrue();
        read!.Modules.Modules.Should().ContainSingle();
        FluentActions.Invoking(() => PolicyDocument.Create([], read.Versions, ModuleRegistry.Empty)).Should().Throw<ArgumentException>().WithParameterName("versions[0]");
    }

    [Fact]
    public void ACaseDocument_NamingAnEvaluationNoRegisteredModuleAdds_IsAProblemAtItsPath()
    {
        const string json = """{"format":"community-domain.cases","formatVersion":1,"cases":[{"name":"a","evaluation":"committees.quota","jurisdiction":"429004","date":"2016-06-30","inputs":{"population":1},"expected":{"ruleId":"COM-01"}}]}""";

        GoldenCaseDocument.TryParse(json, ModuleRegistry.Empty, out _, out var problems).Should().BeFalse();
        problems.Should().ContainSingle().Which.ToString().Should().Be("$.cases[0].evaluation: is \"committees.quota\"; expected one of no evaluation (the registry has no module).");
        FluentActions.Invoking(() => GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "committees.quota", KnownJurisdictions.Xiantao.Code, new NodaTime.LocalDate(2016, 6, 30), "{}", ModuleRegistry.Empty))
            .Should().Throw<DocumentException>().WithMessage("*$.evaluation: is \"committees.quota\"; expected one of no evaluation*");
    }

    [Fact]
    public void DocumentNode_GenericReaders_ReadWhatTheyName_AndRefuseTheRestAtThePath()
    {
        using var parsed = JsonDocument.Parse("""{"kind":"committees.term","post":"Director","bad":"Nobody","number":12,"community":{"Jurisdiction":"429004"}}""");
        var root = new DocumentNode(parsed.RootElement, "$.inputs");

        root.Required("kind").Kind(OwnTerm, CommitteeKinds.Term).Should().BeSameAs(CommitteeKinds.Term);
        FluentActions.Invoking(() => root.Required("kind").Kind(OwnTerm)).Should().Throw<DocumentNodeException>()
            .Which.Should().Match<DocumentNodeException>(e => e.Path == "$.inputs.kind" && e.Message == "is \"committees.term\"; expected one of tests.term.");
        root.Required("post").Name<CommitteePost>().Should().Be(CommitteePost.Director);
        FluentActions.Invoking(() => root.Required("bad").Name<CommitteePost>()).Should().Throw<DocumentNodeException>().WithMessage("is \"Nobody\"; expected one of Director, *");
        FluentActions.Invoking(() => root.Required("number").Name<CommitteePost>()).Should().Throw<DocumentNodeException>().WithMessage("is the number 12; expected a text.");
        var profile = CommunityDomainJson.TypeInfo<CommunityProfile>(CommunityDomainJson.Options(BuiltInCatalog.Instance));
        FluentActions.Invoking(() => root.Required("community").Value(profile)).Should().Throw<DocumentNodeException>().Which.Path.Should().StartWith("$.inputs.community");
        FluentActions.Invoking(() => root.Required("number").Value<CommunityProfile>(null!)).Should().Throw<ArgumentNullException>().WithParameterName("metadata");
        default(DocumentNode).Path.Should().Be("$");
        FluentActions.Invoking(() => new DocumentNode(parsed.RootElement, null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
    }

    [Fact]
    public void PolicyVersionJsonConverter_As_GivesAVersionItsPolicyType_OrRefusesAnother()
    {
        var quota = BuiltInCatalog.Instance.Versions.First(v => v.Kind == CommitteeKinds.Quota);

        PolicyVersionJsonConverter.As<CommitteeQuotaPolicy>(quota).Should().BeSameAs(quota);
        PolicyVersionJsonConverter.As<CommitteeQuotaPolicy>(null).Should().BeNull();
        FluentActions.Invoking(() => PolicyVersionJsonConverter.As<CommitteeTermPolicy>(quota)).Should().Throw<JsonException>().WithMessage("*holds CommitteeQuotaPolicy policies, not CommitteeTermPolicy*");
    }

    [Fact]
    public void TypeInfo_OfATypeNoRegisteredMetadataKnows_IsRefused() =>
        FluentActions.Invoking(() => CommunityDomainJson.TypeInfo<ModuleRegistryTests>(CommunityDomainJson.Options(BuiltInCatalog.Instance)))
            .Should().Throw<ArgumentException>().WithParameterName("options");

    private static CaseEvaluation Evaluation(string name) =>
        CaseEvaluation.Create(
            name,
            DocumentSchema.Object("The residents.", DocumentMember.Required("population", DocumentSchema.Integer("The residents.", minimum: 0))),
            CommunityDomainJson.TypeInfo<QuotaResult>(CommunityDomainJson.Options(BuiltInCatalog.Instance)),
            static (inputs, place, day) =>
            {
                var population = inputs.Required("population").Population();
                return catalog => new CommitteeEvaluator(catalog).ExplainQuota(place, day, population);
            });

    /// <summary>A module whose registration the test gives.</summary>
    private sealed class TestModule(string name, Action<ModuleRegistration> register) : DomainModule(name)
    {
        protected internal override void Register(ModuleRegistration registration) => register(registration);
    }

    /// <summary>A codec of term policies under a kind the test gives.</summary>
    private sealed class TermCodec(PolicyKind<CommitteeTermPolicy> kind) : PolicyCodec<CommitteeTermPolicy>(kind)
    {
        public override DocumentSchema Schema { get; } = DocumentSchema.Object("A term.", DocumentMember.Required("years", DocumentSchema.Integer("The years.")));

        protected override CommitteeTermPolicy ReadPolicy(DocumentNode policy)
        {
            policy.OnlyMembers("years");
            return CommitteeTermPolicy.OfYears(policy.Required("years").Int32());
        }

        protected override void WritePolicy(Utf8JsonWriter writer, CommitteeTermPolicy policy) => writer.WriteNumber("years", policy.Years);
    }
}
