using System.Text.Json;
using Community.Domain.Explanations;

namespace Community.Domain.Modules;

/// <summary>What one evaluation of a golden case gave: its result as the library writes it in JSON, and its explanation.</summary>
/// <param name="Result">The result in the library's JSON form.</param>
/// <param name="Explanation">The explanation of the result.</param>
internal readonly record struct CaseOutcome(JsonElement Result, Explanation Explanation);
