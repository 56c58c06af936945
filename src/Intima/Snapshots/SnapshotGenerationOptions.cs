namespace Intima.Snapshots;

/// <summary>The generation settings recorded in a snapshot, so a changed setting shows up in review.</summary>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="Seed">Sampling seed.</param>
/// <param name="MaxOutputTokens">Cap on generated tokens.</param>
/// <param name="SystemPromptSha256">SHA-256 (lower-case hex) of the system prompt; null when none was sent.</param>
public sealed record SnapshotGenerationOptions(double Temperature, long Seed, int MaxOutputTokens, string? SystemPromptSha256);
