using System.Text.Json.Nodes;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Documents;
using Community.Domain.Json;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Tests.Documents;

/// <summary>
/// A schema is made only whole: every value described, every object's members once, every name list
/// non-empty; definitions are written once and must agree; what they write is a JSON Schema of the shape
/// described.
/// </summary>
public sealed class DocumentSchemaTests
{
    private static readonly DocumentSchema Years = DocumentSchema.Integer("The years.", minimum: 1, maximum: 10);

    private static JsonNode Written(DocumentSchema policy)
    {
        var registry = ModuleRegistry.Create([new SchemaModule(policy)]);
        return JsonNode.Parse(PolicyDocument.JsonSchema(registry))!;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AValueWithoutADescription_IsRefused(string blank)
    {
        FluentActions.Invoking(() => DocumentSchema.Integer(blank)).Should().Throw<ArgumentException>().WithParameterName("description").WithMessage("description is \"*\"; expected what the value means, in words.*");
        FluentActions.Invoking(() => DocumentSchema.Text(blank)).Should().Throw<ArgumentException>().WithParameterName("description");
        FluentActions.Invoking(() => DocumentSchema.Object(blank)).Should().Throw<ArgumentException>().WithParameterName("description");
        FluentActions.Invoking(() => Years.Describe(blank)).Should().Throw<ArgumentException>().WithParameterName("description");
        FluentActions.Invoking(() => DocumentSchema.Boolean(null!)).Should().Throw<ArgumentNullException>().WithParameterName("description");
    }

    [Fact]
    public void AnObject_NamingAMemberTwice_OrHoldingADefaultMember_IsRefused()
    {
        FluentActions.Invoking(() => DocumentSchema.Object("Twice.", DocumentMember.Required("a", Years), DocumentMember.Optional("a", Years)))
            .Should().Throw<ArgumentException>().WithParameterName("members").WithMessage("members[1] is \"a\", named before at members[0]; expected each member once.*");
        FluentActions.Invoking(() => DocumentSchema.Object("Default.", default(DocumentMember)))
            .Should().Throw<ArgumentException>().WithParameterName("members[0]").WithMessage("members[0] is the default DocumentMember*");
        FluentActions.Invoking(() => DocumentMember.Required(" ", Years)).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => DocumentMember.Optional("a", null!)).Should().Throw<ArgumentNullException>().WithParameterName("schema");
    }

    [Fact]
    public void ANamedObject_HasItsNamesInBothLanguagesFirst_AndRefusesThemTwice()
    {
        var step = DocumentSchema.NamedObject("One step.", "The step", DocumentMember.Required("code", DocumentSchema.Text("The code.")));

        step.Members.Select(m => (m.Name, m.IsRequired, m.Schema.Description)).Should().Equal(("chinese", true, "The step, in Chinese."), ("english", true, "The step, in English."), ("code", true, "The code."));
        step.Description.Should().Be("One step.");
        FluentActions.Invoking(() => DocumentSchema.NamedObject("One step.", " ")).Should().Throw<ArgumentException>().WithParameterName("what").WithMessage("what is \" \"; expected what the names name*");
        FluentActions.Invoking(() => DocumentSchema.NamedObject("One step.", "The step", DocumentMember.Optional("english", Years))).Should().Throw<ArgumentException>().WithParameterName("members").WithMessage("members[2] is \"english\", named before at members[1]*");
        FluentActions.Invoking(() => DocumentSchema.NamedObject("One step.", "The step", null!)).Should().Throw<ArgumentNullException>().WithParameterName("members");
    }

    [Fact]
    public void ANameList_ThatIsEmpty_BlankOrRepeated_IsRefused()
    {
        FluentActions.Invoking(() => DocumentSchema.Name("None.")).Should().Throw<ArgumentException>().WithParameterName("names").WithMessage("names is empty*");
        FluentActions.Invoking(() => DocumentSchema.Name("Twice.", "A", "A")).Should().Throw<ArgumentException>().WithParameterName("names").WithMessage("names[1] is \"A\"*");
        FluentActions.Invoking(() => DocumentSchema.Name("Blank.", "A", " ")).Should().Throw<ArgumentException>().WithParameterName("names").WithMessage("names[1] is \" \"*");
        FluentActions.Invoking(() => DocumentSchema.Kind("None.")).Should().Throw<ArgumentException>().WithParameterName("kinds").WithMessage("kinds is empty*");
        FluentActions.Invoking(() => DocumentSchema.Kind("Twice.", CommitteeKinds.Size, CommitteeKinds.Size)).Should().Throw<ArgumentException>().WithParameterName("kinds");
    }

    [Fact]
    public void NamesOfAnEnum_AreEveryNameItDefines_AndKindsTheirNames()
    {
        DocumentSchema.Name<BoundaryReading>("Reading.").Names.Should().Equal(Enum.GetNames<BoundaryReading>());
        DocumentSchema.Kind("Kinds.", CommitteeKinds.Size, CommitteeKinds.Term).Names.Should().Equal("committees.size", "committees.term");
        DocumentSchema.Name<BoundaryReading>("Reading.").Shape.Should().Be(DocumentSchemaShape.Name);
    }

    [Fact]
    public void BoundsBelowTheirMinimum_AndFewerThanTwoForms_AreRefused()
    {
        FluentActions.Invoking(() => DocumentSchema.Integer("Years.", minimum: 5, maximum: 4)).Should().Throw<ArgumentException>().WithParameterName("maximum").WithMessage("maximum is 4; expected at least minimum (5).*");
        FluentActions.Invoking(() => DocumentSchema.Number("Yuan.", minimum: 1.5m, maximum: 1m)).Should().Throw<ArgumentException>().WithParameterName("maximum");
        FluentActions.Invoking(() => DocumentSchema.Text("Text.", minimumLength: -1)).Should().Throw<ArgumentException>().WithParameterName("minimumLength");
        FluentActions.Invoking(() => DocumentSchema.Text("Text.", pattern: " ")).Should().Throw<ArgumentException>().WithParameterName("pattern");
        FluentActions.Invoking(() => DocumentSchema.OneOf("One form.", Years)).Should().Throw<ArgumentException>().WithParameterName("alternatives").WithMessage("alternatives has 1 forms; expected at least two.*");
        FluentActions.Invoking(() => DocumentSchema.Array("Items.", null!)).Should().Throw<ArgumentNullException>().WithParameterName("items");
        FluentActions.Invoking(() => DocumentSchema.BandTable("Bands.", null!)).Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void MemberCounts_AreForObjectsOnly_AndInOrder()
    {
        var objectSchema = DocumentSchema.Object("Two.", DocumentMember.Optional("a", Years), DocumentMember.Optional("b", Years));

        objectSchema.WithMemberCount(1, 1).MinimumMembers.Should().Be(1);
        FluentActions.Invoking(() => objectSchema.WithMemberCount(2, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximum");
        FluentActions.Invoking(() => objectSchema.WithMemberCount(-1, null)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimum").WithMessage("minimum is -1; expected zero or more.*");
        FluentActions.Invoking(() => Years.WithMemberCount(1, 1)).Should().Throw<InvalidOperationException>().WithMessage("*is a Integer; only an object counts its members.");
    }

    [Fact]
    public void ASchema_IsDefinedOnce_UnderANameOfLettersDigitsDotsAndHyphens()
    {
        var defined = Years.Define("tests.years");

        defined.DefinitionName.Should().Be("tests.years");
        defined.DefinitionDescription.Should().Be("The years.");
        defined.Describe("The term.").DefinitionDescription.Should().Be("The years.", "a use describes the value where it is, not the definition");
        FluentActions.Invoking(() => defined.Define("tests.other")).Should().Throw<InvalidOperationException>().WithMessage("*already defined as \"tests.years\"*");
        FluentActions.Invoking(() => DocumentSchema.Reference("tests.years", "Years.").Define("x")).Should().Throw<InvalidOperationException>().WithMessage("*already a reference to \"tests.years\"*");
        FluentActions.Invoking(() => Years.Define("1years")).Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("name is \"1years\"; expected letters, digits, dots and hyphens, starting with a letter.*");
        FluentActions.Invoking(() => Years.Define("tests years")).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => Years.Define("version")).Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("name is \"version\", which the document formats keep for their own definitions*");
        FluentActions.Invoking(() => Years.Define("case")).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => Years.Define("policy.tests.term")).Should().Throw<ArgumentException>().WithParameterName("name");
        Years.Define("policies").DefinitionName.Should().Be("policies");
        FluentActions.Invoking(() => DocumentSchema.Reference(" ", "Years.")).Should().Throw<ArgumentException>().WithParameterName("name");
    }

    [Fact]
    public void AWrittenSchema_HasTheShapeDescribed_WithEveryDescription()
    {
        var policy = DocumentSchema.Object(
            "A test policy.",
            DocumentMember.Required("years", Years),
            DocumentMember.Optional("note", DocumentSchema.Text("A note.", "^[a-z]+$", minimumLength: 2).OrNull()),
            DocumentMember.Optional("share", DocumentSchema.Share("A share.")),
            DocumentMember.Optional("form", DocumentSchema.OneOf("A form.", DocumentSchema.Boolean("Yes."), DocumentSchema.Number("Yuan.", minimum: 0.5m))));

        var written = Written(policy);
        var definition = written["$defs"]!["policy.tests.term"]!;

        definition["description"]!.GetValue<string>().Should().Be("A test policy.");
        definition["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("years");
        definition["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        var years = definition["properties"]!["years"]!;
        (years["type"]!.GetValue<string>(), years["minimum"]!.GetValue<decimal>(), years["maximum"]!.GetValue<decimal>()).Should().Be(("integer", 1m, 10m));
        var note = definition["properties"]!["note"]!;
        note["type"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("string", "null");
        (note["pattern"]!.GetValue<string>(), note["minLength"]!.GetValue<int>()).Should().Be(("^[a-z]+$", 2));
        definition["properties"]!["share"]!["$ref"]!.GetValue<string>().Should().Be("#/$defs/share");
        definition["properties"]!["share"]!["description"]!.GetValue<string>().Should().Be("A share.");
        written["$defs"]!["share"]!["properties"]!["denominator"]!["minimum"]!.GetValue<int>().Should().Be(1);
        definition["properties"]!["form"]!["oneOf"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public void ANullableDefinedSchema_IsDefinedWithoutNull_AndTakesNullWhereItIsUsed()
    {
        var written = Written(DocumentSchema.Object("Dates.", DocumentMember.Optional("from", DocumentSchema.Date("From.").OrNull()), DocumentMember.Required("until", DocumentSchema.Date("Until."))));

        written["$defs"]!["date"]!["type"]!.GetValue<string>().Should().Be("string");
        written["$defs"]!["policy.tests.term"]!["properties"]!["from"]!["oneOf"]!.AsArray().Should().HaveCount(2);
        written["$defs"]!["policy.tests.term"]!["properties"]!["until"]!["$ref"]!.GetValue<string>().Should().Be("#/$defs/date");
    }

    [Fact]
    public void TwoDifferentSchemasDefinedUnderOneName_OrAReferenceToNoDefinition_AreRefusedAtRegistration_AndFailToWrite()
    {
        var first = DocumentSchema.Object("Both.", DocumentMember.Required("a", Years.Define("tests.same")), DocumentMember.Required("b", DocumentSchema.Text("Other.").Define("tests.same")));
        var dangling = DocumentSchema.Object("Dangling.", DocumentMember.Required("a", DocumentSchema.Reference("tests.nowhere", "Nowhere.")));
        var same = Years.Define("tests.same");
        var twice = DocumentSchema.Object("Twice.", DocumentMember.Required("a", same), DocumentMember.Required("b", same.Describe("Again.")), DocumentMember.Required("c", Years.Define("tests.same")));

        ModuleRegistry.TryCreate([new SchemaModule(first)], out _, out var conflicting).Should().BeFalse();
        conflicting.Should().ContainSingle().Which.Should().Match<DefinitionProblem>(p => p.Kind == DefinitionProblemKind.InvalidSchema && p.Message.Contains("The module \"tests\"", StringComparison.Ordinal) && p.Message.Contains("two different document schemas named \"tests.same\" (\"The years.\" and \"Other.\")", StringComparison.Ordinal));
        ModuleRegistry.TryCreate([new SchemaModule(dangling)], out _, out var unresolved).Should().BeFalse();
        unresolved.Should().ContainSingle().Which.Message.Should().Contain("refers to the document schema \"tests.nowhere\", which no module defines");
        ModuleRegistry.TryCreate([new SchemaModule(DocumentSchema.Object("A.", DocumentMember.Required("a", same))), new OtherSchemaModule(DocumentSchema.Object("B.", DocumentMember.Required("b", DocumentSchema.Text("Other.").Define("tests.same"))))], out _, out var across).Should().BeFalse();
        across.Should().ContainSingle().Which.Message.Should().StartWith("The modules \"tests\"").And.Contain("and \"other-tests\"");
        ModuleRegistry.TryCreate([new SchemaModule(Years)], out _, out var notAnObject).Should().BeFalse();
        notAnObject.Should().ContainSingle().Which.Message.Should().Contain("describes the policy of tests.term as Integer: The years.; expected an object");
        ModuleRegistry.TryCreate([new SchemaModule(DocumentSchema.OneOf("Forms.", DocumentSchema.Object("One.", DocumentMember.Required("a", Years)), Years))], out _, out var aFormNotAnObject).Should().BeFalse();
        aFormNotAnObject.Should().ContainSingle().Which.Kind.Should().Be(DefinitionProblemKind.InvalidSchema);
        FluentActions.Invoking(() => JsonSchemaWriting.Write("x", "x", first)).Should().Throw<InvalidOperationException>().WithMessage("Two different schemas are defined as \"tests.same\"*");
        FluentActions.Invoking(() => JsonSchemaWriting.Write("x", "x", dangling)).Should().Throw<InvalidOperationException>().WithMessage("A schema refers to \"tests.nowhere\", which no schema of the document defines*");
        Written(twice)["$defs"]!["tests.same"]!["type"]!.GetValue<string>().Should().Be("integer", "equal definitions under one name are one definition");
    }

    [Fact]
    public void TheSchemaOfAKind_IsItsCodecs_AndKindsOfOneCodecShareADefinition()
    {
        var written = JsonNode.Parse(PolicyDocument.JsonSchema())!;
        var selections = written["$defs"]!["version"]!["allOf"]!.AsArray();
        string Target(string kind) => selections.Single(s => s!["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>() == kind)!["then"]!["properties"]!["policy"]!["$ref"]!.GetValue<string>();

        selections.Should().HaveCount(BuiltInModules.Registry.Kinds.Length);
        Target("funding.work-funds").Should().Be(Target("funding.office-funds"));
        Target("committees.size").Should().Be("#/$defs/policy.committees.size");
        written["$defs"]!["policy.committees.size"]!["description"]!.GetValue<string>().Should().Be(BuiltInModules.Registry.CodecOf("committees.size")!.Schema.Description);
    }

    [Fact]
    public void ToString_NamesTheShapeAndTheDescription()
    {
        Years.ToString().Should().Be("Integer: The years.");
        Years.Define("tests.years").ToString().Should().Be("Integer tests.years: The years.");
        DocumentMember.Optional("years", Years).ToString().Should().Be("years?: The years.");
        DocumentMember.Required("years", Years).ToString().Should().Be("years: The years.");
    }

    /// <summary>Another module, whose one kind's policy has the schema the test gives.</summary>
    private sealed class OtherSchemaModule(DocumentSchema policy) : DomainModule("other-tests")
    {
        private static readonly PolicyKind<CommitteeTermPolicy> OtherKind = new("other-tests.term", "test term", "测试任期");

        protected internal override void Register(ModuleRegistration registration) => registration.AddKind(new SchemaModule.Codec(OtherKind, policy));
    }

    /// <summary>A module with one kind, of term policies, whose policy's schema the test gives.</summary>
    private sealed class SchemaModule(DocumentSchema policy) : DomainModule("tests")
    {
        private static readonly PolicyKind<CommitteeTermPolicy> TermKind = new("tests.term", "test term", "测试任期");

        protected internal override void Register(ModuleRegistration registration) => registration.AddKind(new Codec(TermKind, policy));

        internal sealed class Codec(PolicyKind<CommitteeTermPolicy> kind, DocumentSchema policy) : PolicyCodec<CommitteeTermPolicy>(kind)
        {
            public override DocumentSchema Schema => policy;

            protected override CommitteeTermPolicy ReadPolicy(DocumentNode node) => CommitteeTermPolicy.OfYears(node.Required("years").Int32());

            protected override void WritePolicy(System.Text.Json.Utf8JsonWriter writer, CommitteeTermPolicy value) => writer.WriteNumber("years", value.Years);
        }
    }
}
