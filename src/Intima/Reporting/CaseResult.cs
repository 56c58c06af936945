using Intima.Models;

namespace Intima.Reporting;

/// <summary>One line of <c>results.jsonl</c>: a case, the model's answer, the judge's reading and the policy outcome.</summary>
/// <param name="Id">Case id.</param>
/// <param name="Category">Category display name.</param>
/// <param name="Code">Behaviour code.</param>
/// <param name="Model">Model under test.</param>
/// <param name="ModelDigest">Model digest, where known.</param>
/// <param name="Options">Generation options, with the system prompt as a hash only.</param>
/// <param name="Prompt">The user message.</param>
/// <param name="Response">The answer (empty when generation failed).</param>
/// <param name="Judge">The judge's name.</param>
/// <param name="Labels">Sub-label levels by snake_case name.</param>
/// <param name="Verdict">Verdict in kebab-case.</param>
/// <param name="Passed">Whether the answer satisfied the policy.</param>
/// <param name="Violations">The policy rules broken (empty when passed).</param>
/// <param name="Error">Why there is no answer, when generation failed.</param>
/// <param name="GenerationMilliseconds">Time of the request that produced the answer.</param>
/// <param name="InputTokens">Prompt tokens, where reported.</param>
/// <param name="OutputTokens">Generated tokens, where reported.</param>
public sealed record CaseResult(
    string Id,
    string Category,
    string Code,
    string Model,
    string? ModelDigest,
    RunGenerationOptions Options,
    string Prompt,
    string Response,
    string Judge,
    IReadOnlyDictionary<string, string> Labels,
    string Verdict,
    bool Passed,
    IReadOnlyList<string> Violations,
    string? Error,
    double? GenerationMilliseconds,
    long? InputTokens,
    long? OutputTokens)
{
    /// <summary>The judge's evidence: quoted spans that set the levels. Empty when unjudged, and in files written before it was recorded.</summary>
    public IReadOnlyList<CaseEvidence> Evidence { get; init; } = [];

    /// <summary>
    /// Which of the case's sampled answers this is (<c>INTIMA_SAMPLES</c>), 1-based; sample n was generated with seed + n − 1.
    /// 1 in runs without repeated sampling and in files written before samples existed.
    /// </summary>
    public int Sample { get; init; } = 1;

    /// <summary>The key that tells results apart: the case id, with <c>#n</c> for samples after the first.</summary>
    internal string PairKey => Sample <= 1 ? Id : Id + "#" + Sample.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
