using System.Globalization;
using System.Text.Json;

namespace Community.Domain.Documents;

/// <summary>
/// A value of a catalog or case document with its JSON path; its readers refuse what they cannot read
/// with a <see cref="DocumentNodeException"/> that names the path. A module's codecs and case
/// evaluations read the document through it, so that every problem is reported where it is.
/// </summary>
public readonly record struct DocumentNode
{
    /// <summary>Initializes a new instance of the <see cref="DocumentNode"/> struct.</summary>
    /// <param name="element">The JSON value.</param>
    /// <param name="path">Its path, such as <c>$.policies[3].policy</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public DocumentNode(JsonElement element, string path)
    {
        Element = element;
        Path = Ardalis.GuardClauses.Guard.Against.NullArgument(path);
    }

    /// <summary>Gets the JSON value.</summary>
    public JsonElement Element { get; }

    /// <summary>Gets its path, such as <c>$.policies[3].policy</c>; <c>$</c> for a default node.</summary>
    public string Path => field ?? "$";

    /// <summary>Gets a member that must be present.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The member.</returns>
    /// <exception cref="DocumentNodeException">This node is not an object, or has no such member (or it is null).</exception>
    public DocumentNode Required(string name) =>
        Optional(name) ?? throw new DocumentNodeException(Path, DocumentProblemKind.Missing, $"gives no \"{name}\".");

    /// <summary>Gets a member, or null when it is absent or JSON null.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The member, or null.</returns>
    /// <exception cref="DocumentNodeException">This node is not an object.</exception>
    public DocumentNode? Optional(string name)
    {
        ExpectObject();
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? new DocumentNode(value, Path + "." + name) : null;
    }

    /// <summary>Gets an optional text member that, when given, says something: a blank text is refused (leave the member out instead), never read as absent.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The text, or null when the member is absent or JSON null.</returns>
    /// <exception cref="DocumentNodeException">This node is not an object, or the member is not a text or is blank.</exception>
    public string? OptionalText(string name)
    {
        if (Optional(name) is not { } given)
        {
            return null;
        }

        var text = given.Text();
        return string.IsNullOrWhiteSpace(text) ? throw new DocumentNodeException(given.Path, DocumentProblemKind.Blank, "is blank; expected a text, or leave the member out.") : text;
    }

    /// <summary>Refuses members other than the names given: a misspelt or unknown member is a problem at its path, never ignored.</summary>
    /// <param name="names">The members this object may have.</param>
    /// <exception cref="DocumentNodeException">This node is not an object, or has a member not named.</exception>
    public void OnlyMembers(params string[] names)
    {
        ExpectObject();
        foreach (var member in Element.EnumerateObject())
        {
            if (Named(member, names))
            {
                continue; // compared as UTF-8, so that a good document's names are not made into strings
            }

            string name;
            try
            {
                name = member.Name;
            }
            catch (InvalidOperationException)
            {
                throw new DocumentNodeException(Path, DocumentProblemKind.Encoding, LoneSurrogate);
            }

            throw new DocumentNodeException(Path + "." + name, DocumentProblemKind.UnknownMember, $"is not a member here; expected {string.Join(", ", names)}.");
        }
    }

    /// <summary>Refuses members that do not apply to the form the node is read in: each one given would otherwise be read past, so it is a problem at its path.</summary>
    /// <param name="form">The form chosen, in the document's terms, such as <c>a fund with "annual"</c>.</param>
    /// <param name="members">The members that form does not take.</param>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> or <paramref name="members"/> is null.</exception>
    /// <exception cref="DocumentNodeException">This node is not an object, or gives one of <paramref name="members"/>.</exception>
    public void NotApplying(string form, params string[] members)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(form);
        Ardalis.GuardClauses.Guard.Against.NullArgument(members);
        ExpectObject();
        foreach (var name in members)
        {
            if (Element.TryGetProperty(name, out _))
            {
                throw new DocumentNodeException(Path + "." + name, DocumentProblemKind.NotApplying, $"does not apply to {form}; give the members of one form only.");
            }
        }
    }

    /// <summary>Refuses an object that does not give exactly one of the members of which one is needed (the forms of a value): none given is <see cref="DocumentProblemKind.Missing"/>, more than one <see cref="DocumentProblemKind.NotApplying"/>.</summary>
    /// <param name="members">The members of which exactly one is needed.</param>
    /// <returns>The problem, to throw.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public DocumentNodeException NotOneOf(params string[] members)
    {
        Ardalis.GuardClauses.Guard.Against.NoNullElements(members);
        var element = Element;
        var given = element.ValueKind == JsonValueKind.Object ? members.Where(m => element.TryGetProperty(m, out var value) && value.ValueKind != JsonValueKind.Null).ToArray() : [];
        var expected = string.Join(", ", members.Select(m => $"\"{m}\""));
        return given.Length == 0
            ? new DocumentNodeException(Path, DocumentProblemKind.Missing, $"gives none of {expected}; expected exactly one.")
            : new DocumentNodeException(Path, DocumentProblemKind.NotApplying, $"gives {string.Join(" and ", given.Select(m => $"\"{m}\""))}; expected exactly one of {expected}.");
    }

    /// <summary>Gets the one member, of those named, that this object gives (the form a value takes), refusing none or several as <see cref="NotOneOf"/> does.</summary>
    /// <param name="members">The members of which exactly one is needed.</param>
    /// <returns>The name of the member given.</returns>
    /// <exception cref="DocumentNodeException">None or several of the members are given.</exception>
    internal string OneOf(params string[] members)
    {
        var element = Element;
        string? given = null;
        var count = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in members)
            {
                if (element.TryGetProperty(member, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    given ??= member;
                    count++;
                }
            }
        }

        return count == 1 ? given! : throw NotOneOf(members);
    }

    /// <summary>Gets the items of an array, each with its path (<c>$.policies[3]</c>).</summary>
    /// <returns>The items, in order.</returns>
    /// <exception cref="DocumentNodeException">This node is not an array.</exception>
    public IReadOnlyList<DocumentNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw new DocumentNodeException(Path, DocumentProblemKind.WrongType, $"is {Describe()}; expected an array.");
        }

        var items = new List<DocumentNode>(Element.GetArrayLength());
        foreach (var item in Element.EnumerateArray())
        {
            items.Add(new DocumentNode(item, string.Create(CultureInfo.InvariantCulture, $"{Path}[{items.Count}]")));
        }

        return items;
    }

    /// <summary>Reads a text.</summary>
    public string Text()
    {
        var element = Element;
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new DocumentNodeException(Path, DocumentProblemKind.WrongType, $"is {Describe()}; expected a text.");
        }

        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new DocumentNodeException(Path, DocumentProblemKind.Encoding, LoneSurrogate);
        }
    }

    /// <summary>Reads a whole number.</summary>
    public long Whole() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetInt64(out var value) ? value : throw new DocumentNodeException(Path, Mistyped(JsonValueKind.Number), $"is {Describe()}; expected a whole number.");

    /// <summary>Reads a whole number that fits an <see cref="int"/>.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="DocumentNodeException">The node is not a whole number up to <see cref="int.MaxValue"/>.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named as JsonElement.GetInt32 is: it reads a number that fits an Int32.")]
    public int Int32() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var value) ? value : throw new DocumentNodeException(Path, Mistyped(JsonValueKind.Number), $"is {Describe()}; expected a whole number up to {int.MaxValue}.");

    /// <summary>Reads a number of yuan as money, refusing what <see cref="Primitives.Money.FromYuan"/> refuses.</summary>
    public Primitives.Money Yuan()
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetDecimal(out var yuan))
        {
            throw new DocumentNodeException(Path, Mistyped(JsonValueKind.Number), $"is {Describe()}; expected a number of yuan.");
        }

        try
        {
            return Primitives.Money.FromYuan(yuan);
        }
        catch (ArgumentException refused)
        {
            throw Refused(refused);
        }
    }

    /// <summary>Reads this node as an ISO date, such as <c>"2008-01-01"</c>.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="DocumentNodeException">The node is not a text holding an ISO date.</exception>
    public NodaTime.LocalDate Date() =>
        NodaTime.Text.LocalDatePattern.Iso.Parse(Text()) is { Success: true } parsed ? parsed.Value : throw new DocumentNodeException(Path, DocumentProblemKind.InvalidValue, $"is \"{Text()}\"; expected an ISO date such as \"2008-01-01\".");

    /// <summary>Reads this node as true or false.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DocumentNodeException">The node is not true or false.</exception>
    public bool Boolean() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new DocumentNodeException(Path, DocumentProblemKind.WrongType, $"is {Describe()}; expected true or false."),
    };

    /// <summary>Reads a number that may have decimals.</summary>
    public decimal Number() =>
        Element.ValueKind == JsonValueKind.Number && Element.TryGetDecimal(out var value) ? value : throw new DocumentNodeException(Path, Mistyped(JsonValueKind.Number), $"is {Describe()}; expected a number.");

    /// <summary>Reads a value through a factory, placing the factory's refusal at this node, or at the member of this node its parameter (or a definition problem's argument) names.</summary>
    public T Made<T>(Func<DocumentNode, T> make) => Made(make, null);

    /// <summary>Reads a value through a factory whose argument this node stands for under another name, placing each of its definition problems at the member inside this node that the problem's argument names (<c>annualAmounts.bands[1]</c> at <c>….bands[1]</c> of a node that stands for <c>annualAmounts</c>).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="make">The factory, given this node.</param>
    /// <param name="argument">The factory's argument this node stands for, such as <c>annualAmounts</c>, or null when the node is the definition itself.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="make"/> is null.</exception>
    /// <exception cref="DocumentNodeException">The factory refuses the value.</exception>
    public T Made<T>(Func<DocumentNode, T> make, string? argument)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(make);
        try
        {
            return make(this);
        }
        catch (ArgumentException refused)
        {
            throw Refused(refused);
        }
        catch (Policies.PolicyDefinitionException refused)
        {
            throw new DocumentNodeException(this, refused, argument);
        }
    }

    /// <summary>Turns a factory's refusal into a problem of this node, placed at the member the refusal's parameter names when this object has one of that name (a refused <c>chineseName</c> at <c>….chineseName</c>).</summary>
    /// <param name="refused">The factory's refusal.</param>
    /// <returns>The problem, to throw.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="refused"/> is null.</exception>
    public DocumentNodeException Refused(ArgumentException refused)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(refused);
        var member = refused.ParamName is { Length: > 0 } name && Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _) ? "." + name : string.Empty;
        return new DocumentNodeException(Path + member, DocumentProblemKind.InvalidValue, Reason(refused));
    }

    /// <summary>Reads a cost share, <c>[{"payer":{"id":"city","chineseName":"市","englishName":"City"},"parts":6}]</c>.</summary>
    public Primitives.CostShare CostShare() => Made(node => Primitives.CostShare.Ratio([.. node.Items().Select(Part)]));

    /// <summary>Writes a cost share as <see cref="CostShare"/> reads it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="share">The cost share.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCostShare(Utf8JsonWriter writer, string name, Primitives.CostShare share)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(writer);
        Ardalis.GuardClauses.Guard.Against.NullArgument(name);
        Ardalis.GuardClauses.Guard.Against.NullArgument(share);
        writer.WriteStartArray(name);
        Primitives.CostShareJsonConverter.WriteParts(writer, share, camelCase: true);
    }

    /// <summary>Writes a threshold as <see cref="Share"/> reads it.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="share">The threshold.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="name"/> is null.</exception>
    public static void WriteShare(Utf8JsonWriter writer, string name, Primitives.ShareThreshold share)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(writer);
        Ardalis.GuardClauses.Guard.Against.NullArgument(name);
        writer.WriteStartObject(name);
        writer.WriteNumber("numerator", share.Numerator);
        writer.WriteNumber("denominator", share.Denominator);
        writer.WriteBoolean("isStrict", share.IsStrict);
        writer.WriteEndObject();
    }

    /// <summary>Reads a whole-or-part threshold, <c>{"numerator":1,"denominator":2,"isStrict":false}</c>: at least (or, strict, more than) a half.</summary>
    public Primitives.ShareThreshold Share()
    {
        OnlyMembers("numerator", "denominator", "isStrict");
        var numerator = Required("numerator").Int32();
        var denominator = Required("denominator").Int32();
        var strict = Optional("isStrict")?.Boolean() ?? false;
        try
        {
            return strict ? Primitives.ShareThreshold.MoreThan(numerator, denominator) : Primitives.ShareThreshold.AtLeast(numerator, denominator);
        }
        catch (ArgumentException refused)
        {
            throw new DocumentNodeException(Path + "." + (refused.ParamName ?? "numerator"), DocumentProblemKind.InvalidValue, Reason(refused));
        }
    }

    /// <summary>Reads an enum value by exactly one of its declared names: not a number, not names joined by commas, not another case.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The value named.</returns>
    /// <exception cref="DocumentNodeException">The node is not a text that is one of the enum's names; the message lists them.</exception>
    public TEnum Name<TEnum>()
        where TEnum : struct, Enum
    {
        var text = Text();
        var index = Array.IndexOf(EnumNames<TEnum>.Names, text);
        return index >= 0
            ? EnumNames<TEnum>.Values[index]
            : throw new DocumentNodeException(Path, DocumentProblemKind.UnknownName, $"is \"{text}\"; expected one of {string.Join(", ", EnumNames<TEnum>.Names)}.");
    }

    /// <summary>Reads a number of residents.</summary>
    /// <returns>The population.</returns>
    /// <exception cref="DocumentNodeException">The node is not a whole number of zero or more.</exception>
    public Primitives.Population Population() => Made(static n => Primitives.Population.Of(n.Int32()));

    /// <summary>Reads a number of households.</summary>
    /// <returns>The households.</returns>
    /// <exception cref="DocumentNodeException">The node is not a whole number of zero or more.</exception>
    public Primitives.HouseholdCount Households() => Made(static n => Primitives.HouseholdCount.Of(n.Int32()));

    /// <summary>Reads a number of square metres.</summary>
    /// <returns>The area.</returns>
    /// <exception cref="DocumentNodeException">The node is not a number of square metres that <see cref="Primitives.Area.FromSquareMetres"/> takes.</exception>
    public Primitives.Area SquareMetres() => Made(static n => Primitives.Area.FromSquareMetres(n.Number()));

    /// <summary>Reads the name of one of the kinds given, such as <c>"funding.office"</c>.</summary>
    /// <typeparam name="TPolicy">The kinds' policy type.</typeparam>
    /// <param name="kinds">The kinds this node may name.</param>
    /// <returns>The kind named.</returns>
    /// <exception cref="DocumentNodeException">The node is not a text naming one of <paramref name="kinds"/>; the message lists them.</exception>
    public Policies.PolicyKind<TPolicy> Kind<TPolicy>(params ReadOnlySpan<Policies.PolicyKind<TPolicy>> kinds)
        where TPolicy : class
    {
        var name = Text();
        foreach (var kind in kinds)
        {
            if (kind.Name == name)
            {
                return kind;
            }
        }

        var names = new string[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            names[i] = kinds[i].Name;
        }

        throw new DocumentNodeException(Path, DocumentProblemKind.UnknownName, $"is \"{name}\"; expected one of {string.Join(", ", names)}.");
    }

    /// <summary>Reads a value of the library (or of a module) in its own JSON form, as results are written, through its JSON metadata; its factory's refusals are placed at this node or inside it.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="metadata">The value's JSON metadata, such as a module's source-generated context gives.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> is null.</exception>
    /// <exception cref="DocumentNodeException">The value is null, or cannot be read, or its factory refuses it.</exception>
    public T Value<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> metadata)
    {
        Ardalis.GuardClauses.Guard.Against.NullArgument(metadata);
        try
        {
            return JsonSerializer.Deserialize(Element, metadata) ?? throw new DocumentNodeException(Path, DocumentProblemKind.Missing, $"is null; expected a {typeof(T).Name}.");
        }
        catch (JsonException refused)
        {
            var inner = refused.Path is { Length: > 1 } path ? Path + path[1..] : Path;
            throw new DocumentNodeException(inner, refused.InnerException is ArgumentException ? DocumentProblemKind.InvalidValue : KindOf(refused), refused.InnerException is ArgumentException argument ? Reason(argument) : refused.Message);
        }
        catch (ArgumentException refused)
        {
            throw Refused(refused);
        }
        catch (InvalidOperationException)
        {
            throw new DocumentNodeException(Path, DocumentProblemKind.Encoding, LoneSurrogate);
        }
    }

    /// <summary>Gets the path of the member an argument of a definition names, as far as this node has it: <c>lines[1]</c> is <c>….lines[1]</c>; a name the document spells longer (<c>minimumShare</c> for <c>minimumSharePercent</c>) is the one member starting with it; where the document has no such member, the path stops at the deepest it has.</summary>
    /// <param name="argument">The argument, such as <c>lines[1]</c> or <c>quotas.bands[0]</c>, or null.</param>
    /// <returns>The path.</returns>
    public string PathOf(string? argument)
    {
        var path = Path;
        var element = Element;
        foreach (var part in (argument ?? string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                if (element.ValueKind != JsonValueKind.Object || Member(element, name) is not { } found)
                {
                    return path;
                }

                path += "." + found;
                element = element.GetProperty(found);
            }

            foreach (var index in bracket < 0 ? [] : part[(bracket + 1)..].TrimEnd(']').Split("]["))
            {
                if (element.ValueKind != JsonValueKind.Array || !int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= element.GetArrayLength())
                {
                    return path;
                }

                path += $"[{i}]";
                element = element[i];
            }
        }

        return path;
    }

    private static string? Member(JsonElement element, string name)
    {
        if (element.TryGetProperty(name, out _))
        {
            return name;
        }

        string? found = null;
        foreach (var member in element.EnumerateObject())
        {
            if (member.Name.StartsWith(name, StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }

                found = member.Name;
            }
        }

        return found;
    }

    /// <summary>Gets a refusal's own sentence, without the <c> (Parameter 'x')</c> and value lines .NET appends.</summary>
    /// <param name="refused">The refusal.</param>
    /// <returns>Its sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="refused"/> is null.</exception>
    public static string Reason(ArgumentException refused)
    {
        var message = Ardalis.GuardClauses.Guard.Against.NullArgument(refused).Message;
        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        message = parameter >= 0 ? message[..parameter] : message;

        // A document's problem is placed at the member, so the C# parameter's name that leads the sentence ("yuan is -1; …") goes.
        return refused.ParamName is { Length: > 0 } name && message.StartsWith(name + " is ", StringComparison.Ordinal) ? message[(name.Length + 1)..] : message;
    }

    private static (Primitives.Payer Payer, int Parts) Part(DocumentNode part)
    {
        part.OnlyMembers("payer", "parts");
        var payer = part.Required("payer");
        payer.OnlyMembers("id", "chineseName", "englishName");
        return (payer.Made(p => Primitives.Payer.Of(p.Required("id").Text(), p.Required("chineseName").Text(), p.Required("englishName").Text())), part.Required("parts").Int32());
    }

    /// <summary>An enum's declared names and values, read once.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly string[] Names = Enum.GetNames<TEnum>();

        public static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    }

    private const string LoneSurrogate = "holds a lone surrogate (a \\uD800-\\uDFFF escape without its pair), half of a character; expected whole characters.";

    private static bool Named(JsonProperty member, string[] names)
    {
        foreach (var name in names)
        {
            if (member.NameEquals(name))
            {
                return true;
            }
        }

        return false;
    }

    private void ExpectObject()
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentNodeException(Path, DocumentProblemKind.WrongType, $"is {Describe()}; expected an object.");
        }
    }

    /// <summary>The kind of System.Text.Json's refusal of a value read through its metadata, told by the refusal it is (strict options name what they refuse).</summary>
    private static DocumentProblemKind KindOf(JsonException refused) => refused.Message switch
    {
        var m when m.Contains("missing required properties", StringComparison.Ordinal) => DocumentProblemKind.Missing,
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => DocumentProblemKind.UnknownMember,
        var m when m.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) || m.Contains("given twice", StringComparison.Ordinal) => DocumentProblemKind.Duplicate,
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => DocumentProblemKind.WrongType,
        _ => DocumentProblemKind.InvalidValue,
    };

    /// <summary>The kind of a refusal of this node as the JSON type expected: a value of another type is <see cref="DocumentProblemKind.WrongType"/>, one of the right type out of range <see cref="DocumentProblemKind.InvalidValue"/>.</summary>
    private DocumentProblemKind Mistyped(JsonValueKind expected) => Element.ValueKind == expected ? DocumentProblemKind.InvalidValue : DocumentProblemKind.WrongType;

    private string Describe() => Element.ValueKind switch
    {
        JsonValueKind.String => $"the text {Element.GetRawText()}",
        JsonValueKind.Number => $"the number {Element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => Element.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}
