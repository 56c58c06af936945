namespace Intima.Models;

/// <summary>The model under test as the server reports it.</summary>
/// <param name="Name">The model name used in requests.</param>
/// <param name="Digest">The server's content digest of the model, where it reports one (Ollama does).</param>
/// <param name="ServerVersion">The server's version string, where it reports one.</param>
public sealed record ModelInfo(string Name, string? Digest, string? ServerVersion)
{
    /// <summary>
    /// Adds a revision the user names (<c>INTIMA_MODEL_REVISION</c>) to the digest. OpenAI-compatible servers report no
    /// digest, so without it a model retrained under the same name would reuse the old model's stored answers.
    /// </summary>
    public ModelInfo WithRevision(string? revision) =>
        revision is null ? this : this with { Digest = Digest is null ? "revision:" + revision : Digest + "+revision:" + revision };
}
