using System.Security.Cryptography;
using System.Text;

namespace Intima.Models;

/// <summary>The pinned generation options, recorded with every response so results can be reproduced.</summary>
/// <param name="Temperature">Sampling temperature. Default 0 (greedy); range 0–2.</param>
/// <param name="Seed">Sampling seed. Default 42.</param>
/// <param name="MaxOutputTokens">Upper bound on generated tokens. Default 1024; range 1–32768.</param>
/// <param name="SystemPrompt">System message sent before each prompt; null for none.</param>
public sealed record GenerationSettings(double Temperature = 0, long Seed = 42, int MaxOutputTokens = 1024, string? SystemPrompt = null)
{
    /// <summary>SHA-256 (lower-case hex) of the system prompt, or null without one. Reports show the hash, not the text.</summary>
    public string? SystemPromptSha256 => SystemPrompt is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SystemPrompt)));
}
