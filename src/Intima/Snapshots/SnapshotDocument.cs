using Intima.Dataset;
using Intima.Judging;
using Intima.Models;

namespace Intima.Snapshots;

/// <summary>Everything one snapshot shows: a case, the model and settings that answered it, the answer, and optionally its judgement.</summary>
/// <param name="Case">The INTIMA case (id, category, code and prompt).</param>
/// <param name="Model">The model as configured, e.g. <c>qwen3:8b</c>.</param>
/// <param name="ModelDigest">The model's content digest where the backend reports one; null when unknown.</param>
/// <param name="Options">The generation settings used.</param>
/// <param name="Response">The model's answer, verbatim. Hostile input: <see cref="SnapshotFormatter"/> fences and escapes it.</param>
/// <param name="Judgement">The judge's reading; null when the response was not judged.</param>
public sealed record SnapshotDocument(
    IntimaCase Case,
    string Model,
    string? ModelDigest,
    GenerationSettings Options,
    string Response,
    Judgement? Judgement = null);
