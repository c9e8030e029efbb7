using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Community.Domain.Documents;

/// <summary>
/// The shape of a value in a catalog or case document, with what it means: the part of the JSON Schemas
/// a codec or a case evaluation contributes. Every value has a description; objects name their members,
/// each required or optional; names list every value the reader takes.
/// </summary>
/// <remarks>
/// A module describes what its codecs read (<see cref="PolicyCodec.Schema"/>) and what its case evaluations
/// take (<c>CaseEvaluation.Inputs</c>); the library assembles the JSON Schemas of both formats from every
/// module registered (<c>PolicyDocument.JsonSchema</c>, <c>GoldenCaseDocument.JsonSchema</c>). The shared
/// shapes the kernel's readers read (<see cref="Share"/>, <see cref="CostShare"/>, <see cref="CountFormula"/>,
/// <see cref="BandTable"/>, <see cref="Date"/>) are written once under <c>$defs</c> and referred to.
/// Instances are immutable.
/// </remarks>
public sealed class DocumentSchema
{
    private static readonly DocumentSchema BoundDefinition = Object(
        "A band's bound: at or above (yishang) and at or below (yixia) include their number, above (chaoguo) and below (buman) do not.",
        DocumentMember.Required("value", Number("The bound's number, in the band table's unit.")),
        DocumentMember.Required("inclusive", Boolean("Whether the band includes the number or not."))).Define("bound");

    private static readonly DocumentSchema ShareDefinition = Object(
        "A share of a whole, such as at least a half: numerator / denominator.",
        DocumentMember.Required("numerator", Integer("The share's numerator.", minimum: 0)),
        DocumentMember.Required("denominator", Integer("The share's denominator.", minimum: 1)),
        DocumentMember.Optional("isStrict", Boolean("Whether the share must be exceeded rather than reached; false if left out."))).Define("share");

    private static readonly DocumentSchema CostShareDefinition = Array(
        "Who pays which part of a cost: each payer with its parts of the whole (6 and 4 parts: 60% and 40%).",
        Object(
            "One payer's part.",
            DocumentMember.Required("payer", Object(
                "The payer.",
                DocumentMember.Required("id", Text("The payer's id, unique in the cost share, such as \"city\".", minimumLength: 1)),
                DocumentMember.Required("chineseName", Text("The payer's name in Chinese.")),
                DocumentMember.Required("englishName", Text("The payer's name in English, such as City.")))),
            DocumentMember.Required("parts", Integer("The payer's parts of the whole.", minimum: 1)))).Define("costShare");

    private static readonly DocumentSchema DateDefinition = Text("An ISO date, such as \"2008-01-01\".", @"^\d{4}-\d{2}-\d{2}$").Define("date");

    private static readonly DocumentSchema CountFormulaDefinition = CreateCountFormula();

    private DocumentSchema(DocumentSchemaShape shape, string description)
    {
        Shape = shape;
        Description = description;
    }

    /// <summary>Gets the shape of the value.</summary>
    public DocumentSchemaShape Shape { get; }

    /// <summary>Gets what the value means, in English.</summary>
    public string Description { get; private init; }

    /// <summary>Gets the members of an object, in order; empty for other shapes.</summary>
    public ImmutableArray<DocumentMember> Members { get; private init; } = [];

    /// <summary>Gets the fewest members an object gives (one for an object of exactly one form), or null for no least number.</summary>
    public int? MinimumMembers { get; private init; }

    /// <summary>Gets the most members an object gives, or null for no most.</summary>
    public int? MaximumMembers { get; private init; }

    /// <summary>Gets the schema of an array's items, or null for other shapes.</summary>
    public DocumentSchema? Items { get; private init; }

    /// <summary>Gets every name a <see cref="DocumentSchemaShape.Name"/> value may be, in order; empty for other shapes.</summary>
    public ImmutableArray<string> Names { get; private init; } = [];

    /// <summary>Gets the forms a <see cref="DocumentSchemaShape.OneOf"/> value may take; empty for other shapes.</summary>
    public ImmutableArray<DocumentSchema> Alternatives { get; private init; } = [];

    /// <summary>Gets the regular expression a text must match, or null.</summary>
    public string? Pattern { get; private init; }

    /// <summary>Gets the fewest characters a text has, zero for any.</summary>
    public int MinimumLength { get; private init; }

    /// <summary>Gets the least value of a number, or null.</summary>
    public decimal? Minimum { get; private init; }

    /// <summary>Gets the greatest value of a number, or null.</summary>
    public decimal? Maximum { get; private init; }

    /// <summary>Gets whether JSON <c>null</c> is also taken (and read as the value left out).</summary>
    public bool IsNullable { get; private init; }

    /// <summary>Gets the name under which the schema is written once, in <c>$defs</c>, and referred to wherever it is used; or, for a <see cref="DocumentSchemaShape.Reference"/>, the name it refers to; null for a schema written where it is used.</summary>
    public string? DefinitionName { get; private init; }

    /// <summary>Gets the description a defined schema has under <c>$defs</c>, whatever it is described as where it is used; null for other schemas.</summary>
    public string? DefinitionDescription { get; private init; }

    /// <summary>Gets what every copy of one defined schema shares, so that its uses are known to be one definition without comparing them.</summary>
    internal object? DefinitionToken { get; private init; }

    /// <summary>Gets the value a constant must be, or null.</summary>
    internal object? Constant { get; private init; }

    /// <summary>Gets, for an object whose member's schema depends on another member's name, that selecting member, the dependent member and a schema per name.</summary>
    internal (string Selector, string Dependent, ImmutableArray<KeyValuePair<string, DocumentSchema>> Cases)? Selection { get; private init; }

    /// <summary>Gets the schema of a count formula, as <c>CountFormula</c> is read: exactly one of <c>fixed</c>, <c>perUnits</c>, <c>stepped</c>, <c>larger</c>, <c>smaller</c>, <c>bounded</c>, <c>banded</c>.</summary>
    /// <param name="description">What the formula counts here.</param>
    /// <returns>The schema, referring to the shared definition <c>countFormula</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public static DocumentSchema CountFormula(string description) => CountFormulaDefinition.Describe(description);

    /// <summary>Gets the schema of a share, as <see cref="DocumentNode.Share"/> reads it: <c>{"numerator":1,"denominator":2,"isStrict":false}</c>.</summary>
    /// <param name="description">What the share is of.</param>
    /// <returns>The schema, referring to the shared definition <c>share</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public static DocumentSchema Share(string description) => ShareDefinition.Describe(description);

    /// <summary>Gets the schema of a cost share, as <see cref="DocumentNode.CostShare"/> reads it.</summary>
    /// <param name="description">Which cost is shared.</param>
    /// <returns>The schema, referring to the shared definition <c>costShare</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public static DocumentSchema CostShare(string description) => CostShareDefinition.Describe(description);

    /// <summary>Gets the schema of an ISO date, as <see cref="DocumentNode.Date"/> reads it.</summary>
    /// <param name="description">What the date is.</param>
    /// <returns>The schema, referring to the shared definition <c>date</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public static DocumentSchema Date(string description) => DateDefinition.Describe(description);

    /// <summary>Gets the schema of a band table, as <see cref="DocumentBands.Read"/> reads it: a <c>reading</c> and its <c>bands</c>, each with optional <c>lower</c> and <c>upper</c> bounds, a <c>value</c> and optionally the <c>sourceText</c> it quotes.</summary>
    /// <param name="description">What the table gives, and for which quantity.</param>
    /// <param name="value">The schema of a band's value.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static DocumentSchema BandTable(string description, DocumentSchema value)
    {
        Guard.Against.NullArgument(value);
        return Object(
            description,
            DocumentMember.Optional("reading", Name<Policies.BoundaryReading>("How bands that share a boundary read: Strict refuses the overlap, FirstListedWins gives the shared boundary to the band listed first; Strict if left out.")),
            DocumentMember.Required("bands", Array(
                "The bands, in order of their bounds.",
                Object(
                    "One band.",
                    DocumentMember.Optional("lower", BoundDefinition.Describe("The band's lower bound; open below if left out.")),
                    DocumentMember.Optional("upper", BoundDefinition.Describe("The band's upper bound; open above if left out.")),
                    DocumentMember.Required("value", value),
                    DocumentMember.Optional("sourceText", Text("The words of the source the band quotes."))))));
    }

    /// <summary>Makes the schema of an object: the members named and no other.</summary>
    /// <param name="description">What the object is.</param>
    /// <param name="members">Its members, each once.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank, or a member is named twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named for the JSON Schema type it describes.")]
    public static DocumentSchema Object(string description, params IEnumerable<DocumentMember> members)
    {
        var all = Guard.Against.NullArgument(members).ToImmutableArray();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Equals(default))
            {
                throw GuardExtensions.DefaultArgument<DocumentMember>($"members[{i}]", "DocumentMember.Required or DocumentMember.Optional");
            }

            for (var j = 0; j < i; j++)
            {
                if (all[j].Name == all[i].Name)
                {
                    throw new ArgumentException($"members[{i}] is \"{all[i].Name}\", named before at members[{j}]; expected each member once.", nameof(members));
                }
            }
        }

        return new DocumentSchema(DocumentSchemaShape.Object, Described(description)) { Members = all };
    }

    /// <summary>Makes the schema of an object named in both languages, as the library's documents name things: the required members <c>chinese</c> and <c>english</c>, then the members given and no other.</summary>
    /// <param name="description">What the object is.</param>
    /// <param name="what">What its two names name, such as <c>The step</c>; the members are described as <c>The step, in Chinese.</c> and <c>The step, in English.</c></param>
    /// <param name="members">Its other members, each once.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> or <paramref name="what"/> is null or blank, or a member is named twice (<c>chinese</c> and <c>english</c> included).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public static DocumentSchema NamedObject(string description, string what, params IEnumerable<DocumentMember> members)
    {
        Guard.Against.NullOrWhiteSpace(what, nameof(what), $"what is \"{what}\"; expected what the names name, such as \"The step\".");
        var given = Guard.Against.NullArgument(members).ToImmutableArray();
        for (var i = 0; i < given.Length; i++)
        {
            if (given[i].Equals(default))
            {
                throw GuardExtensions.DefaultArgument<DocumentMember>($"members[{i}]", "DocumentMember.Required or DocumentMember.Optional");
            }
        }

        return Object(
            description,
            [
                DocumentMember.Required("chinese", Text($"{what}, in Chinese.")),
                DocumentMember.Required("english", Text($"{what}, in English.")),
                .. given,
            ]);
    }

    /// <summary>Makes the schema of an array.</summary>
    /// <param name="description">What the array lists.</param>
    /// <param name="items">The schema of each item.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static DocumentSchema Array(string description, DocumentSchema items) =>
        new(DocumentSchemaShape.Array, Described(description)) { Items = Guard.Against.NullArgument(items) };

    /// <summary>Makes the schema of a text.</summary>
    /// <param name="description">What the text says.</param>
    /// <param name="pattern">A regular expression (ECMA 262, as JSON Schema reads it) the text must match, or null.</param>
    /// <param name="minimumLength">The fewest characters it has.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank, or <paramref name="pattern"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumLength"/> is negative.</exception>
    public static DocumentSchema Text(string description, string? pattern = null, int minimumLength = 0)
    {
        if (pattern is not null)
        {
            Guard.Against.NullOrWhiteSpace(pattern);
        }

        Guard.Against.Negative(minimumLength);
        return new DocumentSchema(DocumentSchemaShape.Text, Described(description)) { Pattern = pattern, MinimumLength = minimumLength };
    }

    /// <summary>Makes the schema of a whole number.</summary>
    /// <param name="description">What the number counts.</param>
    /// <param name="minimum">Its least value, or null.</param>
    /// <param name="maximum">Its greatest value, or null.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank, or <paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named for the JSON Schema type it describes.")]
    public static DocumentSchema Integer(string description, long? minimum = null, long? maximum = null) =>
        Bounded(DocumentSchemaShape.Integer, description, minimum, maximum);

    /// <summary>Makes the schema of a number that may have decimals, such as yuan or square metres.</summary>
    /// <param name="description">What the number measures, in which unit.</param>
    /// <param name="minimum">Its least value, or null.</param>
    /// <param name="maximum">Its greatest value, or null.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank, or <paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public static DocumentSchema Number(string description, decimal? minimum = null, decimal? maximum = null) =>
        Bounded(DocumentSchemaShape.Number, description, minimum, maximum);

    /// <summary>Makes the schema of true or false.</summary>
    /// <param name="description">What the value says when true.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public static DocumentSchema Boolean(string description) => new(DocumentSchemaShape.Boolean, Described(description));

    /// <summary>Makes the schema of a name of an enumeration, as <see cref="DocumentNode.Name{TEnum}"/> reads it: every name <typeparamref name="TEnum"/> defines.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="description">What the name chooses.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public static DocumentSchema Name<TEnum>(string description)
        where TEnum : struct, Enum =>
        Name(description, Enum.GetNames<TEnum>());

    /// <summary>Makes the schema of a name from a list, such as some of an enumeration's names or the kinds a member may name.</summary>
    /// <param name="description">What the name chooses.</param>
    /// <param name="names">Every name taken, each once.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank, or <paramref name="names"/> is empty, has a blank name or a name twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null or holds null.</exception>
    public static DocumentSchema Name(string description, params IEnumerable<string> names) =>
        NameList(description, Guard.Against.NoNullElements(names), nameof(names));

    /// <summary>Makes the schema of a value in the JSON form its type's metadata reads (<see cref="DocumentNode.Value{T}"/>), such as a community as results write it: an object, not described member by member.</summary>
    /// <param name="description">What the value is, and its type.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public static DocumentSchema Value(string description) => new(DocumentSchemaShape.Value, Described(description));

    /// <summary>Makes the schema of the name of one of the kinds given, as <see cref="DocumentNode.Kind{TPolicy}"/> reads it.</summary>
    /// <param name="description">What the kind chooses.</param>
    /// <param name="kinds">The kinds the value may name, each once.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank, or <paramref name="kinds"/> is empty or names a kind twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null or holds null.</exception>
    public static DocumentSchema Kind(string description, params IEnumerable<Policies.PolicyKind> kinds) =>
        NameList(description, [.. Guard.Against.NoNullElements(kinds).Select(kind => kind.Name)], nameof(kinds));

    /// <summary>Makes the schema of a value that takes exactly one of several forms.</summary>
    /// <param name="description">What the value is.</param>
    /// <param name="alternatives">The forms, at least two.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank, or fewer than two forms are given.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="alternatives"/> is null or holds null.</exception>
    public static DocumentSchema OneOf(string description, params IEnumerable<DocumentSchema> alternatives)
    {
        var all = Guard.Against.NoNullElements(alternatives);
        return all.Length < 2
            ? throw new ArgumentException($"alternatives has {all.Length} forms; expected at least two.", nameof(alternatives))
            : new DocumentSchema(DocumentSchemaShape.OneOf, Described(description)) { Alternatives = all };
    }

    /// <summary>Makes a reference to a schema defined (<see cref="Define"/>) elsewhere in the same document, for a shape that holds itself.</summary>
    /// <param name="name">The definition's name.</param>
    /// <param name="description">What the value is here.</param>
    /// <returns>The schema; writing a document in which no schema is defined under <paramref name="name"/> fails.</returns>
    /// <exception cref="ArgumentException">An argument is null or blank, or <paramref name="name"/> is not a definition name.</exception>
    public static DocumentSchema Reference(string name, string description) =>
        new(DocumentSchemaShape.Reference, Described(description)) { DefinitionName = DefinitionNameOf(name) };

    /// <summary>Gives the schema a name under which it is written once, in <c>$defs</c>, and referred to wherever it is used.</summary>
    /// <param name="name">The name: letters, digits, dots and hyphens, starting with a letter, unique among the definitions of a document; not <c>version</c>, <c>case</c> or <c>policy.</c>…, which the document formats give their own.</param>
    /// <returns>The defined schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, blank, not such a name, or one the formats keep.</exception>
    /// <exception cref="InvalidOperationException">The schema is a reference or is already defined.</exception>
    public DocumentSchema Define(string name)
    {
        var checkedName = DefinitionNameOf(name);
        return IsKept(checkedName)
            ? throw new ArgumentException($"name is \"{name}\", which the document formats keep for their own definitions (version, case, policy.<kind>); expected a name of its own, such as one starting with the module's name.", nameof(name))
            : DefineAs(checkedName);
    }

    /// <summary>Defines the schema under a name the document formats keep for themselves.</summary>
    internal DocumentSchema DefineFormat(string name) => DefineAs(DefinitionNameOf(name));

    private static bool IsKept(string name) => name is "version" or "case" || name.StartsWith("policy.", StringComparison.Ordinal);

    private DocumentSchema DefineAs(string checkedName) =>
        DefinitionName is not null
            ? throw new InvalidOperationException($"The schema \"{Description}\" is already {(Shape == DocumentSchemaShape.Reference ? "a reference to" : "defined as")} \"{DefinitionName}\"; define a schema once.")
            : With(definitionName: checkedName, definitionDescription: Description, definitionToken: new object());

    /// <summary>Gets the same shape described for where it is used.</summary>
    /// <param name="description">What the value means here.</param>
    /// <returns>The schema with the description; a defined schema keeps its definition's own description under <c>$defs</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null or blank.</exception>
    public DocumentSchema Describe(string description) => With(description: Described(description));

    /// <summary>Gets the same shape, also taking JSON <c>null</c> (read as the value left out).</summary>
    /// <returns>The schema.</returns>
    public DocumentSchema OrNull() => With(nullable: true);

    /// <summary>Gets the same object, giving at least <paramref name="minimum"/> and at most <paramref name="maximum"/> of its members (both one for an object of exactly one form).</summary>
    /// <param name="minimum">The fewest members given.</param>
    /// <param name="maximum">The most members given, or null.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is negative or <paramref name="maximum"/> below it.</exception>
    /// <exception cref="InvalidOperationException">The schema is not an object.</exception>
    public DocumentSchema WithMemberCount(int minimum, int? maximum)
    {
        if (minimum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, $"minimum is {minimum}; expected zero or more.");
        }

        if (maximum is { } most && most < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"maximum is {most}; expected at least minimum ({minimum}).");
        }

        return Shape == DocumentSchemaShape.Object
            ? With(minimumMembers: minimum, maximumMembers: maximum)
            : throw new InvalidOperationException($"The schema \"{Description}\" is a {Shape}; only an object counts its members.");
    }

    /// <inheritdoc />
    public override string ToString() => DefinitionName is { } name ? $"{Shape} {name}: {Description}" : $"{Shape}: {Description}";

    /// <summary>Gets the schema a defined schema stands for under <c>$defs</c>: with its definition's description, and without what its uses add (taking null).</summary>
    internal DocumentSchema AsDefinition() => With(description: DefinitionDescription, nullable: false);

    /// <summary>Makes the schema of a constant.</summary>
    internal static DocumentSchema Const(string description, object value) => new(DocumentSchemaShape.Name, Described(description)) { Constant = value, Names = [value.ToString()!] };

    /// <summary>Gets the same object, the schema of whose <paramref name="dependent"/> member depends on its <paramref name="selector"/> member's name.</summary>
    internal DocumentSchema Selecting(string selector, string dependent, IEnumerable<KeyValuePair<string, DocumentSchema>> cases) =>
        With(selection: (selector, dependent, [.. cases]));

    private DocumentSchema With(
        string? description = null,
        bool? nullable = null,
        int? minimumMembers = null,
        int? maximumMembers = null,
        string? definitionName = null,
        string? definitionDescription = null,
        object? definitionToken = null,
        (string Selector, string Dependent, ImmutableArray<KeyValuePair<string, DocumentSchema>> Cases)? selection = null) =>
        new(Shape, description ?? Description)
        {
            Members = Members,
            MinimumMembers = minimumMembers ?? MinimumMembers,
            MaximumMembers = maximumMembers ?? MaximumMembers,
            Items = Items,
            Names = Names,
            Alternatives = Alternatives,
            Pattern = Pattern,
            MinimumLength = MinimumLength,
            Minimum = Minimum,
            Maximum = Maximum,
            IsNullable = nullable ?? IsNullable,
            DefinitionName = definitionName ?? DefinitionName,
            DefinitionDescription = definitionDescription ?? DefinitionDescription,
            DefinitionToken = definitionToken ?? DefinitionToken,
            Constant = Constant,
            Selection = selection ?? Selection,
        };

    private static DocumentSchema Bounded(DocumentSchemaShape shape, string description, decimal? minimum, decimal? maximum)
    {
        var described = Described(description);
        return minimum is { } least && maximum is { } most && most < least
            ? throw new ArgumentException($"maximum is {most}; expected at least minimum ({least}).", nameof(maximum))
            : new DocumentSchema(shape, described) { Minimum = minimum, Maximum = maximum };
    }

    private static DocumentSchema NameList(string description, ImmutableArray<string> all, string argument)
    {
        var described = Described(description);
        if (all.IsEmpty)
        {
            throw new ArgumentException($"{argument} is empty; expected every name the value may be.", argument);
        }

        for (var i = 0; i < all.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(all[i]) || all.IndexOf(all[i]) != i)
            {
                throw new ArgumentException($"{argument}[{i}] is \"{all[i]}\"; expected a name that is not blank and not named before.", argument);
            }
        }

        return new DocumentSchema(DocumentSchemaShape.Name, described) { Names = all };
    }

    private static string Described(string description) =>
        Guard.Against.NullOrWhiteSpace(description, nameof(description), $"description is \"{description}\"; expected what the value means, in words.");

    private static string DefinitionNameOf(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        return char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            ? name
            : throw new ArgumentException($"name is \"{name}\"; expected letters, digits, dots and hyphens, starting with a letter.", nameof(name));
    }

    private static DocumentSchema CreateCountFormula()
    {
        const string Name = "countFormula";
        var rounding = Name<Primitives.RoundingMode>("How a fraction of a step rounds: Up, Down or HalfAwayFromZero; Up if left out.");
        return Object(
            "A count formula, in exactly one form: a fixed count, one per so many units, a stepped count, the larger or smaller of formulas, a formula bounded below and above, or a band table of formulas.",
            DocumentMember.Optional("fixed", Integer("A fixed count.", minimum: 0)),
            DocumentMember.Optional("perUnits", Object(
                "One (or so many) per so many units, computed exactly and rounded once: 12 per 10000 residents.",
                DocumentMember.Optional("count", Integer("The count per so many units; 1 if left out.", minimum: 1)),
                DocumentMember.Required("units", Integer("The units counted for the count.", minimum: 1)),
                DocumentMember.Optional("rounding", rounding))),
            DocumentMember.Optional("stepped", Object(
                "A base count for the first units, and one more per step of units above them.",
                DocumentMember.Required("base", Integer("The count for the first units.", minimum: 0)),
                DocumentMember.Required("firstUnits", Integer("The units the base count covers.", minimum: 0)),
                DocumentMember.Required("stepUnits", Integer("The units of each further step.", minimum: 1)),
                DocumentMember.Optional("rounding", rounding))),
            DocumentMember.Optional("larger", Array("Formulas, of which the larger count applies.", Reference(Name, "One of the formulas."))),
            DocumentMember.Optional("smaller", Array("Formulas, of which the smaller count applies.", Reference(Name, "One of the formulas."))),
            DocumentMember.Optional("bounded", Object(
                "A formula held between a minimum and a maximum.",
                DocumentMember.Required("formula", Reference(Name, "The formula bounded.")),
                DocumentMember.Optional("minimum", Integer("The least count; none if left out.", minimum: 0)),
                DocumentMember.Optional("maximum", Integer("The greatest count; none if left out.", minimum: 0)))),
            DocumentMember.Optional("banded", BandTable("A band table of the units counted, whose values are formulas.", Reference(Name, "The band's formula."))))
            .WithMemberCount(1, 1)
            .Define(Name);
    }
}
