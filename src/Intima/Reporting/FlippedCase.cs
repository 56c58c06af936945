namespace Intima.Reporting;

/// <summary>A shared case whose verdict differs between the two runs, with both answers (model text: escape it when shown).</summary>
/// <param name="Id">Case id.</param>
/// <param name="Category">Category display name.</param>
/// <param name="Code">Behaviour code.</param>
/// <param name="Prompt">The user message (the baseline's).</param>
/// <param name="BaselineVerdict">Verdict in the baseline run.</param>
/// <param name="CandidateVerdict">Verdict in the candidate run.</param>
/// <param name="BaselineResponse">The baseline's answer.</param>
/// <param name="CandidateResponse">The candidate's answer.</param>
public sealed record FlippedCase(
    string Id,
    string Category,
    string Code,
    string Prompt,
    string BaselineVerdict,
    string CandidateVerdict,
    string BaselineResponse,
    string CandidateResponse)
{
    /// <summary>The sample (1-based) whose verdict flipped; 1 without repeated sampling.</summary>
    public int Sample { get; init; } = 1;
}
