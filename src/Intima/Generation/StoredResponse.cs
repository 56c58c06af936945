using Intima.Models;

namespace Intima.Generation;

/// <summary>A model's answer to one case, as kept on disk.</summary>
/// <param name="Key">The store key: a hash of everything that determines the answer (see <see cref="ResponseKey"/>).</param>
/// <param name="CaseId">The case's id.</param>
/// <param name="Model">The model that answered.</param>
/// <param name="ModelDigest">The model's digest, where the server reports one.</param>
/// <param name="Options">The pinned generation options.</param>
/// <param name="Prompt">The user message sent.</param>
/// <param name="Text">The answer.</param>
/// <param name="FinishReason">Why generation stopped (e.g. <c>stop</c>, <c>length</c>), where known.</param>
/// <param name="InputTokens">Prompt tokens, where the server reports them.</param>
/// <param name="OutputTokens">Generated tokens, where the server reports them.</param>
/// <param name="GenerationMilliseconds">Wall time of the request that produced the answer.</param>
public sealed record StoredResponse(
    string Key,
    string CaseId,
    string Model,
    string? ModelDigest,
    GenerationSettings Options,
    string Prompt,
    string Text,
    string? FinishReason,
    long? InputTokens,
    long? OutputTokens,
    double GenerationMilliseconds);
