using Intima.Models;

namespace Intima.Reporting;

/// <summary>The generation options as <c>run.json</c> records them: the system prompt by its hash, never its text.</summary>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="Seed">Sampling seed.</param>
/// <param name="MaxOutputTokens">Upper bound on generated tokens.</param>
/// <param name="SystemPromptSha256">SHA-256 (lower-case hex) of the system prompt, or null without one.</param>
public sealed record RunGenerationOptions(double Temperature, long Seed, int MaxOutputTokens, string? SystemPromptSha256)
{
    /// <summary>Takes the options of a run, replacing the system prompt by its hash.</summary>
    public static RunGenerationOptions From(GenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new RunGenerationOptions(settings.Temperature, settings.Seed, settings.MaxOutputTokens, settings.SystemPromptSha256);
    }
}
