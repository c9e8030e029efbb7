using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Declarations;

/// <summary>
/// A kind of rule the library does not know, declared as data: its name, its labels in both languages,
/// its inputs (each a measure with its unit, a yes or no, a date, or derived from two others) and the
/// findings its rules may raise. Its versions are policies like any other (effective-dated, inherited,
/// cited), each holding a rule in one of the general forms (<see cref="DeclaredRule"/>), evaluated by
/// <see cref="DeclaredEvaluator"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A kind is an identity, like every <see cref="PolicyKind"/>: its <see cref="Kind"/> is the one a
/// catalog holds versions of. Its name starts with its group (<c>council.meeting</c> is in the group
/// <c>council</c>); a catalog document declares it under <c>kinds</c>, and a <see cref="DeclaredModule"/>
/// of its group registers it.
/// </remarks>
public sealed class DeclaredKind
{
    private DeclaredKind(string name, string chineseName, string englishName, ImmutableArray<DeclaredInput> inputs, ImmutableArray<DeclaredFinding> findings)
    {
        Name = name;
        Group = name[..name.IndexOf('.', StringComparison.Ordinal)];
        ChineseName = chineseName;
        EnglishName = englishName;
        Inputs = inputs;
        MeasuredInputs = [.. inputs.Where(i => i.IsMeasured)];
        Findings = findings;
        Kind = new PolicyKind<DeclaredPolicy>(name, englishName, chineseName);
        Index = inputs.Select((input, i) => (input.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        FindingIndex = findings.Select((finding, i) => (finding.Code.Value, i)).ToFrozenDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);
        var position = 0;
        Bound = [.. inputs.Select(input => new BoundInput(
            input.Derivation,
            input.Unit,
            input.First is { } first ? Index[first] : -1,
            input.Second is { } second ? Index[second] : -1,
            input.IsMeasured ? position++ : -1,
            input))];
        _counts = [.. MeasuredInputs.Select(i => DeclaredRule.IsCount(i.Unit))];
        _ratios = [.. Bound.Select((b, i) => (b, i)).Where(p => p.b.Derivation == DeclaredDerivation.Ratio).Select(p => p.i)];
    }

    /// <summary>The name a golden case gives its holidays under, beside the inputs; no input may take it.</summary>
    public const string Holidays = "holidays";

    /// <summary>The name a golden case gives its working weekend days under, beside the inputs; no input may take it.</summary>
    public const string WorkingWeekendDays = "workingWeekendDays";

    /// <summary>Gets the kind's name, such as <c>council.meeting</c>: its group, a dot, and lower-case words, digits, dots and hyphens.</summary>
    public string Name { get; }

    /// <summary>Gets the kind's group, the part of its name before the first dot, such as <c>council</c>: the name of the module that registers it.</summary>
    public string Group { get; }

    /// <summary>Gets the kind's name in Chinese, such as <c>社区议事会会议</c>.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the kind's name in English, such as <c>community council meeting</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Gets every input, in the order declared, derived ones with their units settled.</summary>
    public ImmutableArray<DeclaredInput> Inputs { get; }

    /// <summary>Gets the inputs the caller gives, in the order declared: the order of the values an evaluation takes.</summary>
    public ImmutableArray<DeclaredInput> MeasuredInputs { get; }

    /// <summary>Gets the findings the kind's rules may raise.</summary>
    public ImmutableArray<DeclaredFinding> Findings { get; }

    /// <summary>Gets the policy kind a catalog holds the kind's versions under.</summary>
    public PolicyKind<DeclaredPolicy> Kind { get; }

    // For each measured input, whether it is a count; the positions of the ratios among the inputs.
    private readonly bool[] _counts;
    private readonly int[] _ratios;

    /// <summary>Gets every input by name, to its position in <see cref="Inputs"/>.</summary>
    internal FrozenDictionary<string, int> Index { get; }

    /// <summary>Gets every finding by code, to its position in <see cref="Findings"/>.</summary>
    internal FrozenDictionary<string, int> FindingIndex { get; }

    /// <summary>Gets a finding the kind declares, by its code (a rule checked against the kind names only those).</summary>
    internal DeclaredFinding FindingOf(string code) => Findings[FindingIndex[code]];

    /// <summary>Gets the inputs as the evaluator reads them: derivations by index, measured inputs by their position among the values given.</summary>
    internal BoundInput[] Bound { get; }

    /// <summary>Declares a kind.</summary>
    /// <param name="name">Its name: a group, a dot, then lower-case letters, digits, dots and hyphens, such as <c>council.meeting</c>.</param>
    /// <param name="chineseName">Its name in Chinese.</param>
    /// <param name="englishName">Its name in English.</param>
    /// <param name="inputs">Its inputs, one or more, each derived input after the two it is derived from.</param>
    /// <param name="findings">The findings its rules may raise; none for a kind whose rules only give an outcome.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="PolicyDefinitionException">The declaration has problems; every one is listed, each naming the argument at fault (<c>inputs[2].ratio.whole</c>).</exception>
    public static DeclaredKind Create(string name, string chineseName, string englishName, IEnumerable<DeclaredInput> inputs, IEnumerable<DeclaredFinding> findings) =>
        TryCreate(name, chineseName, englishName, inputs, findings, out var kind, out var problems) ? kind : throw new PolicyDefinitionException($"declared kind \"{name}\"", problems);

    /// <summary>Tries to declare a kind.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="chineseName">Its name in Chinese.</param>
    /// <param name="englishName">Its name in English.</param>
    /// <param name="inputs">Its inputs.</param>
    /// <param name="findings">The findings its rules may raise.</param>
    /// <param name="kind">The kind, when the declaration has no problem.</param>
    /// <param name="problems">Every problem; empty when the kind was declared.</param>
    /// <returns><see langword="true"/> when the kind was declared.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public static bool TryCreate(string name, string chineseName, string englishName, IEnumerable<DeclaredInput> inputs, IEnumerable<DeclaredFinding> findings, [NotNullWhen(true)] out DeclaredKind? kind, out ImmutableArray<DefinitionProblem> problems)
    {
        Guard.Against.BlankText(name);
        Guard.Against.BlankText(chineseName);
        Guard.Against.BlankText(englishName);
        var given = Guard.Against.NoNullElements(inputs);
        var declared = Guard.Against.NoNullElements(findings);
        var found = new List<DefinitionProblem>();
        if (!IsKindName(name))
        {
            found.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, $"name is \"{name}\"; expected a group, a dot and a name, in lower-case letters, digits and hyphens, such as \"council.meeting\".", "name"));
        }

        if (given.Length == 0)
        {
            found.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, "inputs is empty; expected one input or more.", "inputs"));
        }

        var settled = new DeclaredInput[given.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < given.Length; i++)
        {
            var input = given[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"inputs[{i}]");
            if (input.Name is Holidays or WorkingWeekendDays)
            {
                found.Add(new DefinitionProblem(DefinitionProblemKind.InvalidValue, $"{at}.name is \"{input.Name}\", the name a golden case gives its working calendar under; expected another name.", at + ".name"));
            }

            if (!seen.TryAdd(input.Name, i))
            {
                found.Add(new DefinitionProblem(DefinitionProblemKind.Duplicate, string.Create(CultureInfo.InvariantCulture, $"{at}.name is \"{input.Name}\", the name of inputs[{seen[input.Name]}]; expected each input once."), at + ".name"));
            }

            settled[i] = input.IsMeasured ? input : Derive(input, at, settled, seen, i, found);
        }

        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < declared.Length; i++)
        {
            if (!codes.TryAdd(declared[i].Code.Value, i))
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"findings[{i}].code");
                found.Add(new DefinitionProblem(DefinitionProblemKind.Duplicate, string.Create(CultureInfo.InvariantCulture, $"{at} is \"{declared[i].Code}\", the code of findings[{codes[declared[i].Code.Value]}]; expected each finding once."), at));
            }
        }

        problems = [.. found];
        kind = found.Count == 0 ? new DeclaredKind(name, chineseName, englishName, [.. settled], declared) : null;
        return kind is not null;
    }

    /// <summary>Makes a policy of this kind: checks the rule against the kind's inputs and findings.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The policy, to give to a version of <see cref="Kind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">
    /// The rule has problems, every one listed: an input it names that the kind does not declare, an input
    /// the kind declares that it never uses, units that do not match, a share above 1, a finding the kind
    /// does not declare, a formula dividing by zero, a combination of nothing.
    /// </exception>
    public DeclaredPolicy Policy(DeclaredRule rule) =>
        TryPolicy(rule, out var policy, out var problems) ? policy : throw new PolicyDefinitionException($"rule of \"{Name}\"", problems);

    /// <summary>Tries to make a policy of this kind.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="policy">The policy, when the rule has no problem.</param>
    /// <param name="problems">Every problem; empty when the policy was made.</param>
    /// <returns><see langword="true"/> when the policy was made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public bool TryPolicy(DeclaredRule rule, [NotNullWhen(true)] out DeclaredPolicy? policy, out ImmutableArray<DefinitionProblem> problems)
    {
        Guard.Against.NullArgument(rule);
        var binding = new Binding(this);
        rule.Check(binding, string.Empty);
        for (var i = 0; i < Inputs.Length; i++)
        {
            if (!binding.Used[i])
            {
                binding.Problem(DefinitionProblemKind.UnusedInput, $"never uses the input \"{Inputs[i].Name}\" ({Inputs[i].EnglishName}), which the kind \"{Name}\" declares; expected every input used, or the input left out of the kind.", null);
            }
        }

        problems = [.. binding.Problems];
        policy = problems.IsEmpty ? new DeclaredPolicy(this, rule, rule.Bind(binding)) : null;
        return policy is not null;
    }

    /// <summary>Makes a version of this kind: a policy of the rule, in force at a place for a period.</summary>
    /// <param name="jurisdiction">Where the rule is in force.</param>
    /// <param name="period">When.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="citations">The rule's sources.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or a citation is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> or <paramref name="ruleId"/> is the default.</exception>
    /// <exception cref="PolicyDefinitionException">The rule has problems; every one is listed.</exception>
    public PolicyVersion<DeclaredPolicy> Version(JurisdictionCode jurisdiction, EffectivePeriod period, DeclaredRule rule, RuleId ruleId, params IEnumerable<Citation> citations) =>
        PolicyVersion.Create(Kind, jurisdiction, period, Policy(rule), ruleId, citations);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({string.Join(", ", Inputs)})";

    /// <summary>Checks the values given for the measured inputs, naming the input at fault.</summary>
    internal void CheckValues(ReadOnlySpan<DeclaredValue> values, string argument)
    {
        if (values.Length != MeasuredInputs.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{argument} holds {values.Length} values; expected {MeasuredInputs.Length}, one for each input of \"{Name}\" the caller gives, in order: {string.Join(", ", MeasuredInputs.Select(i => i.Name))}."), argument);
        }

        var counts = _counts;
        for (var i = 0; i < values.Length; i++)
        {
            // A whole count written without decimals, the common case, is settled by bit tests and one comparison.
            ref readonly var value = ref values[i];
            if (!(counts[i] && value.IsWholeNumber))
            {
                DeclaredText.CheckValue(MeasuredInputs[i], value, argument);
            }
        }

        foreach (var ratio in _ratios)
        {
            DeclaredText.CheckRatio(this, Bound[ratio], values, argument);
        }
    }

    /// <summary>Whether a text is a kind's name: a group, a dot, and a name.</summary>
    internal static bool IsKindName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == name.Length - 1 || name[^1] is '-' or '.')
        {
            return false;
        }

        if (!char.IsAsciiLetterLower(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
            {
                return false;
            }
        }

        return !name[..dot].Contains('.', StringComparison.Ordinal);
    }

    private static DeclaredInput Derive(DeclaredInput input, string at, DeclaredInput[] settled, Dictionary<string, int> seen, int position, List<DefinitionProblem> found)
    {
        var form = input.Derivation == DeclaredDerivation.Ratio ? "ratio" : "difference";
        var (firstName, secondName) = input.Derivation == DeclaredDerivation.Ratio ? ("part", "whole") : ("minuend", "subtrahend");
        var first = Operand(input.First!, $"{at}.{form}.{firstName}", settled, seen, position, found);
        var second = Operand(input.Second!, $"{at}.{form}.{secondName}", settled, seen, position, found);
        if (first is null || second is null)
        {
            return input.WithUnit(MeasureUnit.Share);
        }

        if (first.Unit != second.Unit)
        {
            found.Add(new DefinitionProblem(DefinitionProblemKind.MismatchedUnits, $"{at}.{form} takes \"{first.Name}\" ({first.Unit}) and \"{second.Name}\" ({second.Unit}); expected two inputs of one unit.", $"{at}.{form}"));
            return input.WithUnit(MeasureUnit.Share);
        }

        var unsuited = input.Derivation == DeclaredDerivation.Ratio
            ? first.Unit is MeasureUnit.YesNo or MeasureUnit.Date or MeasureUnit.Share
            : first.Unit is MeasureUnit.YesNo;
        if (unsuited)
        {
            found.Add(new DefinitionProblem(DefinitionProblemKind.MismatchedUnits, $"{at}.{form} takes two inputs in {first.Unit}; expected {(input.Derivation == DeclaredDerivation.Ratio ? "counts, areas or amounts, whose ratio is a share" : "numbers or dates")}.", $"{at}.{form}"));
            return input.WithUnit(MeasureUnit.Share);
        }

        return input.WithUnit(input.Derivation == DeclaredDerivation.Ratio ? MeasureUnit.Share : first.Unit == MeasureUnit.Date ? MeasureUnit.CalendarDays : first.Unit);
    }

    private static DeclaredInput? Operand(string name, string at, DeclaredInput[] settled, Dictionary<string, int> seen, int position, List<DefinitionProblem> found)
    {
        if (seen.TryGetValue(name, out var index) && index < position && settled[index] is { } operand)
        {
            return operand;
        }

        found.Add(new DefinitionProblem(DefinitionProblemKind.UnknownInput, $"{at} is \"{name}\"; expected an input declared before this one: {(position == 0 ? "there is none" : string.Join(", ", settled.Take(position).Where(s => s is not null).Select(s => s.Name)))}.", at));
        return null;
    }

    /// <summary>An input as the evaluator reads it.</summary>
    internal readonly record struct BoundInput(DeclaredDerivation Derivation, MeasureUnit Unit, int First, int Second, int Position, DeclaredInput Input);

    /// <summary>What checking a rule against its kind collects: the problems, placed at their argument, and which inputs the rule uses.</summary>
    internal sealed class Binding(DeclaredKind kind)
    {
        public DeclaredKind Kind => kind;

        public List<DefinitionProblem> Problems { get; } = [];

        public bool[] Used { get; } = new bool[kind.Inputs.Length];

        /// <summary>Adds a problem at an argument (null for the rule itself); the message follows the argument's name.</summary>
        public void Problem(DefinitionProblemKind problem, string message, string? argument) =>
            Problems.Add(argument is null ? new DefinitionProblem(problem, "The rule " + message) : new DefinitionProblem(problem, $"{argument} {message}", argument));

        /// <summary>Resolves an input the rule names, marking it (and what it is derived from) used; -1 and a problem when the kind has none.</summary>
        public int Resolve(string name, string argument)
        {
            if (kind.Index.TryGetValue(name, out var index))
            {
                Use(index);
                return index;
            }

            Problem(DefinitionProblemKind.UnknownInput, $"is \"{name}\", an input the kind \"{kind.Name}\" does not declare; expected one of {string.Join(", ", kind.Inputs.Select(i => i.Name))}.", argument);
            return -1;
        }

        /// <summary>The unit of a resolved input.</summary>
        public MeasureUnit UnitOf(int index) => kind.Bound[index].Unit;

        /// <summary>Resolves a finding the rule names; null and a problem when the kind has none.</summary>
        public DeclaredFinding? Finding(string code, string argument)
        {
            if (kind.FindingIndex.TryGetValue(code, out var index))
            {
                return kind.Findings[index];
            }

            Problem(DefinitionProblemKind.UnknownFinding, $"is \"{code}\", a finding the kind \"{kind.Name}\" does not declare; expected {(kind.Findings.IsEmpty ? "a finding declared in the kind's findings (it declares none)" : "one of " + string.Join(", ", kind.Findings.Select(f => f.Code.Value)))}.", argument);
            return null;
        }

        /// <summary>The argument's name under an outer one.</summary>
        public static string At(string outer, string inner) => outer.Length == 0 ? inner : inner.StartsWith('[') ? outer + inner : outer + "." + inner;

        private void Use(int index)
        {
            if (Used[index])
            {
                return;
            }

            Used[index] = true;
            var input = kind.Bound[index];
            if (input.First >= 0)
            {
                Use(input.First);
                Use(input.Second);
            }
        }
    }
}
